// The rows of every indicator and rate across all reports, held as columns (a typed array each of
// report position, value, flags and gap) instead of one object per row: at 100,000 reports that
// is ~10 million rows, 15 bytes each here against ~140 as objects. rows(id) makes one indicator's
// IndicatorRow[] on demand (the same rows, in the same order, as indicatorTable / rateRows); the
// last few are kept, since an indicator's pages (page, embed, per-year JSON, card) ask in turn.
import type { Level } from '../types.ts';
import type { IndicatorRow, ReportLike } from './indicator-state.ts';

/** What a row takes from its report. */
export type ColumnReport = Pick<ReportLike, 'id' | 'placeKey' | 'placeName'> & { meta: { year: number | null; level: string | null; province: string | null } };

interface Column {
  report: Uint32Array;
  /** NaN = null */
  value: Float64Array;
  /** position in the shared flag lists */
  flags: Uint16Array;
  /** 0 = no gap, else position + 1 in the gap reasons */
  gap: Uint8Array;
  /** rates: the calculation behind each value */
  calc: (string | undefined)[] | null;
}

class Builder {
  report: number[] = [];
  value: number[] = [];
  flags: number[] = [];
  gap: number[] = [];
  calc: (string | undefined)[] | null = null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NO_PROVENANCE = {};

export class IndicatorColumns<R extends ColumnReport = ColumnReport> {
  private readonly columns = new Map<string, Column>();
  private readonly builders = new Map<string, Builder>();
  private readonly position = new Map<string, number>();
  private readonly flagLists: (readonly string[])[] = [];
  private readonly flagIndex = new Map<string, number>();
  private readonly gapReasons: string[] = [];
  private readonly recent = new Map<string, IndicatorRow[]>();
  // flag-list positions by provenance object (summaries share one object per source, flags and operands)
  private readonly plainFlags = new Map<object, number>();
  private readonly derivedFlags = new Map<object, number>();
  /** Dated reports in row order (year, place key, report id), and each report's place in it. */
  private readonly sorted: R[];
  private readonly rank: Uint32Array;

  constructor(
    readonly reports: readonly R[],
    private readonly keep = 4,
  ) {
    reports.forEach((r, i) => this.position.set(r.id, i));
    this.sorted = reports.filter((r) => r.meta.year !== null).sort((a, c) => a.meta.year! - c.meta.year! || cmp(a.placeKey, c.placeKey) || cmp(a.id, c.id));
    this.rank = new Uint32Array(reports.length);
    this.sorted.forEach((r, i) => (this.rank[this.position.get(r.id)!] = i));
  }

  /**
   * Every catalog indicator's rows (those of indicatorTable), or those of the ids in `only`, put
   * straight into the columns report by report (no row objects).
   */
  static of<R extends ColumnReport & ReportLike>(reports: readonly R[], only?: ReadonlySet<string>): IndicatorColumns<R> {
    const cols = new IndicatorColumns(reports);
    // in row order, so that every id's rows arrive sorted and done() has nothing to sort
    for (const rep of cols.sorted) cols.addReport(rep, only);
    return cols;
  }

  /** One report's rows (indicatorTable's: printed, else text, else derived value; else its first gap of the id). */
  private addReport(rep: R & ReportLike, only: ReadonlySet<string> | undefined): void {
    const at = this.position.get(rep.id)!;
    const { values, textValues, derived, provenance } = rep;
    for (const id in values) if (!only || only.has(id)) this.push(id, at, values[id]!, this.flagsOf(provenance[id], false), 0);
    for (const id in textValues) if (!(id in values) && (!only || only.has(id))) this.push(id, at, textValues[id]!, this.flagsOf(provenance[id], false), 0);
    for (const id in derived) if (!(id in values) && !(id in textValues) && (!only || only.has(id))) this.push(id, at, derived[id]!, this.flagsOf(provenance[id], true), 0);
    let seen: Set<string> | null = null;
    for (const gap of rep.gaps) {
      const id = gap.id;
      if (id in values || id in textValues || id in derived || (only && !only.has(id)) || seen?.has(id)) continue;
      (seen ??= new Set()).add(id);
      this.push(id, at, NaN, this.flagsAt([]), this.gapAt(gap.reason));
    }
  }

  private push(id: string, report: number, value: number, flags: number, gap: number): void {
    let b = this.builders.get(id);
    if (!b) this.builders.set(id, (b = new Builder()));
    b.report.push(report);
    b.value.push(value);
    b.flags.push(flags);
    b.gap.push(gap);
    b.calc?.push(undefined);
  }

  /** The flag list of a value with this provenance (sorted, 'derived' added for a derived value): one lookup per provenance object. */
  private flagsOf(p: { flags: readonly string[] } | undefined, derived: boolean): number {
    const seen = derived ? this.derivedFlags : this.plainFlags;
    const key = p ?? NO_PROVENANCE;
    let i = seen.get(key);
    if (i === undefined) {
      const flags = new Set(p?.flags ?? []);
      if (derived) flags.add('derived');
      seen.set(key, (i = this.flagsAt([...flags].sort())));
    }
    return i;
  }

  /** Append rows of `id` (rows of reports this store holds; any order: done() sorts them). */
  add(id: string, rows: readonly IndicatorRow[]): void {
    let b = this.builders.get(id);
    if (!b) this.builders.set(id, (b = new Builder()));
    for (const r of rows) {
      b.report.push(this.position.get(r.reportId)!);
      b.value.push(r.value ?? NaN);
      b.flags.push(this.flagsAt(r.flags));
      b.gap.push(r.gap === undefined ? 0 : this.gapAt(r.gap));
      if (r.calc !== undefined) (b.calc ??= new Array<string | undefined>(b.report.length - 1).fill(undefined))[b.report.length - 1] = r.calc;
      else if (b.calc) b.calc.push(undefined);
    }
  }

  /** Sort every id's rows (year, place key, report id: the order of indicatorTable) and freeze them into typed arrays. */
  done(): this {
    const rank = this.rank;
    for (const [id, b] of this.builders) {
      const sorted = b.report.every((r, i) => i === 0 || rank[r]! >= rank[b.report[i - 1]!]!);
      const order = sorted ? null : b.report.map((_, i) => i).sort((i, j) => rank[b.report[i]!]! - rank[b.report[j]!]!);
      const pick = <T>(xs: T[]): T[] => (order ? order.map((i) => xs[i]!) : xs);
      this.columns.set(id, {
        report: Uint32Array.from(pick(b.report)),
        value: Float64Array.from(pick(b.value)),
        flags: Uint16Array.from(pick(b.flags)),
        gap: Uint8Array.from(pick(b.gap)),
        calc: b.calc ? (order ? order.map((i) => b.calc![i]) : b.calc) : null,
      });
    }
    this.builders.clear();
    return this;
  }

  ids(): IterableIterator<string> {
    return this.columns.keys();
  }

  /** How many of `id`'s rows have a value (not a gap). */
  valueCount(id: string): number {
    const c = this.columns.get(id);
    let n = 0;
    if (c) for (let i = 0; i < c.value.length; i++) if (!Number.isNaN(c.value[i]!)) n++;
    return n;
  }

  /** The years with a value, latest first (years(rows) of indicator-state.ts). */
  years(id: string): number[] {
    const c = this.columns.get(id);
    const out = new Set<number>();
    if (c) c.report.forEach((ri, i) => Number.isNaN(c.value[i]!) || out.add(this.reports[ri]!.meta.year!));
    return [...out].sort((a, b) => b - a);
  }

  /** The rows of `id` as objects (a new array; its rows' flag lists are shared and frozen). */
  rows(id: string): IndicatorRow[] {
    const hit = this.recent.get(id);
    if (hit) {
      this.recent.delete(id);
      this.recent.set(id, hit);
      return hit;
    }
    const c = this.columns.get(id);
    const out: IndicatorRow[] = [];
    if (c) {
      for (let i = 0; i < c.report.length; i++) {
        const rep = this.reports[c.report[i]!]!;
        const v = c.value[i]!;
        const row: IndicatorRow = {
          reportId: rep.id,
          placeKey: rep.placeKey,
          name: rep.placeName,
          level: (rep.meta.level ?? '') as Level | '',
          province: rep.meta.province ?? '',
          year: rep.meta.year!,
          value: Number.isNaN(v) ? null : v,
          flags: this.flagLists[c.flags[i]!] as string[],
        };
        if (c.gap[i]) row.gap = this.gapReasons[c.gap[i]! - 1]!;
        const calc = c.calc?.[i];
        if (calc !== undefined) row.calc = calc;
        out.push(row);
      }
    }
    this.recent.set(id, out);
    if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
    return out;
  }

  private flagsAt(flags: readonly string[]): number {
    const k = flags.join(' ');
    let i = this.flagIndex.get(k);
    if (i === undefined) {
      this.flagIndex.set(k, (i = this.flagLists.push(Object.freeze([...flags])) - 1));
      if (i > 0xffff) throw new Error('more than 65,536 distinct flag lists');
    }
    return i;
  }

  private gapAt(reason: string): number {
    let i = this.gapReasons.indexOf(reason);
    if (i < 0) i = this.gapReasons.push(reason) - 1;
    if (i > 254) throw new Error('more than 255 gap reasons');
    return i + 1;
  }
}
