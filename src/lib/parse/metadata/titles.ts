// Report titles: "X2017年(度)政府信息公开工作年度报告", "2019年X政府信息公开工作年度报告",
// "2017年度X政府信息公开工作统计表", and the archiver's 标题: header line in the original text.
// X is trimmed to the organisation or place it ends with (现就阿拉山口市人民政府 → 阿拉山口市人民政府).
import { leadingPlaces } from '../../places/index.ts';

export interface Title {
  /** The organisation or place the title names, as written (normalised: X政府 → X人民政府 only when
   * the title reads "X政府信息公开…" with X a place, i.e. the government is implied). */
  name: string;
  /** 'org': names an organisation (…人民政府, …办公厅); 'place': names a place (思茅区, 平潭综合实验区). */
  kind: 'org' | 'place';
  year: number | null;
  /** 'report' (年度报告) or 'table' (统计表) titles; 'header' for the archiver's 标题 line. */
  from: 'header' | 'report' | 'table';
  start: number;
  end: number;
  /** The written form when `name` was normalised. */
  written: string;
  /** false: the name starts with no place of the code list or extra-places.json (read by its suffix). */
  listed: boolean;
}

/** Suffixes of organisations a report can be issued by. */
export const ORG_SUFFIX = /(人民政府|政府|管理委员会|管委会|办公厅|办公室|委员会|局|厅|委|办|署|中心|处)$/;
const GOV_SUFFIX = /(人民政府|管理委员会|管委会)$/;

const HAN = '[\\u4e00-\\u9fa5]';
/** A year as printed in a title: 2022年, 2022年度, 二〇二二年度 (Chinese digits, 〇/零 for zero). */
const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年度?';
const ZH_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "2022" or "二〇二二" → 2022. */
export function yearNumber(printed: string): number {
  return Number([...printed].map((c) => ZH_DIGIT[c] ?? c).join(''));
}
const SUBJECT = '政府信息公开(?:工作)?(?:年度)?(?:报告|年报)';
const TABLE = '政府信息公开(?:工作|情况)?(?:情况)?统计表';

/** Is offset `i` inside 《…》 or 〈…〉 (a cited document title, not the report's own)? */
export function insideBookTitle(text: string, i: number): boolean {
  // Only a 《 within 200 characters counts; looking further back made this quadratic on long texts.
  const from = Math.max(0, i - 199);
  const win = text.slice(from, i + 1);
  const open = Math.max(win.lastIndexOf('《'), win.lastIndexOf('〈'));
  if (open < 0) return false;
  const close = Math.max(win.lastIndexOf('》'), win.lastIndexOf('〉'));
  return close < open;
}

/**
 * The organisation or place a run of Han characters ends with: the longest tail that starts with a
 * place name and continues with nothing or an organisation suffix. `impliedGov`: the run is followed by
 * 政府信息公开 (X政府信息公开… = X's government).
 */
export function trimToSubject(run: string): { name: string; kind: 'org' | 'place'; offset: number } | null {
  for (let k = 0; k < run.length - 1; k++) {
    const tail = run.slice(k);
    const { segments, rest } = leadingPlaces(tail);
    if (segments.length === 0) continue;
    if (rest === '') return { name: tail, kind: 'place', offset: k };
    if (rest === '人民') return { name: tail, kind: 'org', offset: k }; // X人民|政府信息公开…
    if (ORG_SUFFIX.test(rest) && rest.length <= 16 && !/[的和与及在]/.test(rest)) return { name: tail, kind: 'org', offset: k };
  }
  return null;
}

/** Place-name endings, for a name of a place in no list (青岚综合实验区, 某某新区). */
const PLACE_SUFFIX = /(实验区|开发区|新区|示范区|园区|高新区|管理区|自治州|自治县|地区|街道|区|县|市|旗|盟|州|镇|乡)$/;

/**
 * A title's subject that names no listed place: the whole run, when it stands at the start of a
 * line (a title, not a sentence), is a short name and ends like a place or an organisation.
 */
export function unlistedSubject(run: string): { name: string; kind: 'org' | 'place'; offset: number } | null {
  if (run.length < 3 || run.length > 20 || /[的和与及在对为是我本该全各]|关于|根据|按照/.test(run)) return null;
  if (PLACE_SUFFIX.test(run)) return { name: run, kind: 'place', offset: 0 };
  if (/人民$/.test(run)) return { name: run, kind: 'org', offset: 0 };
  if (ORG_SUFFIX.test(run)) return { name: run, kind: 'org', offset: 0 };
  return null;
}

function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '\r') return false;
  }
  return true;
}

function pushTitle(out: Title[], text: string, runStart: number, run: string, year: string | undefined, from: Title['from'], end: number, followedByGov: boolean): void {
  const compact = run.replace(/\s+/g, '');
  const listed = trimToSubject(compact);
  const s = listed ?? (atLineStart(text, runStart) ? unlistedSubject(compact) : null);
  if (!s) return;
  // Map the offset in the whitespace-free run back to the text.
  let start = runStart;
  for (let seen = 0; start < runStart + run.length && seen < s.offset; start++) if (!/\s/.test(run[start - runStart]!)) seen++;
  while (/\s/.test(text[start] ?? '')) start++;
  let name = s.name;
  let kind = s.kind;
  let written = s.name;
  if (name.endsWith('人民')) {
    name += '政府';
    written = name;
  } else if (followedByGov && kind === 'place') {
    // X政府信息公开…统计表 with X a place (桃源县): the title names X's government (X政府 = X人民政府).
    written = name + '政府';
    name += '人民政府';
    kind = 'org';
  }
  out.push({ name, kind, year: year ? yearNumber(year) : null, from, start, end, written, listed: listed !== null });
}

let memo: { text: string; original: string; titles: Title[] } | null = null;

/**
 * Every report/table title in the text, in order of preference: titles naming a listed place first,
 * then header, report titles, table titles. The last call's answer is kept (year, issuer and
 * metadata all ask for the same text's titles).
 */
export function findTitles(text: string, original: string): Title[] {
  if (memo && memo.text === text && memo.original === original) return memo.titles;
  const out: Title[] = [];
  const header = /^标题[:：][ \t]*(.+)$/m.exec(original);
  if (header) {
    const at = header.index + header[0].indexOf(header[1]!);
    for (const t of titlesIn(header[1]!, 0)) out.push({ ...t, from: 'header', start: t.start + at, end: t.end + at });
  }
  out.push(...titlesIn(text, 0));
  const rank = { header: 0, report: 1, table: 2 } as const;
  // titles naming a listed place first: an unlisted name is read only by its ending
  const titles = out
    .map((t, i) => ({ t, i }))
    .sort((a, b) => Number(b.t.listed) - Number(a.t.listed) || rank[a.t.from] - rank[b.t.from] || a.i - b.i)
    .map((x) => x.t);
  memo = { text, original, titles };
  return titles;
}

/** How far before its 政府信息公开 a title may start (a run of ≤ 41 characters, a year, spaces). */
const TITLE_REACH = 120;
const ANCHOR = '政府信息公开';

/**
 * The stretches of text a title can lie in: around each 政府信息公开 (every title form contains it),
 * TITLE_REACH before it to 20 after, overlapping stretches merged. Searching only there keeps the
 * title patterns (a lazy run of Han characters before a year) from being tried at every character
 * of a long text.
 */
function titleWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(ANCHOR); i >= 0; i = text.indexOf(ANCHOR, i + ANCHOR.length)) {
    const from = Math.max(0, i - TITLE_REACH);
    const to = Math.min(text.length, i + ANCHOR.length + 20);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

// Built once: matchAll copies a regex before it runs, so the shared ones keep no state between calls.
// `ends`: the title ending every match contains; `year`: the form prints a year (年). A window
// without them cannot match the form, so it is not tried there (most windows are 政府信息公开 in
// running text: 政府信息公开申请, 政府信息公开工作).
const SUBJECT_RE = new RegExp(SUBJECT);
const TABLE_RE = new RegExp(TABLE);
const FORMS: Array<{ re: RegExp; from: Title['from']; gov: boolean; runFirst: boolean; ends: RegExp; year: boolean }> = [
  // X 2017年 政府信息公开工作年度报告 (X may be on the line before: PDF titles)
  { re: new RegExp(`(${HAN}[${'\\u4e00-\\u9fa5'}\\s]{1,40}?)\\s*${YEAR}\\s*${SUBJECT}`, 'g'), from: 'report', gov: false, runFirst: true, ends: SUBJECT_RE, year: true },
  // 2019年 X 政府信息公开工作年度报告
  { re: new RegExp(`${YEAR}\\s*(${HAN}{2,30}?)${SUBJECT}`, 'g'), from: 'report', gov: false, runFirst: false, ends: SUBJECT_RE, year: true },
  { re: new RegExp(`(${HAN}[\\u4e00-\\u9fa5\\s]{1,40}?)\\s*${YEAR}\\s*${TABLE}`, 'g'), from: 'table', gov: false, runFirst: true, ends: TABLE_RE, year: true },
  { re: new RegExp(`${YEAR}\\s*(${HAN}{2,30}?)${TABLE}`, 'g'), from: 'table', gov: true, runFirst: false, ends: TABLE_RE, year: true },
  // X政府信息公开工作年度报告 / 统计表 without a year in between: X's government
  { re: new RegExp(`(?<![\\d年度])(${HAN}{2,30}?)${SUBJECT}`, 'g'), from: 'report', gov: true, runFirst: true, ends: SUBJECT_RE, year: false },
  { re: new RegExp(`(?<![\\d年度])(${HAN}{2,30}?)${TABLE}`, 'g'), from: 'table', gov: true, runFirst: true, ends: TABLE_RE, year: false },
];

function titlesIn(text: string, base: number): Title[] {
  const out: Title[] = [];
  for (const [wFrom, wTo] of titleWindows(text)) {
    // one character before the window, so that the look-behinds see what precedes it
    const ctx = wFrom > 0 ? 1 : 0;
    const win = text.slice(wFrom - ctx, wTo);
    const hasYear = win.includes('年');
    const ends = new Map<RegExp, boolean>();
    for (const f of FORMS) {
      if (f.year && !hasYear) continue;
      let has = ends.get(f.ends);
      if (has === undefined) ends.set(f.ends, (has = f.ends.test(win)));
      if (!has) continue;
      for (const m of win.matchAll(f.re)) {
        if (m.index! < ctx) continue;
        const at = wFrom - ctx + m.index!;
        if (insideBookTitle(text, at)) continue;
        const run = f.runFirst ? m[1]! : m[2]!;
        const year = f.runFirst ? (f.gov ? undefined : m[2]) : m[1];
        const runStart = at + m[0].indexOf(run, f.runFirst ? 0 : m[0].indexOf('年'));
        pushTitle(out, text, runStart + base, run, year, f.from, at + m[0].length + base, f.gov);
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  // Keep one title per position (several forms can match the same words).
  return out.filter((t, i) => i === 0 || t.start !== out[i - 1]!.start || t.name !== out[i - 1]!.name);
}

/** The government part of an organisation name: 昆明经济技术开发区管理委员会办公室 → …管理委员会. */
export function governmentPart(org: string): string | null {
  const m = /^(.*?(?:人民政府|管理委员会|管委会|政府))/.exec(org);
  if (!m) return null;
  return normaliseGov(m[1]!);
}

/** X政府 → X人民政府 (the formal name); other names unchanged. */
export function normaliseGov(org: string): string {
  return org.replace(/(?<!人民)政府/, '人民政府');
}

export { GOV_SUFFIX };
