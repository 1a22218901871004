// Round axis ticks (0, 50, 100, 150 rather than 0 and 137): steps of 1, 2 or 5 × 10ⁿ.

/** Ticks from 0 to the first round value ≥ max, at most `maxTicks` intervals. */
export function niceTicks(max: number, maxTicks = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const raw = max / maxTicks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  // Integer steps stay integers (counts); a step below 1 only for small non-integer data (万元, %).
  const n = Math.ceil(max / step);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
