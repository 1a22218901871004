// Build-time data for the compare page and its JSON endpoints (/compare/places.json,
// /compare/indicators.json, /compare/place/<key>.json, /compare/find/<version>/<file>.json).
// Computed once per build.
import { createHash } from 'node:crypto';
import { getReports } from '../../data/reports.ts';
import { indicator, indicators } from '../../lib/catalog/index.ts';
import { coreSeries, seriesValue } from '../../lib/catalog/crosswalk.ts';
import { placeDetail, placeIndex, placeReports, type CoreMeta, type IndicatorMeta, type PlaceDetail, type PlaceIndexEntry, type ReportWithMeta } from '../../lib/site/compare-state.ts';
import type { Template, Variant } from '../../lib/types.ts';
import { placePinyin } from '../../lib/places/pinyin.ts';
import { provinceSlug } from '../../lib/site/place-view.ts';
import { zhCompare } from '../../lib/site/collate.ts';
import { buildFind, type FindFile } from '../../lib/site/compare-find.ts';
import { placePeers, type PlacePeers } from '../../lib/site/compare-peers.ts';
import type { PeerPlace } from '../../lib/site/peers.ts';

// Every id a core series' formula reads (seriesValue reads no other value of a report).
const coreIds = [...new Set(coreSeries.flatMap((s) => [s.pre2019, s.post2019].flatMap((side) => (side ? [side, ...Object.values(side.byVariant ?? {})] : [])).flatMap((f) => f?.ids ?? [])))];

function coreValues(r: ReportWithMeta): Record<string, number> {
  const out: Record<string, number> = {};
  // printed values over text values ({ ...textValues, ...values }), of the ids the series read only
  const values: Record<string, number> = {};
  for (const id of coreIds) {
    const v = r.values[id] ?? r.textValues[id];
    if (v !== undefined) values[id] = v;
  }
  const report = { template: r.meta.template as Template, variant: r.meta.variant as Variant, values, derived: r.derived };
  for (const s of coreSeries) {
    const v = seriesValue(s, report);
    if (v) out[s.key] = v.value;
  }
  return out;
}

export const coreMeta: CoreMeta[] = coreSeries.map((s) => {
  const first = s.post2019?.ids[0] ?? Object.values(s.post2019?.byVariant ?? {})[0]?.ids[0] ?? s.pre2019?.ids[0];
  return { key: s.key, zh: s.zh, en: s.en, comparable: s.comparable, ...(s.note ? { note: s.note } : {}), unit: first ? (indicator(first)?.unit ?? null) : null };
});

/** Places per page of /compare/province/<code>/ (the no-JS lists). */
export const PROVINCE_PAGE = 500;

type AsPeer = PeerPlace & { entry: PlaceIndexEntry; years: number[] };

export interface CompareData {
  /** every place, sorted by name (/compare/places.json) */
  index: PlaceIndexEntry[];
  /** the same as peers.ts places (key, name, level, province, prefecture, years) */
  asPeers: AsPeer[];
  /** place keys, sorted */
  keys: string[];
  /** /compare/place/<key>.json */
  detail: (key: string) => PlaceDetail;
  /** the place's peer lists (those made for peersKey are handed out once, then dropped) */
  peers: (key: string) => PlacePeers | undefined;
  /** a hash of them: they depend on other places, so they are part of the place JSON's cache key */
  peersKey: (key: string) => string;
  indicators: IndicatorMeta[];
  /** the no-JS lists: places by province (provinces in collation order, '其他' for none), with the slug of their pages */
  provinces: Array<{ name: string; slug: string; places: AsPeer[] }>;
  /** the typeahead's prefix files (compare-find.ts) and their version (the folder they are in) */
  find: () => { version: string; files: Map<string, FindFile> };
  /** that version alone (the page names its folder without building the tree) */
  findVersion: () => string;
}

let cache: Promise<CompareData> | null = null;

/**
 * The place index, the place keys (sorted), each place's detail — made when its JSON is written, not
 * held: at 100,000 reports the details are a copy of every value — and the indicators they use.
 */
export function loadCompareData() {
  cache ??= getReports().then((reports: readonly ReportWithMeta[]) => {
    const byKey = placeReports(reports);
    // Pinyin for the typeahead, computed here so pinyin-pro stays out of the island.
    const index = placeIndex(byKey).map((p) => {
      const { full, initials } = placePinyin(p.n);
      return full ? { ...p, py: full, pi: initials } : p;
    });
    const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : 1));
    const asPeers: AsPeer[] = index.map((p) => ({ entry: p, key: p.k, name: p.n, level: p.l, province: p.p, prefecture: p.pf, years: p.y }));
    const peerByKey = new Map(asPeers.map((p) => [p.key, p]));
    const noPinyin = (p: AsPeer): PlaceIndexEntry => {
      const { py: _py, pi: _pi, ...rest } = p.entry;
      return rest;
    };
    // Made for the cache key (getStaticPaths) and kept until the file is written, not computed twice.
    const pending = new Map<string, PlacePeers | undefined>();
    const make = (k: string) => {
      const self = peerByKey.get(k);
      return self ? placePeers(k, asPeers, self, noPinyin) : undefined;
    };
    const peers = (k: string) => {
      if (!pending.has(k)) return make(k);
      const p = pending.get(k);
      pending.delete(k);
      return p;
    };
    const peersKey = (k: string) => {
      const p = make(k);
      pending.set(k, p);
      return createHash('sha1').update(JSON.stringify(p ?? null)).digest('hex');
    };
    const detail = (k: string): PlaceDetail => {
      const d = placeDetail(k, byKey.get(k) ?? [], coreValues);
      const self = peerByKey.get(k);
      const p = peers(k);
      return { ...d, ...(self ? { e: self.entry } : {}), ...(p ? { peers: p } : {}) };
    };
    let version: string | null = null;
    const findVersion = () => (version ??= createHash('sha1').update(JSON.stringify(index)).digest('hex').slice(0, 10));
    let found: { version: string; files: Map<string, FindFile> } | null = null;
    const find = () => (found ??= { version: findVersion(), files: buildFind(index, findVersion()) });
    // The ids some place's detail holds (placeReport's v and g: values, derived and text values, and
    // gaps), from the reports' keys without making every detail in every render process.
    const used = new Set<string>();
    for (const list of byKey.values()) {
      for (const r of list) {
        for (const id in r.derived) used.add(id);
        for (const id in r.textValues) used.add(id);
        for (const id in r.values) used.add(id);
        for (const gap of r.gaps) used.add(gap.id);
      }
    }
    const inds: IndicatorMeta[] = indicators
      .filter((i) => used.has(i.id))
      .map((i) => ({ id: i.id, zh: i.zh, en: i.en, unit: i.unit, s: i.section, t: i.template, va: i.variant, kd: i.kind }));
    const byProv = new Map<string, AsPeer[]>();
    for (const p of asPeers) {
      const name = p.province ?? '其他';
      const list = byProv.get(name);
      if (list) list.push(p);
      else byProv.set(name, [p]);
    }
    const provinces = [...byProv.keys()].sort(zhCompare).map((name) => ({ name, slug: provinceSlug(name === '其他' ? null : name), places: byProv.get(name)! }));
    return { index, asPeers, keys, detail, peers, peersKey, indicators: inds, provinces, findVersion, find };
  });
  return cache;
}
