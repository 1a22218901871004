// Rates of one report (ratio rates) or of one place's consecutive years (change rates), computed at
// build time from the catalog's rate definitions (src/lib/catalog/rates.json).
// A rate uses only values that are safe to divide: printed or derived values that are not
// approximate or ambiguous and are not part of a failed error rule. Anything else gives no rate,
// with the reason, never an approximate one.
import { indicator } from '../catalog/index.ts';
import { SMALL_DENOMINATOR, type Rate, type RateSide } from '../catalog/rates.ts';
import { seriesByKey, seriesValue } from '../catalog/crosswalk.ts';

/** The parts of a report record a rate reads. */
export interface RateInput {
  id: string;
  placeKey: string;
  meta: { year: number | null; template: string; variant: string | null; kind?: string };
  values: Record<string, number>;
  derived: Record<string, number>;
  provenance: Record<string, { flags: string[]; from?: string[] }>;
  checks: ReadonlyArray<{ status: string; severity: string; values: Record<string, number | null> }>;
}

export type Template2 = 'pre2019' | 'post2019';

export interface RateValue {
  ok: true;
  /** Percent, rounded to 0.1. */
  value: number;
  /** ratio: Σ numerator; change: this year's value. */
  num: number;
  /** ratio: Σ denominator; change: last year's value. */
  den: number;
  numIds: string[];
  denIds: string[];
  template: Template2;
  /** Denominator below SMALL_DENOMINATOR: 样本较小, left out of rankings. */
  small: boolean;
  /** change rates: the report of the year before. */
  previous?: { reportId: string; year: number; template: Template2 };
}

export type NoRateReason = 'not-in-template' | 'missing' | 'zero-denominator' | 'flagged' | 'failed-rule' | 'no-previous-year';

export interface NoRate {
  ok: false;
  reason: NoRateReason;
  /** The operands that caused it (missing, flagged or in a failed rule). */
  ids: string[];
}

export type RateOutcome = RateValue | NoRate;

export const NO_RATE_ZH: Record<NoRateReason, string> = {
  'not-in-template': '该格式没有此项',
  missing: '缺少计算所需的数值',
  'zero-denominator': '分母为 0',
  flagged: '所需数值为约数或无法确定',
  'failed-rule': '所需数值未通过勾稽检查',
  'no-previous-year': '没有上一年度的可比数值',
};

const UNSAFE_FLAGS = new Set(['approximate', 'ambiguous']);

/** Ids that take part in a failed error rule of the report. */
function failedIds(r: RateInput): Set<string> {
  const out = new Set<string>();
  for (const c of r.checks) if (c.status === 'FAIL' && c.severity === 'error') for (const id of Object.keys(c.values)) out.add(id);
  return out;
}

type Operand = { ok: true; v: number } | { ok: false; reason: 'missing' | 'flagged' | 'failed-rule' };

function operand(r: RateInput, id: string, failed: Set<string>): Operand {
  const v = r.values[id] ?? r.derived[id];
  if (v === undefined || !Number.isFinite(v)) return { ok: false, reason: 'missing' };
  const p = r.provenance[id];
  // A derived value is only as good as the values it was computed from.
  const from = [id, ...(id in r.values ? [] : (p?.from ?? []))];
  for (const x of from) {
    if ((r.provenance[x]?.flags ?? []).some((f) => UNSAFE_FLAGS.has(f))) return { ok: false, reason: 'flagged' };
    if (failed.has(x)) return { ok: false, reason: 'failed-rule' };
  }
  return { ok: true, v };
}

/** Σ of the ids, or the first problem (missing beats flagged beats failed-rule, then by id order). */
function sum(r: RateInput, ids: readonly string[], failed: Set<string>): { ok: true; v: number } | NoRate {
  let total = 0;
  const problems: Array<{ id: string; reason: NoRateReason }> = [];
  for (const id of ids) {
    const o = operand(r, id, failed);
    if (o.ok) total += o.v;
    else problems.push({ id, reason: o.reason });
  }
  if (!problems.length) return { ok: true, v: total };
  const order: NoRateReason[] = ['missing', 'flagged', 'failed-rule'];
  const reason = order.find((x) => problems.some((p) => p.reason === x))!;
  return { ok: false, reason, ids: problems.filter((p) => p.reason === reason).map((p) => p.id) };
}

/** Percent rounded to 0.1 (integer arithmetic on the ratio ×1000 avoids 33.35 → 33.3 surprises). */
export function percent(num: number, den: number): number {
  return Math.round((num * 1000) / den) / 10;
}

function templateOf(r: RateInput): Template2 | null {
  return r.meta.template === 'pre2019' || r.meta.template === 'post2019' ? r.meta.template : null;
}

/** A ratio rate of one report. */
export function ratioRate(rate: Rate, r: RateInput): RateOutcome {
  if (rate.kind !== 'ratio') throw new Error(`${rate.id} is not a ratio rate`);
  const t = templateOf(r);
  const side: RateSide | null = t ? rate[t] : null;
  if (!t || !side) return { ok: false, reason: 'not-in-template', ids: [] };
  const failed = failedIds(r);
  const num = sum(r, side.num, failed);
  const den = sum(r, side.den, failed);
  if (!den.ok) return den;
  if (!num.ok) return num;
  if (den.v === 0) return { ok: false, reason: 'zero-denominator', ids: side.den };
  return { ok: true, value: percent(num.v, den.v), num: num.v, den: den.v, numIds: side.num, denIds: side.den, template: t, small: den.v < SMALL_DENOMINATOR };
}

/** A core series value of a report whose operands are all safe, or why not. */
function seriesOperand(key: string, r: RateInput): { ok: true; v: number; ids: string[]; template: Template2 } | NoRate {
  const series = seriesByKey(key);
  const t = templateOf(r);
  if (!series || !t) return { ok: false, reason: 'not-in-template', ids: [] };
  const sv = seriesValue(series, { template: t, variant: r.meta.variant as never, values: r.values, derived: r.derived });
  if (!sv) return { ok: false, reason: series[t] ? 'missing' : 'not-in-template', ids: [] };
  const s = sum(r, sv.ids, failedIds(r));
  return s.ok ? { ok: true, v: s.v, ids: sv.ids, template: t } : s;
}

/** A change rate of `r` against `previous` (the same place's report of the year before, or null). */
export function changeRate(rate: Rate, r: RateInput, previous: RateInput | null): RateOutcome {
  if (rate.kind !== 'change') throw new Error(`${rate.id} is not a change rate`);
  const cur = seriesOperand(rate.series, r);
  if (!cur.ok) return cur;
  if (!previous || previous.meta.year === null || r.meta.year === null || previous.meta.year !== r.meta.year - 1)
    return { ok: false, reason: 'no-previous-year', ids: [] };
  const prev = seriesOperand(rate.series, previous);
  if (!prev.ok) return prev.reason === 'failed-rule' || prev.reason === 'flagged' ? prev : { ok: false, reason: 'no-previous-year', ids: [] };
  if (prev.v === 0) return { ok: false, reason: 'zero-denominator', ids: prev.ids };
  return {
    ok: true,
    value: percent(cur.v - prev.v, prev.v),
    num: cur.v,
    den: prev.v,
    numIds: cur.ids,
    denIds: prev.ids,
    template: cur.template,
    small: prev.v < SMALL_DENOMINATOR,
    previous: { reportId: previous.id, year: previous.meta.year, template: prev.template },
  };
}

// One formatter each (toLocaleString with options builds a new Intl.NumberFormat on every call: a
// place page formats a few hundred operands). Same output as v.toLocaleString('en-US', options).
const PCT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const pct = (v: number) => `${PCT.format(v)} %`;
const n = (v: number) => NUM.format(v);

/** “33.3 % = 21 ÷ 63”; change rates “+12.5 % = (90 − 80) ÷ 80”. */
export function calculationText(rate: Rate, v: RateValue): string {
  if (rate.kind === 'change') {
    const sign = v.value > 0 ? '+' : '';
    return `${sign}${pct(v.value)} = (${n(v.num)} − ${n(v.den)}) ÷ ${n(v.den)}`;
  }
  return `${pct(v.value)} = ${n(v.num)} ÷ ${n(v.den)}`;
}

/** The short calculation without the result (“21 ÷ 63”), for table cells beside the value. */
export function operandsText(rate: Rate, v: RateValue): string {
  return rate.kind === 'change' ? `(${n(v.num)} − ${n(v.den)}) ÷ ${n(v.den)}` : `${n(v.num)} ÷ ${n(v.den)}`;
}

const label = (id: string) => indicator(id)?.zh ?? id;
const sumLabel = (ids: readonly string[]) => (ids.length > 1 ? `（${ids.map(label).join(' + ')}）` : label(ids[0]!));

/** The formula in words for one template, or null when the template has no such figure. */
export function formulaText(rate: Rate, template: Template2): string | null {
  if (rate.kind === 'change') {
    const series = seriesByKey(rate.series);
    if (!series?.[template]) return null;
    return `（本年度${series.zh} − 上年度${series.zh}）÷ 上年度${series.zh} × 100 %`;
  }
  const side = rate[template];
  return side ? `${sumLabel(side.num)} ÷ ${sumLabel(side.den)} × 100 %` : null;
}

/** The same formula over ids (codebook): “(a + b) / c * 100”. */
export function formulaIds(rate: Rate, template: Template2): string | null {
  if (rate.kind === 'change') {
    const side = seriesByKey(rate.series)?.[template];
    if (!side) return null;
    const ids = side.ids.length ? side.ids : Object.values(side.byVariant ?? {})[0]?.ids ?? [];
    const s = ids.length > 1 ? `(${ids.join(' + ')})` : ids[0]!;
    return `(${s}@Y - ${s}@Y-1) / ${s}@Y-1 * 100`;
  }
  const side = rate[template];
  if (!side) return null;
  const g = (ids: readonly string[]) => (ids.length > 1 ? `(${ids.join(' + ')})` : ids[0]!);
  return `${g(side.num)} / ${g(side.den)} * 100`;
}
