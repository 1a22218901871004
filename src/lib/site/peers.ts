// Suggested peers for a place: same level, same province (same prefecture first), never itself.
// Used by the compare page and the place page (`suggestPeers(placeKey, places)`).

export interface PeerPlace {
  key: string;
  name: string;
  level: string | null;
  province: string | null;
  prefecture?: string | null;
  /** Years with a report; more recent and more reports rank first among equals. */
  years?: readonly number[];
}

export interface PeerOptions {
  limit?: number;
  /** Keys never suggested (e.g. places already selected). */
  exclude?: Iterable<string>;
}

/**
 * Places of the same level in the same province as `placeKey`, best first: same prefecture, then
 * a report in the most recent year, then more reports, then name. Empty when the place is unknown
 * or has no level/province.
 */
export function suggestPeers<T extends PeerPlace>(placeKey: string, places: readonly T[], opts: PeerOptions = {}): T[] {
  const { limit = 6 } = opts;
  const exclude = new Set(opts.exclude ?? []);
  const self = places.find((p) => p.key === placeKey);
  if (!self || !self.level || !self.province) return [];
  const latest = (p: PeerPlace) => (p.years?.length ? Math.max(...p.years) : 0);
  return places
    .filter((p) => p.key !== placeKey && !exclude.has(p.key) && p.level === self.level && p.province === self.province)
    .map((p) => ({ p, samePref: !!self.prefecture && p.prefecture === self.prefecture }))
    .sort(
      (a, b) =>
        Number(b.samePref) - Number(a.samePref) ||
        latest(b.p) - latest(a.p) ||
        (b.p.years?.length ?? 0) - (a.p.years?.length ?? 0) ||
        a.p.name.localeCompare(b.p.name, 'zh-CN') ||
        (a.p.key < b.p.key ? -1 : 1),
    )
    .slice(0, limit)
    .map((x) => x.p);
}

/** Peers for a set of places (the union of each one's peers, in order, without the places themselves). */
export function suggestPeersForAll<T extends PeerPlace>(keys: readonly string[], places: readonly T[], limit = 6): T[] {
  const out: T[] = [];
  const seen = new Set(keys);
  for (const k of keys) {
    for (const p of suggestPeers(k, places, { exclude: seen, limit })) {
      if (seen.has(p.key)) continue;
      seen.add(p.key);
      out.push(p);
    }
  }
  return out.slice(0, limit);
}
