// Whether `npm run build:site` (scripts/build-site.ts) makes the search index beside `astro build` or
// after it. Beside it the index costs no wall time (it is made while astro bundles, and its CPU
// shares the cores with the render workers), but both hold their memory at once: at 100,000 reports
// the astro process peaked at 4.5 GB and Pagefind's indexer at 3.4 GB, 7.0 GB together, past the
// 6 GB budget. Both grow with summaries.ndjson (s MB), measured at 10,000 and 100,000 synthetic
// reports (s = 29 and 288): Pagefind's service 356 and 3,357 MB, the whole index step 629 and
// 3,675 MB; astro's main thread after bundling 495 and 1,128 MB, each render worker up to its heap
// cap (src/lib/site/render-heap.ts) above that.

const MB = 2 ** 20;

/** Peak resident memory of making the search index (Node ~300 MB + Pagefind ~11.5 × the summaries), rounded up. */
export function searchIndexMB(summariesBytes: number): number {
  return Math.ceil(300 + 12 * (summariesBytes / MB));
}

/** Peak resident memory of `astro build` with `jobs` render workers of `heapCapMB` each. */
export function renderProcessMB(summariesBytes: number, jobs: number, heapCapMB: number): number {
  return Math.ceil(450 + 2.3 * (summariesBytes / MB) + jobs * heapCapMB);
}

/** The index is made beside astro when both fit the memory budget together; otherwise after it. */
export function searchBesideRender(summariesBytes: number, jobs: number, heapCapMB: number, budgetMB: number): boolean {
  return searchIndexMB(summariesBytes) + renderProcessMB(summariesBytes, jobs, heapCapMB) <= budgetMB;
}
