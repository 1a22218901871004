// The rows of every indicator and rate across all reports, held as columns (a typed array each of
// report position, value, flags and gap) instead of one object per row: at 100,000 reports that
// is ~10 million rows, 15 bytes each here against ~140 as objects. rows(id) makes one indicator's
// IndicatorRow[] on demand (the same rows, in the same order, as indicatorTable / rateRows); the
// last few are kept, since an indicator's pages (page, embed, per-year JSON, card) ask in turn.
import type { Level } from '../types.ts';
import { indicatorTable, type IndicatorRow, type ReportLike } from './indicator-state.ts';

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

export class IndicatorColumns<R extends ColumnReport = ColumnReport> {
  private readonly columns = new Map<string, Column>();
  private readonly builders = new Map<string, Builder>();
  private readonly position = new Map<string, number>();
  private readonly flagLists: (readonly string[])[] = [];
  private readonly flagIndex = new Map<string, number>();
  private readonly gapReasons: string[] = [];
  private readonly recent = new Map<string, IndicatorRow[]>();
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

  /** Every catalog indicator's rows (indicatorTable), built a chunk of reports at a time so that only a chunk's row objects exist at once. */
  static of<R extends ColumnReport & ReportLike>(reports: readonly R[], chunk = 2000): IndicatorColumns<R> {
    const cols = new IndicatorColumns(reports);
    // in row order, so that every id's rows arrive sorted and done() has nothing to sort
    const sorted = cols.sorted;
    for (let at = 0; at < sorted.length; at += chunk) for (const [id, rows] of indicatorTable(sorted.slice(at, at + chunk))) cols.add(id, rows);
    return cols;
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
    for (const [id, b] of this.builders) {
      const rank = this.rank;
      const order = b.report.map((_, i) => i);
      if (b.report.some((r, i) => i > 0 && rank[r]! < rank[b.report[i - 1]!]!)) order.sort((i, j) => rank[b.report[i]!]! - rank[b.report[j]!]!);
      this.columns.set(id, {
        report: Uint32Array.from(order, (i) => b.report[i]!),
        value: Float64Array.from(order, (i) => b.value[i]!),
        flags: Uint16Array.from(order, (i) => b.flags[i]!),
        gap: Uint8Array.from(order, (i) => b.gap[i]!),
        calc: b.calc ? order.map((i) => b.calc![i]) : null,
      });
    }
    this.builders.clear();
    return this;
  }

  ids(): IterableIterator<string> {
    return this.columns.keys();
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
