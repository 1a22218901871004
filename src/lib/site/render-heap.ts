// The V8 old-space cap of each render worker of `npm run build:site` (scripts/build-site.ts,
// src/integrations/render-workers.ts). V8 lets a heap grow
// far beyond what it keeps alive before it collects it whole: a render process of 10,000 synthetic
// reports kept 230–270 MB alive (the summaries, the indicator digests, Astro's own) and grew to ~1 GB
// of heap, 1.4 GB resident. What stays alive grows with the summaries: ≈ 120 MB + 4.8 × the size of
// summaries.ndjson (measured at 2,000 and 10,000 synthetic reports). The cap is 2.4 times that (V8
// then collects in time at little cost), at least 384 MB, in steps of 32 MB.

export function renderHeapCapMB(summariesBytes: number): number {
  const live = 120 + 4.8 * (summariesBytes / 2 ** 20);
  return Math.max(384, Math.ceil((2.4 * live) / 32) * 32);
}
