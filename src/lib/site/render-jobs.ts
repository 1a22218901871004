// How many render workers `npm run build:site` starts (scripts/build-site.ts) when
// NIANBAO_RENDER_JOBS does not say: one per core (at most 4), as many as fit their heap caps
// (src/lib/site/render-heap.ts) in the memory budget, at least one. Since the report, place and
// compare-JSON pages are written by the workers themselves (src/integrations/direct-pages.ts), the
// main thread is nearly idle (~5 s of CPU at 10,000 reports), so a worker per core pays; each worker
// holds the data layer, so at 100,000 reports (a ~3.7 GB cap each) one must do in a 6 GB budget.

/** The memory budget of the render workers' heaps: a quarter of the machine (6 GB on 24 GB). */
export function renderBudgetMB(totalMemBytes: number, override?: string): number {
  const o = Math.floor(Number(override));
  return o > 0 ? o : Math.floor(totalMemBytes / 2 ** 20 / 4);
}

export function renderJobs(cores: number, heapCapMB: number, budgetMB: number): number {
  return Math.max(1, Math.min(cores, 4, Math.floor(budgetMB / heapCapMB)));
}
