// URL state of the indicator chart page:
//   `?year=2017&level=county&province=云南省&highlight=530802&tab=table&sort=value-desc`.
// A link the site writes always carries the year (the default year is computed from the data and
// moves as reports are added, so a link without it would change meaning); the other keys are
// written only when they differ from the fixed defaults (all levels, all provinces, nothing
// highlighted, the chart tab, rank order). One view has one URL: keys in a fixed order.
// Parsing never throws and never validates against data (indicator-state.ts resolveState does).
import type { IndicatorState, RawIndicatorQuery, SortDir, SortKey } from './indicator-state.ts';

const KEYS = ['year', 'level', 'province', 'highlight', 'tab', 'sort'] as const;

/** The part of the view that is not a data filter: which tab, which table order. */
export interface ViewOptions {
  tab: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_TAB = 'chart';
export const DEFAULT_VIEW: ViewOptions = { tab: DEFAULT_TAB, sort: 'rank', dir: 'asc' };
const SORT_KEYS: readonly SortKey[] = ['rank', 'name', 'province', 'level', 'value'];

/** '?year=2017&…' (or a URLSearchParams) → raw strings; unknown keys ignored, first occurrence wins, values trimmed. */
export function parseIndicatorQuery(search: string | URLSearchParams): RawIndicatorQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const raw: RawIndicatorQuery = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v !== null && v.trim() !== '') raw[k] = v.trim();
  }
  return raw;
}

/**
 * Tab and table order from raw query values; unknown values give the defaults. `tabs` are the
 * tabs the page has (the embed page has fewer).
 */
export function parseViewOptions(raw: RawIndicatorQuery, tabs: readonly string[]): ViewOptions {
  const tab = raw.tab && tabs.includes(raw.tab) ? raw.tab : DEFAULT_TAB;
  const m = /^([a-z]+)-(asc|desc)$/.exec(raw.sort ?? '');
  const sort = m && (SORT_KEYS as readonly string[]).includes(m[1]!) ? { sort: m[1] as SortKey, dir: m[2] as SortDir } : { sort: DEFAULT_VIEW.sort, dir: DEFAULT_VIEW.dir };
  return { tab, ...sort };
}

/**
 * The query string of a view: the year always (when the view has one), the other filters and the
 * tab / table order only when they are not the fixed defaults. '' only when there is no year at all.
 */
export function serializeIndicatorQuery(state: IndicatorState, view: ViewOptions = DEFAULT_VIEW): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('year', String(state.year));
  if (state.level) params.set('level', state.level);
  if (state.province) params.set('province', state.province);
  if (state.highlight) params.set('highlight', state.highlight);
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
  if (view.sort !== DEFAULT_VIEW.sort || view.dir !== DEFAULT_VIEW.dir) params.set('sort', `${view.sort}-${view.dir}`);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Path of the full indicator page (ids contain dots; they are URL-safe as they are). */
export function indicatorPath(id: string): string {
  return `/indicators/${id}/`;
}

/** One year's rows of an indicator as static JSON (WireData), fetched by the island for other years. */
export function yearDataPath(id: string, year: number): string {
  return `/indicators/${id}/${year}.json`;
}

/** The years of an indicator as static JSON: [{year, reports, values}], newest first. */
export function yearsDataPath(id: string): string {
  return `/indicators/${id}/years.json`;
}

export function embedPath(id: string): string {
  return `/embed/indicators/${id}/`;
}

/** Link to an indicator chart for one year with one place highlighted (report pages' 图 links). */
export function indicatorHref(id: string, year: number | null, highlight?: string | null): string {
  return indicatorPath(id) + serializeIndicatorQuery({ year, level: null, province: null, highlight: highlight ?? null });
}

/** The iframe snippet for an embed URL (absolute). */
export function embedSnippet(embedUrl: string, title: string, height = 560): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(embedUrl)}" title="${esc(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
