// Rows of the quality page: failed rules, prose/table conflicts, ambiguous cells, unreadable files
// and variant files across all reports.
import { indicator } from '../catalog/index.ts';
import type { IngestEntry, SiteReport } from '../records/model.ts';
import type { LightGap, SummaryCheck, SummaryMeta } from '../records/summary.ts';
import { ERROR_ZH, gapZh } from './labels.ts';
import { differenceZh } from './variant-view.ts';

export type QualityKind = 'fail' | 'warning' | 'conflict' | 'ambiguous' | 'implausible' | 'unreadable' | 'skipped' | 'variant';

export const QUALITY_KIND_ZH: Record<QualityKind, string> = {
  fail: '勾稽错误',
  warning: '勾稽警告',
  conflict: '正文与表格冲突',
  ambiguous: '无法确定的数值',
  implausible: '不合理的数值',
  unreadable: '无法读取的文件',
  skipped: '未处理的文件',
  variant: '同一报告的其他文件',
};

/** One badge colour per kind, used by the rows and the count cards alike. */
export const QUALITY_BADGE: Record<QualityKind, 'fail' | 'warn' | 'info'> = {
  fail: 'fail',
  unreadable: 'fail',
  warning: 'warn',
  conflict: 'warn',
  ambiguous: 'warn',
  implausible: 'warn',
  skipped: 'info',
  variant: 'info',
};

export interface QualityRow {
  kind: QualityKind;
  reportId: string | null;
  placeKey: string | null;
  placeName: string;
  year: number | null;
  file: string;
  /** Rule id (checks), indicator id (conflicts, gaps), error code (files). */
  rule: string;
  /** The rule or problem in words. */
  ruleZh: string;
  /** The arithmetic or the readings. */
  detail: string;
  /** Link to the report page anchor (check, conflict, gap), or null. */
  href: string | null;
  /** Indicator ids concerned. */
  ids: string[];
}

// A full record or its summary, whose checks are the failed ones with their record position (`index`).
type Rep = Pick<SiteReport, 'id' | 'placeKey' | 'placeName' | 'file' | 'conflicts'> & { meta: SummaryMeta; gaps: readonly LightGap[]; checks: ReadonlyArray<SummaryCheck & { index?: number }> };
type Ent = Pick<IngestEntry, 'file' | 'status' | 'reportId' | 'variantOf' | 'errors' | 'note'>;
type Variant = { file: string; sameValues: boolean; differences: string[] };

/** The quality rows of one report, in the order it lists them (failed rules, conflicts, ambiguous and implausible cells, variants). */
function reportRows(r: Rep & { variants?: Variant[] }): QualityRow[] {
  const rows: QualityRow[] = [];
  const base = { reportId: r.id, placeKey: r.placeKey, placeName: r.placeName, year: r.meta.year, file: r.file };
  r.checks.forEach((c, i) => {
    if (c.status !== 'FAIL') return;
    rows.push({
      ...base,
      kind: c.severity === 'error' ? 'fail' : 'warning',
      rule: c.rule,
      ruleZh: c.zh,
      detail: c.detail + (c.otherReport ? `（对照 ${c.otherReport}）` : ''),
      href: `/reports/${r.id}/#chk-${c.index ?? i}`,
      ids: Object.keys(c.values),
    });
  });
  r.conflicts.forEach((c, i) => {
    rows.push({
      ...base,
      kind: 'conflict',
      rule: c.id,
      ruleZh: indicator(c.id)?.zh ?? c.id,
      detail: `表格 ${c.kept}，正文 ${c.other}：以表格为准${c.note && !c.note.includes('以表格为准') ? `。${c.note}` : ''}`,
      href: `/reports/${r.id}/#conflict-${i}`,
      ids: [c.id],
    });
  });
  r.gaps.forEach((g, i) => {
    if (g.reason !== 'ambiguous' && g.reason !== 'implausible') return;
    const readings = g.candidates?.length ? `可能读作 ${g.candidates.join(' 或 ')}` : gapZh(g.reason).long;
    rows.push({
      ...base,
      kind: g.reason,
      rule: g.id,
      ruleZh: indicator(g.id)?.zh ?? g.id,
      detail: `${g.raw ? `原文“${g.raw}”，` : ''}${readings}${g.note ? `。${g.note}` : ''}`,
      href: `/reports/${r.id}/#gap-${i}`,
      ids: [g.id],
    });
  });
  for (const v of r.variants ?? []) {
    rows.push({
      ...base,
      file: v.file,
      kind: 'variant',
      rule: 'variant',
      ruleZh: '同一报告的另一文件',
      detail: v.sameValues ? '数值一致' : `数值不一致：${v.differences.slice(0, 8).map(differenceZh).join('；')}${v.differences.length > 8 ? ` 等 ${v.differences.length} 处` : ''}`,
      href: `/reports/${r.id}/#source`,
      ids: [],
    });
  }
  return rows;
}

/** The quality row of an ingest entry (unreadable or skipped file), or null. */
function entryRow(e: Ent): QualityRow | null {
  if (e.status === 'skipped') return { kind: 'skipped', reportId: null, placeKey: null, placeName: '—', year: null, file: e.file, rule: 'skipped', ruleZh: '未作为报告处理', detail: e.note ?? '', href: null, ids: [] };
  if (e.status !== 'error') return null;
  return {
    kind: 'unreadable',
    reportId: null,
    placeKey: null,
    placeName: '—',
    year: null,
    file: e.file,
    rule: e.errors[0]?.code ?? 'error',
    ruleZh: e.errors.map((x) => ERROR_ZH[x.code] ?? x.code).join('、') || '无法读取',
    detail: e.errors.map((x) => x.message).join('；'),
    href: null,
    ids: [],
  };
}

const KINDS: QualityKind[] = ['fail', 'conflict', 'ambiguous', 'implausible', 'warning', 'unreadable', 'skipped', 'variant'];

/** The quality rows in page order, made a page at a time (at 100,000 reports the rows are over a million). */
export interface QualityList {
  readonly length: number;
  /** Rows [from, to) as objects. */
  slice(from?: number, to?: number): QualityRow[];
  /** Rows per kind, kinds in page order. */
  kinds(): Array<[QualityKind, number]>;
}

/**
 * Every quality row, sorted by kind, place name, year and rule, held as positions (source, row of
 * that source, kind) and made into objects only for the slice asked for.
 */
export function qualityList(reports: readonly (Rep & { variants?: Variant[] })[], entries: readonly Ent[] = []): QualityList {
  const src: number[] = [];
  const sub: number[] = [];
  const kind: number[] = [];
  const rule: string[] = [];
  const add = (s: number, rows: readonly QualityRow[]) =>
    rows.forEach((row, j) => {
      src.push(s);
      sub.push(j);
      kind.push(KINDS.indexOf(row.kind));
      rule.push(row.rule);
    });
  reports.forEach((r, i) => add(i, reportRows(r)));
  entries.forEach((e, i) => {
    const row = entryRow(e);
    if (row) add(reports.length + i, [row]);
  });
  const name = (k: number) => (src[k]! < reports.length ? reports[src[k]!]!.placeName : '—');
  const year = (k: number) => (src[k]! < reports.length ? (reports[src[k]!]!.meta.year ?? 0) : 0);
  // one collator (localeCompare per comparison is seconds at 100,000 rows)
  const zh = new Intl.Collator('zh-CN').compare;
  const order = Uint32Array.from(
    src.map((_, k) => k).sort((a, b) => kind[a]! - kind[b]! || zh(name(a), name(b)) || year(a) - year(b) || rule[a]!.localeCompare(rule[b]!)),
  );
  const source = Uint32Array.from(src);
  const row = Uint16Array.from(sub);
  const kinds = Uint8Array.from(kind);
  src.length = sub.length = kind.length = rule.length = 0;
  const rowsOf = (s: number) => (s < reports.length ? reportRows(reports[s]!) : [entryRow(entries[s - reports.length]!)!]);
  return {
    length: order.length,
    slice(from = 0, to = order.length) {
      const made = new Map<number, QualityRow[]>();
      const out: QualityRow[] = [];
      for (const k of order.subarray(Math.max(0, from), Math.max(0, Math.min(to, order.length)))) {
        const s = source[k]!;
        let rows = made.get(s);
        if (!rows) made.set(s, (rows = rowsOf(s)));
        out.push(rows[row[k]!]!);
      }
      return out;
    },
    kinds() {
      const counts = new Map<QualityKind, number>();
      for (const k of order) counts.set(KINDS[kinds[k]!]!, (counts.get(KINDS[kinds[k]!]!) ?? 0) + 1);
      return [...counts];
    },
  };
}

export function qualityRows(reports: readonly (Rep & { variants?: Variant[] })[], entries: readonly Ent[] = []): QualityRow[] {
  return qualityList(reports, entries).slice();
}

export function countBy<T>(xs: readonly T[], key: (x: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m];
}

/** /quality/ lists this many rows per page (/quality/page/<n>/ after the first). */
export const QUALITY_PAGE_SIZE = 500;

/** Rows of page `n` (1-based) and the page count. */
export function qualityPage<T>(rows: { readonly length: number; slice(from: number, to: number): T[] }, n: number, size = QUALITY_PAGE_SIZE): { list: T[]; pages: number } {
  return { list: rows.slice((n - 1) * size, n * size), pages: Math.max(1, Math.ceil(rows.length / size)) };
}
