// URL state of the compare page: `?places=430725,530802&years=430725:2017,530802:2016&diff=1`.
// places: 2–6 placeKeys in column order; years: the report year of each column — links the site
// writes always carry it (a missing year means the place's latest report, which changes when a
// newer one is added); diff=1: only rows whose values differ.
// Parsing never throws; validation against the data is compare-state.ts resolveCompare.

export const MAX_PLACES = 6;
export const MIN_PLACES = 2;

export interface RawCompareQuery {
  places: string[];
  years: Record<string, string>;
  /** only rows whose values differ (只显示各地数值不同的行) */
  onlyDiff?: boolean;
}

export interface CompareSelection {
  places: string[];
  /** placeKey → report year of the column; absent only for a place without a dated report. */
  years: Record<string, number>;
  onlyDiff?: boolean;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function split(v: string | null): string[] {
  return (v ?? '').split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
}

export function parseCompareQuery(search: string | URLSearchParams): RawCompareQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const places: string[] = [];
  // `places=a,b` and repeated `places=a&places=b` both work.
  for (const v of params.getAll('places')) for (const k of split(v)) if (!places.includes(k)) places.push(k);
  const years: Record<string, string> = {};
  for (const v of params.getAll('years')) {
    for (const pair of split(v)) {
      const i = pair.lastIndexOf(':');
      if (i > 0) years[pair.slice(0, i)] = pair.slice(i + 1);
    }
  }
  const diff = params.get('diff');
  return { places, years, ...(diff === '1' || diff === 'true' ? { onlyDiff: true } : {}) };
}

/** Syntactically valid place key (the page then checks it exists). */
export function isPlaceKey(s: string): boolean {
  return KEY.test(s) && s.length <= 64;
}

/** '?places=a,b&years=b:2019' (commas and colons left readable); '' when nothing is selected. */
export function serializeCompareQuery(sel: CompareSelection): string {
  const places = sel.places.filter(isPlaceKey);
  if (!places.length) return '';
  let q = `?places=${places.map(encodeURIComponent).join(',')}`;
  const years = places.filter((k) => sel.years[k] !== undefined).map((k) => `${encodeURIComponent(k)}:${sel.years[k]}`);
  if (years.length) q += `&years=${years.join(',')}`;
  if (sel.onlyDiff) q += '&diff=1';
  return q;
}

/** A ready comparison link: each place with the year of the report its column shows. */
export function compareHref(columns: ReadonlyArray<{ key: string; year: number | null }>, onlyDiff = false): string {
  const years: Record<string, number> = {};
  for (const c of columns) if (c.year !== null) years[c.key] = c.year;
  return `/compare/${serializeCompareQuery({ places: columns.map((c) => c.key), years, onlyDiff })}`;
}
