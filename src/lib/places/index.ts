// Places for the website: stable ids, names, breadcrumbs, lookup and typeahead search.
//
// placeId(meta)  — the id of the PLACE a report is about:
//   1. the 6-digit division code (adcode) when there is one (430725, 310000);
//   2. else the slug of the extra-places table (kunming-etdz, pingtan-zone);
//   3. else 'p-' + a short stable hash (FNV-1a, base 36) of the jurisdiction name, else of the issuer
//      (unresolved or unlisted places); 'unknown' when the record names neither.
// placeKey(meta) — the id of the REPORTING BODY, used to group a body's reports over the years:
//   governments and zones: placeKey = placeId;
//   departments (level 'department'): placeId + '-' + a short ASCII slug of the department part of the
//   issuer (上海市人民政府办公厅 → 310000-bgt), so a department is never mixed with its government.
//   Known department names have fixed slugs (DEPARTMENT_SLUGS); others get 'd' + a short hash.
import type { Level, Meta } from '../types.ts';
import { ancestorsOf, divisionByCode, DIVISIONS, type DivisionPlace } from './division.ts';
import { EXTRA_PLACES, extraByName, extraBySlug, type ExtraPlace } from './extra.ts';
import { leadingPlaces } from './resolve.ts';

export { resolveJurisdiction, unlistedPlace, placeContext, leadingPlaces, levelBySuffix, PHONE_CODES, type ResolvedPlace, type PlaceContext } from './resolve.ts';
export { divisionByCode, divisionsByName, divisionByShort, shortNameOf, type DivisionPlace } from './division.ts';
export { extraByName, extraBySlug, EXTRA_PLACES, type ExtraPlace } from './extra.ts';

export interface PlaceInfo {
  /** placeId: 6-digit code or extra-places slug. */
  id: string;
  name: string;
  code: string | null;
  level: Level;
  province: string | null;
  prefecture: string | null;
  /** placeId of the parent (prefecture, else province), null for provinces. */
  parentId: string | null;
  source: 'dataset' | 'places-table';
}

/** FNV-1a 32-bit, base 36: short, stable, ASCII. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

function divisionInfo(d: DivisionPlace): PlaceInfo {
  return {
    id: d.code, name: d.name, code: d.code, level: d.level, province: d.province,
    prefecture: d.level === 'province' ? null : d.prefecture, parentId: d.parentCode, source: 'dataset',
  };
}

function extraInfo(e: ExtraPlace): PlaceInfo {
  return {
    id: e.slug, name: e.name, code: null, level: e.level, province: e.province, prefecture: e.prefecture,
    parentId: e.parentCode, source: 'places-table',
  };
}

/** The place with this division code (2, 4 or 6 digits). */
export function lookupByCode(code: string): PlaceInfo | null {
  const d = divisionByCode(code);
  return d ? divisionInfo(d) : null;
}

/** The place with this placeId (code or extra slug); null for hash ids and unknown ids. */
export function lookupPlace(id: string): PlaceInfo | null {
  if (/^\d+$/.test(id)) return lookupByCode(id);
  const e = extraBySlug(id);
  return e ? extraInfo(e) : null;
}

/** See the header comment. */
export function placeId(meta: Pick<Meta, 'adcode' | 'jurisdiction' | 'issuer'>): string {
  if (meta.adcode) return meta.adcode;
  const name = meta.jurisdiction ?? meta.issuer;
  if (!name) return 'unknown';
  const e = extraByName(name);
  if (e) return e.slug;
  return 'p-' + shortHash(name);
}

/** Fixed slugs for common department names (the part of the issuer after the government's place). */
export const DEPARTMENT_SLUGS: Record<string, string> = {
  人民政府办公厅: 'bgt', 政府办公厅: 'bgt', 办公厅: 'bgt',
  人民政府办公室: 'bgs', 政府办公室: 'bgs', 办公室: 'bgs',
  发展和改革委员会: 'fgw', 教育局: 'jyj', 教育委员会: 'jw', 教育厅: 'jyt', 公安局: 'gaj', 公安厅: 'gat',
  财政局: 'czj', 财政厅: 'czt', 民政局: 'mzj', 民政厅: 'mzt', 人力资源和社会保障局: 'rsj', 人力资源和社会保障厅: 'rst',
  自然资源局: 'zrzyj', 自然资源厅: 'zrzyt', 生态环境局: 'sthjj', 生态环境厅: 'sthjt', 住房和城乡建设局: 'zjj',
  住房和城乡建设厅: 'zjt', 交通运输局: 'jtj', 交通运输厅: 'jtt', 卫生健康委员会: 'wjw', 市场监督管理局: 'scjgj',
  审计局: 'sjj', 统计局: 'tjj', 司法局: 'sfj', 司法厅: 'sft', 商务局: 'swj', 商务厅: 'swt', 农业农村局: 'nyncj',
  农业农村厅: 'nynct', 水利局: 'slj', 水利厅: 'slt', 应急管理局: 'yjglj', 应急管理厅: 'yjglt', 税务局: 'swuj',
};

/** The department part of an issuer: 上海市人民政府办公厅 → 人民政府办公厅 → slug 'bgt'. */
export function departmentSlug(issuer: string): string {
  const { rest } = leadingPlaces(issuer);
  const part = rest || issuer;
  return DEPARTMENT_SLUGS[part] ?? DEPARTMENT_SLUGS[part.replace(/^(人民政府|政府)/, '')] ?? 'd' + shortHash(part).slice(0, 5);
}

/** See the header comment: placeId for governments and zones, placeId-deptSlug for departments. */
export function placeKey(meta: Pick<Meta, 'adcode' | 'jurisdiction' | 'issuer' | 'level'>): string {
  const id = placeId(meta);
  if (meta.level === 'department' && meta.issuer) return `${id}-${departmentSlug(meta.issuer)}`;
  return id;
}

/**
 * Display name. For a record's meta (the contract scripts/ingest.ts uses): the department's own name for
 * departments, else the place's name (dataset/extra table), else the jurisdiction or issuer as written.
 * For a placeId string: the place's name, else `fallback`.
 */
export function placeName(x: Pick<Meta, 'adcode' | 'jurisdiction' | 'issuer' | 'level'>): string;
export function placeName(id: string, fallback?: string | null): string | null;
export function placeName(x: string | Pick<Meta, 'adcode' | 'jurisdiction' | 'issuer' | 'level'>, fallback: string | null = null): string | null {
  if (typeof x === 'string') return lookupPlace(x.replace(/^(\d{6})-.*$/, '$1'))?.name ?? fallback;
  if (x.level === 'department' && x.issuer) return x.issuer;
  const known = x.adcode || extraByName(x.jurisdiction ?? '') ? lookupPlace(placeId(x))?.name : null;
  return known ?? x.jurisdiction ?? x.issuer ?? '未知地区';
}

export interface ChainLink {
  id: string;
  name: string;
  code: string | null;
  level: Level;
}

/** Breadcrumbs: province › prefecture › place, each with its code (null for extra places). */
export function parentChain(id: string): ChainLink[] {
  const p = lookupPlace(id.replace(/^(\d{6})-.*$/, '$1'));
  if (!p) return [];
  const link = (x: PlaceInfo): ChainLink => ({ id: x.id, name: x.name, code: x.code, level: x.level });
  const chain: ChainLink[] = [];
  if (p.code) {
    for (const a of ancestorsOf(divisionByCode(p.code)!)) chain.push(link(divisionInfo(a)));
  } else if (p.parentId) {
    const parent = divisionByCode(p.parentId);
    if (parent) {
      for (const a of ancestorsOf(parent)) chain.push(link(divisionInfo(a)));
      chain.push(link(divisionInfo(parent)));
    }
  }
  chain.push(link(p));
  return chain;
}

/**
 * Typeahead: places whose name (or short name, or extra alias) contains the query, or whose code starts
 * with it (digits). Exact names first, then prefixes, then other matches; provinces before smaller places.
 */
export function searchPlaces(query: string, limit = 20): PlaceInfo[] {
  const q = query.trim();
  if (!q) return [];
  const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, 'development-zone': 3, township: 4, department: 5 };
  const scored: Array<{ p: PlaceInfo; score: number }> = [];
  if (/^\d+$/.test(q)) {
    for (const d of DIVISIONS) if (d.code.startsWith(q)) scored.push({ p: divisionInfo(d), score: d.code === q.padEnd(6, '0') ? 0 : 1 });
  } else {
    const score = (names: string[]): number => {
      if (names.some((n) => n === q)) return 0;
      if (names.some((n) => n.startsWith(q))) return 1;
      if (names.some((n) => n.includes(q))) return 2;
      return -1;
    };
    for (const d of DIVISIONS) {
      const s = score(d.short ? [d.name, d.short] : [d.name]);
      if (s >= 0) scored.push({ p: divisionInfo(d), score: s });
    }
    for (const e of EXTRA_PLACES) {
      const s = score([e.name, ...e.aliases]);
      if (s >= 0) scored.push({ p: extraInfo(e), score: s });
    }
  }
  scored.sort((a, b) => a.score - b.score || (LEVEL_RANK[a.p.level] ?? 9) - (LEVEL_RANK[b.p.level] ?? 9) || a.p.id.localeCompare(b.p.id));
  return scored.slice(0, limit).map((x) => x.p);
}
