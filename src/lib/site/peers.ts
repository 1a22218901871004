// Suggested peers for a place, with fallbacks so every place gets some:
//   1. same prefecture, same level (the county's siblings),
//   2. same level in the same province,
//   3. same level nationwide,
//   4. only when no place shares the level: any place with a report of the same year (any report
//      when the place has no dated one) — a county is compared with counties where there are any.
// Each peer comes with the report year its compare column should use: the place's own year where
// the peer has a report of that year, else the peer's nearest year (the later one on ties).
// Used by report, place and compare pages (`peerSuggestions`, `suggestPeers`).
import { zhCompare } from './collate.ts';

export interface PeerPlace {
  key: string;
  name: string;
  level: string | null;
  province: string | null;
  prefecture?: string | null;
  /** Years with a report. */
  years?: readonly number[];
}

export interface PeerOptions {
  limit?: number;
  /** Keys never suggested (e.g. places already selected). */
  exclude?: Iterable<string>;
  /** The year being compared (default: the place's latest report). */
  year?: number | null;
}

export type PeerTier = 'prefecture' | 'province' | 'nation' | 'year';

/** Why a peer was suggested, in words. */
export const PEER_TIER_ZH: Record<PeerTier, string> = {
  prefecture: '同一地级市、同级别',
  province: '同省、同级别',
  nation: '全国同级别',
  year: '同年有报告',
};

export interface PeerSuggestion<T extends PeerPlace> {
  place: T;
  tier: PeerTier;
  /** The year to compare: the same year as the place where the peer has it. */
  year: number | null;
  sameYear: boolean;
}

/** The peer's report year closest to `year` (the later one on ties); its latest when `year` is null. */
export function nearestYear(years: readonly number[] | undefined, year: number | null): number | null {
  if (!years?.length) return null;
  if (year === null) return Math.max(...years);
  let best = years[0]!;
  for (const y of years) {
    const d = Math.abs(y - year);
    const bd = Math.abs(best - year);
    if (d < bd || (d === bd && y > best)) best = y;
  }
  return best;
}

function tierOf(self: PeerPlace, p: PeerPlace, year: number | null): PeerTier | null {
  if (self.level && p.level === self.level) {
    if (self.prefecture && p.prefecture === self.prefecture && self.province === p.province) return 'prefecture';
    if (self.province && p.province === self.province) return 'province';
    return 'nation';
  }
  if (year === null) return p.years?.length ? 'year' : null;
  return p.years?.includes(year) ? 'year' : null;
}

const TIER_ORDER: Record<PeerTier, number> = { prefecture: 0, province: 1, nation: 2, year: 3 };

/** Order within a tier once same-year is decided: the more recent, then more reports, then name, then key. */
function staticOrder(a: PeerPlace, b: PeerPlace, latest: Map<PeerPlace, number>): number {
  return latest.get(b)! - latest.get(a)! || (b.years?.length ?? 0) - (a.years?.length ?? 0) || zhCompare(a.name, b.name) || (a.key < b.key ? -1 : 1);
}

interface PeerIndex<T extends PeerPlace> {
  byKey: Map<string, T>;
  /** Every place in static order, and per level, level+province and level+province+prefecture. */
  all: T[];
  groups: Map<string, T[]>;
}

const group = (...parts: Array<string | null | undefined>) => JSON.stringify(parts);

// One index per places array (pages ask for the peers of every report and place of the same list):
// without it each call scanned and sorted every place, quadratic in the country.
const indexes = new WeakMap<readonly PeerPlace[], PeerIndex<PeerPlace>>();

function indexOf<T extends PeerPlace>(places: readonly T[]): PeerIndex<T> {
  const known = indexes.get(places);
  if (known) return known as unknown as PeerIndex<T>;
  const latest = new Map<PeerPlace, number>(places.map((p) => [p, p.years?.length ? Math.max(...p.years) : 0]));
  const all = [...places].sort((a, b) => staticOrder(a, b, latest));
  const groups = new Map<string, T[]>();
  const add = (k: string, p: T) => {
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  };
  for (const p of all) {
    if (!p.level) continue;
    add(group(p.level), p);
    add(group(p.level, p.province), p);
    add(group(p.level, p.province, p.prefecture), p);
  }
  const index: PeerIndex<T> = { byKey: new Map(places.map((p) => [p.key, p])), all, groups };
  indexes.set(places, index as unknown as PeerIndex<PeerPlace>);
  return index;
}

/**
 * Peers of `placeKey`, best first: by tier, then those with a report of the same year, then the
 * more recent, then more reports, then name. Empty only when the place is unknown or nothing fits.
 * Only places that share the level are suggested when there are any; the year tier is the fallback.
 */
export function peerSuggestions<T extends PeerPlace>(placeKey: string, places: readonly T[], opts: PeerOptions = {}): Array<PeerSuggestion<T>> {
  const { limit = 6 } = opts;
  const exclude = new Set(opts.exclude ?? []);
  const index = indexOf(places);
  const self = index.byKey.get(placeKey);
  if (!self) return [];
  const year = opts.year !== undefined ? opts.year : nearestYear(self.years, null);
  const out: Array<PeerSuggestion<T>> = [];
  // A tier's best `room` places: its same-year ones first, each part in static order.
  const take = (candidates: readonly T[], tier: PeerTier, room: number) => {
    const same: Array<PeerSuggestion<T>> = [];
    const other: Array<PeerSuggestion<T>> = [];
    for (const p of candidates) {
      if (same.length >= room) break;
      if (p.key === placeKey || exclude.has(p.key) || tierOf(self, p, year) !== tier) continue;
      const y = nearestYear(p.years, year);
      const s = { place: p, tier, year: y, sameYear: year !== null && y === year };
      if (s.sameYear) same.push(s);
      else if (other.length < room) other.push(s);
    }
    return [...same, ...other].slice(0, room);
  };
  let sameLevel = false;
  if (self.level) {
    const tiers: Array<[PeerTier, T[] | undefined]> = [
      ['prefecture', self.prefecture ? index.groups.get(group(self.level, self.province, self.prefecture)) : undefined],
      ['province', self.province ? index.groups.get(group(self.level, self.province)) : undefined],
      ['nation', index.groups.get(group(self.level))],
    ];
    for (const [tier, candidates] of tiers) {
      if (!candidates) continue;
      const got = take(candidates, tier, limit - out.length);
      out.push(...got);
      if (out.length >= limit) return out;
    }
    sameLevel = out.length > 0 || index.groups.get(group(self.level))!.some((p) => p.key !== placeKey && !exclude.has(p.key));
  }
  return sameLevel ? out : take(index.all, 'year', limit);
}

/** The peer places only (see peerSuggestions). */
export function suggestPeers<T extends PeerPlace>(placeKey: string, places: readonly T[], opts: PeerOptions = {}): T[] {
  return peerSuggestions(placeKey, places, opts).map((s) => s.place);
}

/** Peers for a set of places (the union of each one's peers, in order, without the places themselves). */
export function suggestPeersForAll<T extends PeerPlace>(keys: readonly string[], places: readonly T[], limit = 6, years: Record<string, number> = {}): Array<PeerSuggestion<T>> {
  const out: Array<PeerSuggestion<T>> = [];
  const seen = new Set(keys);
  for (const k of keys) {
    for (const s of peerSuggestions(k, places, { exclude: seen, limit, ...(years[k] !== undefined ? { year: years[k] } : {}) })) {
      if (seen.has(s.place.key)) continue;
      seen.add(s.place.key);
      out.push(s);
    }
  }
  return out.slice(0, limit);
}

/** A ready comparison: the place with its year, then its peers with theirs (for compareHref). */
export function peerColumns<T extends PeerPlace>(placeKey: string, year: number | null, places: readonly T[], limit = 3): Array<{ key: string; year: number | null }> {
  return [{ key: placeKey, year }, ...peerSuggestions(placeKey, places, { year, limit }).map((s) => ({ key: s.place.key, year: s.year }))];
}
