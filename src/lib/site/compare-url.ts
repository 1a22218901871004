// URL state of the compare page: `?places=430725,530802&years=530802:2016`.
// places: 2–6 placeKeys in column order; years: optional per-place report year (default = latest).
// Parsing never throws; validation against the data is compare-state.ts resolveCompare.

export const MAX_PLACES = 6;
export const MIN_PLACES = 2;

export interface RawCompareQuery {
  places: string[];
  years: Record<string, string>;
}

export interface CompareSelection {
  places: string[];
  /** placeKey → chosen year; absent = latest report. */
  years: Record<string, number>;
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
  return { places, years };
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
  return q;
}

export function compareHref(places: readonly string[]): string {
  return `/compare/${serializeCompareQuery({ places: [...places], years: {} })}`;
}
