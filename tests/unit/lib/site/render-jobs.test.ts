// The default number of render workers: one per core, as many as their heap caps fit in the budget.
import { describe, expect, it } from 'vitest';
import { renderBudgetMB, renderJobs } from '../../../../src/lib/site/render-jobs.ts';
import { renderHeapCapMB } from '../../../../src/lib/site/render-heap.ts';

const MB = 2 ** 20;

describe('renderJobs', () => {
  it('gives a worker per core (at most 4) while their heap caps fit the budget, else fewer, at least one', () => {
    const budget = renderBudgetMB(24 * 1024 * MB);
    // summaries.ndjson of 10,000 and 100,000 synthetic reports: ~30 and ~300 MB
    expect([renderJobs(2, renderHeapCapMB(30 * MB), budget), renderJobs(2, renderHeapCapMB(300 * MB), budget)]).toEqual([2, 1]);
    expect([renderJobs(8, 384, budget), renderJobs(1, 384, budget), renderJobs(4, 8000, budget)]).toEqual([4, 1, 1]);
  });
});

describe('renderBudgetMB', () => {
  it('is a quarter of the machine unless NIANBAO_RENDER_MEMORY_MB says', () => {
    expect([renderBudgetMB(24 * 1024 * MB), renderBudgetMB(24 * 1024 * MB, '2048'), renderBudgetMB(8 * 1024 * MB, ''), renderBudgetMB(8 * 1024 * MB, 'x')]).toEqual([6144, 2048, 2048, 2048]);
  });
});
