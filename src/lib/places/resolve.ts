// Names → places. An organisation name (普洱市思茅区人民政府, 上海市人民政府办公厅) is split into the
// place names it starts with; the last one is the jurisdiction, the earlier ones narrow it down.
// A name that several divisions share (鼓楼区, 朝阳区) is resolved only when the report itself says
// which one (a parent named in the organisation name or in the text, a provincial document number
// such as 鲁政办发, a phone area code of phone-codes.json); otherwise the code stays null. Never guess.
import type { Level } from '../types.ts';
import { ancestorsOf, divisionByCode, divisionByShort, divisionsByName, type DivisionPlace, DIVISIONS } from './division.ts';
import { extraByName, extraNames, type ExtraPlace } from './extra.ts';
import { HISTORICAL_NAMES, type HistoricalName } from './history.ts';
import phoneCodes from './phone-codes.json' with { type: 'json' };

export interface ResolvedPlace {
  /** The jurisdiction as a place name (思茅区, 上海市, 昆明经济技术开发区); the written form is kept
   * for unresolved names. */
  name: string;
  code: string | null;
  level: Level | null;
  province: string | null;
  prefecture: string | null;
  /** Code of the parent division (for breadcrumbs of places without a code). */
  parentCode: string | null;
  /** Slug of the extra-places table entry. */
  slug: string | null;
  how: 'dataset' | 'places-table' | 'text';
  note: string;
}

type Candidate =
  | { kind: 'division'; place: DivisionPlace }
  | { kind: 'extra'; place: ExtraPlace }
  | { kind: 'history'; place: HistoricalName };

// ---------------------------------------------------------------- name scanning

const KEYS = new Map<string, Candidate[]>();
function addKey(k: string, c: Candidate): void {
  const list = KEYS.get(k) ?? [];
  list.push(c);
  KEYS.set(k, list);
}
for (const d of DIVISIONS) {
  addKey(d.name, { kind: 'division', place: d });
  if (d.short) addKey(d.short, { kind: 'division', place: d });
}
for (const n of extraNames()) addKey(n, { kind: 'extra', place: extraByName(n)! });
// Old names only where no current division or extra place has them (otherwise the year would decide).
for (const h of HISTORICAL_NAMES) if (!KEYS.has(h.name)) addKey(h.name, { kind: 'history', place: h });
let MAX_KEY = 0;
for (const k of KEYS.keys()) MAX_KEY = Math.max(MAX_KEY, k.length);

/** Longest place name starting at `i` (full name, unique short name or extra place). */
export function placeNameAt(s: string, i: number): { text: string; candidates: Candidate[] } | null {
  for (let len = Math.min(MAX_KEY, s.length - i); len >= 2; len--) {
    const t = s.slice(i, i + len);
    const c = KEYS.get(t);
    if (c) return { text: t, candidates: c };
  }
  return null;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  candidates: Candidate[];
}

/** The place names an organisation name starts with: 普洱市思茅区人民政府 → 普洱市, 思茅区 (+ rest 人民政府). */
export function leadingPlaces(name: string): { segments: Segment[]; rest: string } {
  const segments: Segment[] = [];
  let i = 0;
  while (i < name.length) {
    const m = placeNameAt(name, i);
    if (!m) break;
    // Longest match first, so 思茅区 is read whole and never as the short name 思茅 + 区.
    segments.push({ text: m.text, start: i, end: i + m.text.length, candidates: m.candidates });
    i += m.text.length;
  }
  return { segments, rest: name.slice(i) };
}

// ---------------------------------------------------------------- context of a text

const PROVINCE_ABBR: Record<string, string> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000', 黑: '230000',
  沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000',
  鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 黔: '520000',
  云: '530000', 藏: '540000', 陕: '610000', 甘: '620000', 青: '630000', 宁: '640000', 新: '650000',
};

/** Long-distance phone area codes → division code (phone-codes.json; used only to confirm or narrow down). */
export const PHONE_CODES: Readonly<Record<string, string>> = phoneCodes.codes;

export interface PlaceContext {
  /** Codes of provinces and prefectures the text names or implies, with what said so. */
  codes: Map<string, string>;
}

/** Provinces and prefectures, and their full names indexed by their first two characters. */
const REGIONS = DIVISIONS.filter((d) => d.level === 'province' || d.level === 'prefecture');
const REGIONS_BY_HEAD = new Map<string, string[]>();
for (const d of REGIONS) REGIONS_BY_HEAD.set(d.name.slice(0, 2), [...(REGIONS_BY_HEAD.get(d.name.slice(0, 2)) ?? []), d.name]);

/** First characters of those names: most characters of a text start none, and are passed without a slice. */
const REGION_FIRST = new Set(REGIONS.map((d) => d.name.charCodeAt(0)));

/** The province and prefecture names the text contains, in one pass over it (not one search per name). */
function namedRegions(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!REGION_FIRST.has(text.charCodeAt(i))) continue;
    const names = REGIONS_BY_HEAD.get(text.slice(i, i + 2));
    if (names) for (const n of names) if (text.startsWith(n, i)) found.add(n);
  }
  return found;
}

/** A document number led by a province's abbreviation (鲁政办发〔2014〕…); matchAll copies it, so it is shared. */
const DOC_NUMBER_ABBR = new RegExp(`(?<![省市县区州旗镇乡])([${Object.keys(PROVINCE_ABBR).join('')}])(?:政办|政|府办|府)[\\u4e00-\\u9fa5]{0,4}?[〔\\[【(（]\\s*\\d{4}`, 'g');

/** Provinces and prefectures a text names (full names), implies by document numbers (鲁政办发〔2014〕)
 * or by phone area codes (0731-…). */
export function placeContext(text: string): PlaceContext {
  const codes = new Map<string, string>();
  const named = namedRegions(text);
  for (const d of REGIONS) if (named.has(d.name) && !codes.has(d.code)) codes.set(d.code, `${d.name} named in the text`);
  for (const m of text.matchAll(DOC_NUMBER_ABBR)) {
    const code = PROVINCE_ABBR[m[1]!]!;
    if (!codes.has(code)) codes.set(code, `document number ${m[0]} (${m[1]} = ${divisionByCode(code)!.name})`);
  }
  for (const m of text.matchAll(/(?<!\d)(0\d{2,3})\s*[-－—]\s*\d{7,8}(?!\d)/g)) {
    const code = PHONE_CODES[m[1]!];
    if (code && !codes.has(code)) codes.set(code, `phone area code ${m[1]} (${divisionByCode(code)!.name})`);
  }
  return { codes };
}

// ---------------------------------------------------------------- resolution

function isUnder(d: DivisionPlace, parentCode: string): boolean {
  return d.provinceCode === parentCode || d.prefectureCode === parentCode;
}

function fromDivision(d: DivisionPlace, note: string): ResolvedPlace {
  return {
    name: d.name, code: d.code, level: d.level, province: d.province,
    prefecture: d.level === 'province' ? null : d.prefecture, parentCode: d.parentCode, slug: null, how: 'dataset', note,
  };
}

function fromExtra(e: ExtraPlace): ResolvedPlace {
  return {
    name: e.name, code: null, level: e.level, province: e.province, prefecture: e.prefecture,
    parentCode: e.parentCode, slug: e.slug, how: 'places-table',
    note: `${e.name} is not in the national division list: extra-places.json ${e.slug} (${e.province}${e.prefecture ?? ''}, parent ${e.parentCode})`,
  };
}

function fromHistory(h: HistoricalName): ResolvedPlace {
  const s = h.successor;
  const change = `${h.name} (${h.code}) ${h.year} 年${h.note}: history.json`;
  if (h.kind === 'renamed') {
    return { ...fromDivision(s, `${s.province}${s.prefecture && s.prefecture !== s.name ? s.prefecture : ''}${s.level !== 'province' ? s.name : ''} ${s.code} (${change})`), name: h.name };
  }
  return {
    name: h.name, code: null, level: s.level, province: s.province,
    prefecture: s.level === 'prefecture' ? h.name : s.prefecture, parentCode: s.parentCode, slug: null, how: 'dataset',
    note: `${change}; no code is given, the successor ${s.name} ${s.code} is another place`,
  };
}

/** Level a place name implies by its suffix alone (when it cannot be resolved). */
export function levelBySuffix(name: string): Level | null {
  if (/(开发区|新区|实验区|示范区|园区|高新区|管理区)$/.test(name)) return 'development-zone';
  if (/(乡|镇|街道|街道办事处)$/.test(name)) return 'township';
  if (/(县|区|旗)$/.test(name)) return 'county';
  if (/(省|自治区)$/.test(name)) return 'province';
  if (/(自治州|地区|盟)$/.test(name)) return 'prefecture';
  return null; // 市: county-level or prefecture-level, cannot tell from the name
}

/**
 * The jurisdiction an organisation or place name refers to.
 * `name`: 普洱市思茅区人民政府, 洪泽区, 上海市人民政府办公厅…; `context`: from placeContext(text).
 */
export function resolveJurisdiction(name: string, context?: PlaceContext): ResolvedPlace | null {
  const { segments, rest } = leadingPlaces(name);
  if (segments.length === 0) return null;

  // A township or an unlisted zone written after its county/city: XX县YY镇人民政府.
  const tail = /^([\u4e00-\u9fa5]{1,10}?(?:乡|镇|街道|开发区|新区|实验区|示范区|园区|高新区))(?:人民政府|政府|管理委员会|管委会|办事处|$)/.exec(rest);

  // Resolve segments left to right: each must lie under the previous one.
  let parent: DivisionPlace | null = null;
  let last: ResolvedPlace | null = null;
  for (const seg of segments) {
    const extra = seg.candidates.find((c) => c.kind === 'extra');
    if (extra) {
      last = fromExtra(extra.place as ExtraPlace);
      parent = null;
      continue;
    }
    const past = seg.candidates.find((c) => c.kind === 'history');
    if (past) {
      const h = past.place as HistoricalName;
      last = fromHistory(h);
      parent = h.kind === 'renamed' ? h.successor : null;
      continue;
    }
    let divs = seg.candidates.map((c) => c.place as DivisionPlace);
    const written = `${seg.text}`;
    const notes: string[] = [];
    if (parent) {
      const p = parent;
      const under = divs.filter((d) => isUnder(d, p.code));
      if (under.length) divs = under;
      if (under.length && seg.candidates.length > 1) notes.push(`${p.name} named before it`);
    }
    if (divs.length > 1 && context) {
      const narrowed = divs.filter((d) => context.codes.has(d.provinceCode) || (d.prefectureCode !== null && context.codes.has(d.prefectureCode)));
      if (narrowed.length >= 1 && narrowed.length < divs.length) {
        // prefer the prefecture-level hint when it singles one out
        const byPref = narrowed.filter((d) => d.prefectureCode !== null && context.codes.has(d.prefectureCode));
        const pick = byPref.length === 1 ? byPref : narrowed;
        for (const d of pick) notes.push(context.codes.get(d.prefectureCode && context.codes.has(d.prefectureCode) ? d.prefectureCode : d.provinceCode)!);
        divs = pick;
      }
    }
    if (divs.length === 1) {
      const d = divs[0]!;
      const how = seg.candidates.length > 1 ? `${written}: ${seg.candidates.length} divisions share the name; ${notes.join('; ')}` : `${written} is unique in the national division list`;
      last = fromDivision(d, `${d.province}${d.prefecture && d.prefecture !== d.name ? d.prefecture : ''}${d.level !== 'province' ? d.name : ''} ${d.code} (${how})`);
      parent = d;
    } else {
      // Ambiguous: keep what all candidates agree on, never pick one.
      const provinces = new Set(divs.map((d) => d.province));
      const prefectures = new Set(divs.map((d) => d.prefecture));
      const levels = new Set(divs.map((d) => d.level));
      last = {
        name: seg.text, code: null,
        level: levels.size === 1 ? [...levels][0]! : levelBySuffix(seg.text),
        province: provinces.size === 1 ? [...provinces][0]! : null,
        prefecture: prefectures.size === 1 ? [...prefectures][0]! : null,
        parentCode: null, slug: null, how: 'text',
        note: `${seg.text} is ambiguous: ${divs.map((d) => `${d.province}${d.prefecture ?? ''} ${d.code}`).join(', ')}; the text does not say which, so no code is given`,
      };
      parent = null;
    }
  }
  if (tail && last) {
    const t = tail[1]!;
    const level = levelBySuffix(t);
    return {
      name: t, code: null, level, province: last.province,
      prefecture: last.level === 'prefecture' ? last.name : last.prefecture,
      parentCode: last.code, slug: null, how: 'text',
      note: `${t} is not in the national division list; parent ${last.name}${last.code ? ` (${last.code})` : ''}`,
    };
  }
  return last;
}

/**
 * A place in no list (neither the code list nor extra-places.json), as a title writes it: the name
 * without its government (青岚综合实验区管理委员会 → 青岚综合实验区), no code, no province or
 * prefecture (never guessed), the level by the name's ending.
 */
export function unlistedPlace(written: string): ResolvedPlace | null {
  const name = written.replace(/(人民政府|政府|管理委员会|管委会)$/, '');
  if (name.length < 2 || leadingPlaces(name).segments.length) return null;
  return {
    name, code: null, level: levelBySuffix(name), province: null, prefecture: null, parentCode: null, slug: null, how: 'text',
    note: `${name} is in neither the national division list nor extra-places.json: the name as the title writes it, without a code`,
  };
}

/** The ancestors of a resolved division code, outermost first (for breadcrumbs). */
export function ancestorCodes(code: string): DivisionPlace[] {
  const d = divisionByCode(code);
  return d ? ancestorsOf(d) : [];
}

export { divisionByShort, divisionsByName };
