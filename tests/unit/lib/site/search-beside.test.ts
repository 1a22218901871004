// The search index is made beside astro only when both fit the memory budget together.
import { describe, expect, it } from 'vitest';
import { renderHeapCapMB } from '../../../../src/lib/site/render-heap.ts';
import { renderBudgetMB, renderJobs } from '../../../../src/lib/site/render-jobs.ts';
import { renderProcessMB, searchBesideRender, searchIndexMB } from '../../../../src/lib/site/search-beside.ts';

const MB = 2 ** 20;
const budget = renderBudgetMB(24 * 1024 * MB);
/** What build-site.ts decides for summaries of `s` MB on 2 cores and 24 GB. */
const beside = (s: number) => searchBesideRender(s * MB, renderJobs(2, renderHeapCapMB(s * MB), budget), renderHeapCapMB(s * MB), budget);

describe('searchBesideRender', () => {
  it('makes the index beside astro at 10,000 reports and after it at 100,000 (summaries of ~29 and ~288 MB)', () => {
    expect([beside(0.06), beside(29), beside(288)]).toEqual([true, true, false]);
  });

  it('bounds what was measured: the index step 629 / 3,675 MB, astro 1,539 / 4,526 MB at 10,000 / 100,000', () => {
    expect([searchIndexMB(29 * MB) >= 629, searchIndexMB(288 * MB) >= 3675]).toEqual([true, true]);
    expect([renderProcessMB(29 * MB, 2, renderHeapCapMB(29 * MB)) >= 1539, renderProcessMB(288 * MB, 1, renderHeapCapMB(288 * MB)) >= 4526]).toEqual([true, true]);
  });

  it('once the index no longer fits beside astro, it does not for any larger summaries', () => {
    const verdicts = Array.from({ length: 401 }, (_, s) => beside(s));
    const first = verdicts.indexOf(false);
    expect(first).toBeGreaterThan(29);
    expect(verdicts.slice(first).every((v) => !v)).toBe(true);
  });
});
