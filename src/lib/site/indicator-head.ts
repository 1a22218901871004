// What an indicator page's HTML carries of its default view, so that the page does not grow with the
// number of places: the first SHOWN_ROWS rows of the ranked view (the static chart's bars and the
// table's first rows), how many places the view has in all, and its summary sentence over all of
// them (computed at build time). The island fetches the year's every row (/indicators/<id>/<year>.json)
// when the reader needs more: another view (filters, a highlighted place, a table order), 显示全部,
// the CSV of the view or the list of places to highlight. Plain TS: the page, the island and the tests use it.
import { selectRows, summarize, type IndicatorRow, type IndicatorState, type RankedRow } from './indicator-state.ts';
import type { ViewOptions } from './indicator-url.ts';
import { DEFAULT_VIEW } from './indicator-url.ts';

/**
 * Rows of a view the HTML carries and the table shows before 显示全部: more than the chart's 30 bars,
 * few enough that a page of 10,000 places stays small (about 100 bytes of gzip a row, markup and props).
 */
export const SHOWN_ROWS = 100;

/** Facts about the whole default view that the bounded rows cannot tell. */
export interface ViewHead {
  /** Places in the view (its selection), ranked or not. */
  total: number;
  /** Places with a value (ranked, approximate or small-sample). */
  values: number;
  /** The summary sentence over every place (summarize). */
  summary: string;
  /** The rows are every row of the year: nothing to fetch for any view of it. */
  complete: boolean;
}

/**
 * The default view's head: when the year has at most n rows, all of them (complete, in their own
 * order); else the first n rows of its selection, which selectRows turns back into exactly the
 * first n rows of the full view (ranks included: a rank depends only on the rows before it).
 */
export function viewHead(
  yearRows: readonly IndicatorRow[], state: IndicatorState, label: string, unit: string | null, n = SHOWN_ROWS,
  sel: readonly RankedRow[] = selectRows(yearRows, state),
): { rows: IndicatorRow[]; head: ViewHead } {
  const head: ViewHead = {
    total: sel.length,
    values: sel.filter((r) => r.value !== null).length,
    summary: summarize(sel, state, label, unit),
    complete: yearRows.length <= n,
  };
  if (head.complete) return { rows: [...yearRows], head };
  return { rows: sel.slice(0, n).map(plainRow), head };
}

function plainRow(r: RankedRow): IndicatorRow {
  const { rank: _rank, highlighted: _h, ...row } = r;
  return row;
}

/**
 * Whether a view of the head's year needs every row of it: any filter, a highlighted place (the
 * sentence says its rank among all) or a table order other than the ranking. The default view and
 * another tab of it do not.
 */
export function viewNeedsAll(state: IndicatorState, view: Pick<ViewOptions, 'sort' | 'dir'>): boolean {
  return state.level !== null || state.province !== null || state.highlight !== null || view.sort !== DEFAULT_VIEW.sort || view.dir !== DEFAULT_VIEW.dir;
}

/**
 * The table's rows on screen: the first `limit` rows of the sorted view (all when limit is null),
 * plus the highlighted place when it comes later (after a row saying how many are skipped, as the
 * chart adds its bar). `hidden`: rows of the view not on screen.
 */
export function tableWindow(sorted: readonly RankedRow[], limit: number | null): { rows: RankedRow[]; extra: RankedRow | null; skipped: number; hidden: number } {
  if (limit === null || sorted.length <= limit) return { rows: [...sorted], extra: null, skipped: 0, hidden: 0 };
  const rows = sorted.slice(0, limit);
  const at = sorted.findIndex((r, i) => i >= limit && r.highlighted);
  const extra = at === -1 ? null : sorted[at]!;
  return { rows, extra, skipped: extra ? at - limit : 0, hidden: sorted.length - limit - (extra ? 1 : 0) };
}

/**
 * Where a highlighted place from a URL is, once facts no longer list every place key: in the view's
 * year, else in another year (newest first) — a highlight is valid when the place has a row in any
 * year with values, as before. `loaded` holds the years whose every row is known; the answer is the
 * next year to fetch until the place is found or every year was looked at.
 */
export type HighlightSearch = { status: 'found'; name: string } | { status: 'missing' } | { status: 'fetch'; year: number };

export function findHighlight(key: string, year: number | null, years: readonly number[], loaded: ReadonlyMap<number, readonly IndicatorRow[]>): HighlightSearch {
  const order = [...(year !== null && years.includes(year) ? [year] : []), ...years.filter((y) => y !== year)];
  for (const y of order) {
    const rows = loaded.get(y);
    if (!rows) return { status: 'fetch', year: y };
    const r = rows.find((x) => x.placeKey === key);
    if (r) return { status: 'found', name: r.name };
  }
  return { status: 'missing' };
}
