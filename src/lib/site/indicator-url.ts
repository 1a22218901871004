// URL state of the indicator chart page: `?year=2017&level=county&province=云南省&highlight=530802`.
// Parsing never throws and never validates against data (indicator-state.ts resolveState does);
// serializing writes only values that differ from the defaults, in a fixed order, so one view has one URL.
import type { IndicatorState, RawIndicatorQuery } from './indicator-state.ts';

const KEYS = ['year', 'level', 'province', 'highlight'] as const;

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

/** The query string for a state ('' for the default view, else '?…'). */
export function serializeIndicatorQuery(state: IndicatorState, defaults: IndicatorState): string {
  const params = new URLSearchParams();
  if (state.year !== null && state.year !== defaults.year) params.set('year', String(state.year));
  if (state.level && state.level !== defaults.level) params.set('level', state.level);
  if (state.province && state.province !== defaults.province) params.set('province', state.province);
  if (state.highlight && state.highlight !== defaults.highlight) params.set('highlight', state.highlight);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Path of the full indicator page (ids contain dots; they are URL-safe as they are). */
export function indicatorPath(id: string): string {
  return `/indicators/${id}/`;
}

export function embedPath(id: string): string {
  return `/embed/indicators/${id}/`;
}

/** The iframe snippet for an embed URL (absolute). */
export function embedSnippet(embedUrl: string, title: string, height = 560): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(embedUrl)}" title="${esc(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
