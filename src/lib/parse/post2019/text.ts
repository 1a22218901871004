// Working views of the cleaned text for the table readers. Every view keeps offsets into the
// original text: `work` has the same length (page furniture blanked), `compact` drops all
// whitespace so labels broken by PDF extraction (`商业 企业`, `三、本年度办 理结果`, a label
// wrapped over three lines) still match, and `map[i]` is the offset of compact[i] in the text.
import { blank } from '../clean.ts';

export interface Views {
  /** Same length as the text; page footers ("- 3 -", "第 3 页") blanked. */
  work: string;
  compact: string;
  map: Int32Array;
}

const FOOTERS: RegExp[] = [
  /^[ \t]*[-—–－][ \t]*\d{1,3}[ \t]*[-—–－][ \t]*$/gm, // - 3 -
  /^[ \t]*第[ \t]*\d{1,3}[ \t]*页([ \t]*[,，/][ \t]*共[ \t]*\d{1,3}[ \t]*页)?[ \t]*$/gm, // 第 3 页 / 共 6 页
  /^[ \t]*\d{1,3}[ \t]*\/[ \t]*\d{1,3}[ \t]*$/gm, // 3 / 6
];


export function makeViews(text: string): Views {
  let work = text;
  for (const re of FOOTERS) work = work.replace(re, (m) => blank(m));
  const map = new Int32Array(work.length);
  let n = 0;
  const parts: string[] = [];
  const WS = /\s+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(work.slice(from, to));
    for (let i = from; i < to; i++) map[n++] = i;
  };
  while ((m = WS.exec(work))) {
    keep(last, m.index);
    last = m.index + m[0].length;
  }
  keep(last, work.length);
  return { work, compact: parts.join(''), map: map.subarray(0, n) };
}

/** Original [start, end) of compact [cs, ce). */
export function toText(v: Views, cs: number, ce: number): { start: number; end: number } {
  if (cs >= v.map.length) return { start: v.work.length, end: v.work.length };
  const start = v.map[cs]!;
  const end = ce > cs ? v.map[ce - 1]! + 1 : start;
  return { start, end };
}

/** Index in compact of the first character at or after text offset `pos`. */
export function toCompact(v: Views, pos: number): number {
  let lo = 0;
  let hi = v.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.map[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Hit {
  /** compact offsets */
  cs: number;
  ce: number;
  /** text offsets */
  start: number;
  end: number;
  match: string;
}

/** First match of `re` in compact[from, to). */
export function findIn(v: Views, re: RegExp, from = 0, to = v.compact.length): Hit | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  const m = g.exec(v.compact);
  if (!m || m.index >= to || m.index + m[0].length > to) return null;
  const cs = m.index;
  const ce = m.index + m[0].length;
  return { cs, ce, ...toText(v, cs, ce), match: m[0] };
}

/** All matches of `re` in compact[from, to). */
export function findAll(v: Views, re: RegExp, from = 0, to = v.compact.length): Hit[] {
  const out: Hit[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = g.exec(v.compact)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    const cs = m.index;
    const ce = m.index + m[0].length;
    out.push({ cs, ce, ...toText(v, cs, ce), match: m[0] });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
