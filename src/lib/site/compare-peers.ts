// Suggested peers on the compare page without the whole place index: each place's JSON
// (/compare/place/<key>.json `peers`) carries, per year of its reports, the first PEER_DEPTH peers
// of peers.ts (no exclusions), and the fallback ones (same year, other levels) when its few
// same-level peers could all be excluded. That is enough to give exactly suggestPeersForAll's
// answer for any selection of up to MAX_PLACES places: at most MAX_PLACES − 1 other chosen places
// and PEER_LIMIT − 1 earlier suggestions are excluded when a place's peers are taken.
import { peerSuggestions, type PeerPlace, type PeerTier } from './peers.ts';
import { MAX_PLACES } from './compare-url.ts';
import type { PlaceIndexEntry } from './compare-state.ts';

/** Peers suggested on the compare page. */
export const PEER_LIMIT = 6;
const PEER_DEPTH = PEER_LIMIT + 2 * MAX_PLACES;

/** [peer key, tier, the peer's year to compare — left out when it is the column's year] */
export type PeerWire = [string, PeerTier, (number | null)?];

export interface PeerLists {
  /** peers.ts order, first PEER_DEPTH */
  s: PeerWire[];
  /** the same-year fallback, when every same-level peer could be excluded */
  yr?: PeerWire[];
}

export interface PlacePeers {
  /** the lists, each once (years often share theirs) */
  lists: PeerLists[];
  /** the column's year ('' for a place without a dated report) → its lists */
  by: Record<string, number>;
  /** index entries of the peers named (no pinyin) */
  e: Record<string, PlaceIndexEntry>;
}

const wireFor = (year: number | null) => (s: { place: PeerPlace; tier: PeerTier; year: number | null }): PeerWire =>
  s.year === year && year !== null ? [s.place.key, s.tier] : [s.place.key, s.tier, s.year];

/** Build time: the peer lists of one place. `entry` gives a place's index entry. */
export function placePeers<T extends PeerPlace>(key: string, places: readonly T[], self: T, entry: (p: T) => PlaceIndexEntry): PlacePeers {
  const by: Record<string, number> = {};
  const lists: PeerLists[] = [];
  const seen = new Map<string, number>();
  const e: Record<string, PlaceIndexEntry> = {};
  const years: Array<number | null> = self.years?.length ? [...self.years] : [null];
  for (const year of years) {
    const found = peerSuggestions(key, places, { year, limit: PEER_DEPTH });
    const wire = wireFor(year);
    const mine: PeerLists = { s: found.map(wire) };
    // Same-level peers come alone (peers.ts falls back to the year tier only when there are none):
    // when they are few, all of them may be chosen or suggested already.
    if (self.level && found.length && found[0]!.tier !== 'year' && found.length <= 2 * MAX_PLACES) {
      const yr = peerSuggestions(key, places, { year, limit: PEER_DEPTH, exclude: found.map((s) => s.place.key) });
      if (yr.length) mine.yr = yr.map(wire);
      for (const s of yr) e[s.place.key] ??= entry(s.place);
    }
    for (const s of found) e[s.place.key] ??= entry(s.place);
    const json = JSON.stringify(mine);
    if (!seen.has(json)) {
      seen.set(json, lists.length);
      lists.push(mine);
    }
    by[year === null ? '' : String(year)] = seen.get(json)!;
  }
  return { lists, by, e };
}

/** A place's suggestions for one column year, without the excluded keys (peers.ts peerSuggestions with `exclude`); every year written out. */
export function peersFromLists(peers: PlacePeers | undefined, year: number | null, exclude: ReadonlySet<string>, limit = PEER_LIMIT): PeerWire[] {
  const i = peers?.by[year === null ? '' : String(year)];
  const lists = i === undefined ? undefined : peers!.lists[i];
  if (!lists) return [];
  const pick = (l: readonly PeerWire[]) => l.filter(([k]) => !exclude.has(k)).slice(0, limit).map(([k, t, y]): PeerWire => [k, t, y === undefined ? year : y]);
  const out = pick(lists.s);
  return out.length || !lists.yr ? out : pick(lists.yr);
}

/**
 * suggestPeersForAll(keys, every place, limit, years) from the chosen places' lists: the union of
 * each one's peers in order, without the chosen places. `year(k)`: the year of k's column (its
 * latest report when the link has none, null without a dated report).
 */
export function suggestFromLists(
  keys: readonly string[],
  year: (k: string) => number | null,
  peersOf: (k: string) => PlacePeers | undefined,
  limit = PEER_LIMIT,
): Array<{ entry: PlaceIndexEntry; tier: PeerTier; year: number | null }> {
  const out: Array<{ entry: PlaceIndexEntry; tier: PeerTier; year: number | null }> = [];
  const seen = new Set(keys);
  for (const k of keys) {
    if (out.length >= limit) break;
    const peers = peersOf(k);
    for (const [key, tier, y] of peersFromLists(peers, year(k), seen, limit)) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entry: peers!.e[key]!, tier, year: y ?? null });
    }
  }
  return out.slice(0, limit);
}
