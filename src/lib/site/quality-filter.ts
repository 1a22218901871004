// The /quality/ page's filters (kind, rule, place), run in the browser by the page's script: which
// rows a filter shows, and the counts the caption and the count cards then say. No imports, so
// the page's script stays a few hundred bytes.

export interface QualityFilter {
  kind: string;
  rule: string;
  place: string;
}

export interface FilterableRow {
  kind: string;
  rule: string;
  place: string;
}

export const FILTER_KEYS = ['kind', 'rule', 'place'] as const;

export function matches(row: FilterableRow, f: QualityFilter): boolean {
  return (!f.kind || row.kind === f.kind) && (!f.rule || row.rule === f.rule) && (!f.place || row.place === f.place);
}

export interface FilterSummary {
  /** Per row: shown or not. */
  shown: boolean[];
  count: number;
  total: number;
  /** Rows shown per kind (every kind in `kinds`, 0 when none). */
  perKind: Record<string, number>;
  /** The caption's count: “34 条”, or “3 / 34 条” when a filter is active. */
  caption: string;
  active: boolean;
}

export function filterSummary(rows: readonly FilterableRow[], f: QualityFilter, kinds: readonly string[]): FilterSummary {
  const shown = rows.map((r) => matches(r, f));
  const perKind: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
  rows.forEach((r, i) => {
    if (shown[i]) perKind[r.kind] = (perKind[r.kind] ?? 0) + 1;
  });
  const count = shown.filter(Boolean).length;
  const active = Boolean(f.kind || f.rule || f.place);
  return { shown, count, total: rows.length, perKind, caption: active ? `${count} / ${rows.length} 条` : `${rows.length} 条`, active };
}

/** The filter in a query string (?kind=&rule=&place=); unknown keys ignored. */
export function filterFromQuery(search: string): QualityFilter {
  const p = new URLSearchParams(search);
  return { kind: p.get('kind') ?? '', rule: p.get('rule') ?? '', place: p.get('place') ?? '' };
}

/** The query string of a filter ('' when none is active). */
export function filterQuery(f: QualityFilter): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) q.set(k, f[k]);
  const s = q.toString();
  return s ? `?${s}` : '';
}
