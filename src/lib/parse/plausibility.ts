// The plausibility gate: the one place, after extraction and before derived values and rule
// checks, where a value the readers found is refused because no form cell can hold it. Such a
// value becomes a gap with reason `implausible` (its span still points at the printed text), so it
// never shows as a number, never enters a check or a ranking, and is listed on /quality/.
import { indicator } from '../catalog/index.ts';
import type { Gap } from '../types.ts';
import type { Extraction } from './extraction.ts';

/** Units of the catalog whose values are counts (whole numbers). */
const COUNT_UNITS = new Set(['件', '条', '个', '次', '篇', '人', '人次']);
/**
 * The largest count a form cell can plausibly hold. The largest counts on any form are 主动公开
 * 条数 of a province, in the low millions; a figure a hundred times larger is a misread.
 */
export const MAX_COUNT = 100_000_000;
/** The largest amount (万元) a fee or procurement cell can plausibly hold: 1 万亿元. */
export const MAX_AMOUNT_WAN = 100_000_000;

/** Why `value` cannot be the value of `id`, or null when it can. */
export function implausibility(id: string, value: number): string | null {
  if (!Number.isFinite(value)) return '不是有限数';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return `超出可精确表示的范围（> ${Number.MAX_SAFE_INTEGER}）`;
  const ind = indicator(id);
  // 本年增/减 (delta) columns are the only ones the forms allow to be negative (catalog
  // convention: the last segment of a table id is its column)
  const signed = (ind?.col ?? id.split('.').pop()) === 'delta';
  if (value < 0 && !signed) return '负数';
  const unit = ind?.unit ?? null;
  if (unit !== null && COUNT_UNITS.has(unit)) {
    if (!Number.isInteger(value)) return '件数不是整数';
    if (Math.abs(value) > MAX_COUNT) return `超出表格可容纳的数量（> ${MAX_COUNT.toLocaleString('en-US')}）`;
  }
  if (unit === '万元' && Math.abs(value) > MAX_AMOUNT_WAN) return `金额超出合理范围（> ${MAX_AMOUNT_WAN.toLocaleString('en-US')} 万元）`;
  return null;
}

/** Move every implausible value of `ex` (values and textValues) to a gap; returns `ex`. */
export function gateImplausible(ex: Extraction): Extraction {
  for (const bag of [ex.values, ex.textValues]) {
    for (const [id, value] of Object.entries(bag)) {
      const why = implausibility(id, value);
      if (why === null) continue;
      const p = ex.provenance[id];
      delete bag[id];
      delete ex.provenance[id];
      const gap: Gap = { id, reason: 'implausible', note: `${why}：不作为数值发布` };
      if (p) Object.assign(gap, { start: p.start, end: p.end, raw: p.raw });
      ex.gaps = ex.gaps.filter((g) => g.id !== id);
      ex.gaps.push(gap);
    }
  }
  return ex;
}
