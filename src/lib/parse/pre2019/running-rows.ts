// Tables printed as running text: "主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 …" (space-separated)
// or with every separator lost: "主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77" (fused).
// Rows are cut where a label starts; a row number glued to the previous row's digits ("…15092.政府公报")
// is split off using the expected next number.
import type { Row, StreamCell } from './layouts.ts';
import { normaliseLabel, stripUnit } from './rows.ts';

interface Seg {
  kind: 'num' | 'text';
  start: number;
  end: number;
  /** Whitespace (or the region start) right before the segment. */
  spaced: boolean;
  /** A line break right before the segment. */
  newline: boolean;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/;

function segments(text: string, start: number, end: number): Seg[] {
  const segs: Seg[] = [];
  let depth = 0;
  let i = start;
  let spaced = true;
  let newline = true;
  while (i < end) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      spaced = true;
      if (ch === '\n') newline = true;
      i++;
      continue;
    }
    if (ch === '(' || ch === '（') depth++;
    if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (depth === 0 && /\d/.test(ch)) {
      let j = i + 1;
      // a number with thousands separators ("52,104"; clean maps ，between digits to ,) is one cell
      const grouped = GROUPED.exec(text.slice(i, Math.min(end, i + 40)));
      if (grouped) j = i + grouped[0].length;
      else while (j < end && (/\d/.test(text[j]!) || (text[j] === '.' && /\d/.test(text[j + 1] ?? '') && !/[.、]/.test(text[j + 2] ?? '')))) j++;
      segs.push({ kind: 'num', start: i, end: j, spaced, newline });
      i = j;
    } else {
      let j = i + 1;
      while (j < end && !/\s/.test(text[j]!) && (depth > 0 || !/\d/.test(text[j]!))) {
        if (text[j] === '(' || text[j] === '（') depth++;
        if ((text[j] === ')' || text[j] === '）') && depth > 0) depth--;
        j++;
      }
      const prev = segs[segs.length - 1];
      if (prev && prev.kind === 'text' && !spaced) prev.end = j;
      else segs.push({ kind: 'text', start: i, end: j, spaced, newline });
      i = j;
    }
    spaced = false;
    newline = false;
  }
  return segs;
}

const UNIT_TOKEN = /^(人次|万元|元|条|件|次|篇|个|人|项)$/;
/** A wrapped label's second line: a parenthetical that is not a row number like (二). */
const CONTINUATION = /^[(（](?![一二三四五六七八九十\d]+[)）])/;
const NO_VALUE = /^([\/／\-－—–─]+|无)$/;
const ROW_NO_AFTER = /^[.、．](?=[^\d\s])/;

interface Draft {
  labelStart: number;
  labelEnd: number;
  number: number | null;
  /** Label words read (beyond 其中 and the row number). */
  words: boolean;
  cells: StreamCell[];
}

/** Rows of a running-text table region. */
export function streamRows(text: string, start: number, end: number): Row[] {
  const segs = segments(text, start, end);
  const rows: Row[] = [];
  let cur: Draft | null = null;
  let lastNumber: number | null = null;

  const finish = () => {
    if (!cur) return;
    const label = text.slice(cur.labelStart, cur.labelEnd).trim();
    const compact = label.replace(/\s+/g, '');
    const { unit } = stripUnit(normaliseLabel(compact));
    rows.push({ label, start: cur.labelStart, end: cur.labelEnd, unit, cells: cur.cells });
    lastNumber = cur.number;
    cur = null;
  };
  const startRow = (s: number, number: number | null) => {
    finish();
    cur = { labelStart: s, labelEnd: s, number, words: false, cells: [] };
  };

  for (const seg of segs) {
    if (seg.kind === 'text') {
      const word = text.slice(seg.start, seg.end);
      if (seg.spaced && cur && (cur as Draft).words && NO_VALUE.test(word)) {
        // a printed "no value" cell (/, -, 无) standing on its own
        (cur as Draft).cells.push({ raw: word, start: seg.start, end: seg.end });
        continue;
      }
      const d0 = cur as Draft | null;
      const newLabel =
        !d0 ||
        d0.cells.length > 0 ||
        // a row printed without any value: the next label starts on a new line or after the unit
        (d0.words && ((seg.newline && !CONTINUATION.test(word)) || (seg.spaced && UNIT_TOKEN.test(text.slice(d0.labelStart, d0.labelEnd).trim().split(/\s+/).pop() ?? ''))));
      if (newLabel) startRow(seg.start, null);
      const d = cur as unknown as Draft;
      d.labelEnd = seg.end;
      if (/[\u4e00-\u9fff]/.test(text.slice(seg.start, seg.end).replace(/^[.、．]?其中[:：]?/, ''))) d.words = true;
      if (d.number === null) {
        const m = /^(?:其中[:：]?)?(\d+)[.、．]/.exec(text.slice(d.labelStart, d.labelEnd).replace(/\s+/g, ''));
        if (m) d.number = Number(m[1]);
      }
      continue;
    }
    const digits = text.slice(seg.start, seg.end);
    const isRowNo = ROW_NO_AFTER.test(text.slice(seg.end, seg.end + 2));
    if (isRowNo) {
      const d = cur as Draft | null;
      if (!d || (d.cells.length === 0 && !d.words)) {
        // numbering of the row being read ("其中：1.网站公开")
        if (!d) startRow(seg.start, Number(digits));
        else {
          d.labelEnd = seg.end;
          d.number = Number(digits);
        }
        continue;
      }
      if (seg.spaced) {
        startRow(seg.start, Number(digits));
        continue;
      }
      // fused: the tail of the run is the next row's number
      const expected = String((d.number ?? lastNumber ?? 0) + 1);
      const tail = digits.endsWith(expected) && digits.length > expected.length ? expected : digits.slice(-1);
      const cut = seg.end - tail.length;
      if (cut > seg.start) d.cells.push({ raw: text.slice(seg.start, cut), start: seg.start, end: cut, fused: true, cut: true });
      startRow(cut, Number(tail));
      continue;
    }
    if (!cur) startRow(seg.start, null);
    const d = cur as unknown as Draft;
    d.cells.push({ raw: digits, start: seg.start, end: seg.end, fused: !seg.spaced });
  }
  finish();
  return rows;
}
