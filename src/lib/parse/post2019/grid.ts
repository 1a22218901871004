// Tables given as pipe rows ("| a | b | c |", one row a line — what html.ts produces, with
// rowspan/colspan already expanded). Columns are identified by their header cells, not by count.
import { parseCellText, type Tok } from './cells.ts';

export interface GridCell {
  text: string;
  compact: string;
  start: number;
  end: number;
}

export interface GridRow {
  cells: GridCell[];
  start: number;
  end: number;
  compact: string;
}

const PIPE_LINE = /^[ \t]*\|.*\|[ \t]*$/gm;
const WS = /\s/;
const WS_RUNS = /\s+/g;

export function pipeRows(text: string, from: number, to: number): GridRow[] {
  const out: GridRow[] = [];
  const seg = text.slice(from, to);
  PIPE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIPE_LINE.exec(seg))) {
    const lineStart = from + m.index;
    const line = m[0];
    const first = line.indexOf('|');
    const last = line.lastIndexOf('|');
    const cells: GridCell[] = [];
    let pos = first + 1;
    while (pos <= last) {
      let next = line.indexOf('|', pos);
      if (next < 0 || next > last) next = last;
      if (next === pos - 1) break;
      const rawCell = line.slice(pos, next);
      const lead = rawCell.length - rawCell.trimStart().length;
      const t = rawCell.trim();
      const s = lineStart + pos + lead;
      cells.push({ text: t, compact: WS.test(t) ? t.replace(WS_RUNS, '') : t, start: s, end: s + t.length });
      if (next === last) break;
      pos = next + 1;
    }
    out.push({ cells, start: lineStart, end: lineStart + line.length, compact: cells.map((c) => c.compact).join('|') });
  }
  return out;
}

export function countPipeRows(text: string, from: number, to: number): number {
  return pipeRows(text, from, to).length;
}

/** Column signatures: for each column index, its header cells top to bottom (repeats merged). */
export function signatures(header: GridRow[]): string[] {
  const width = Math.max(0, ...header.map((r) => r.cells.length));
  const sigs: string[] = [];
  for (let i = 0; i < width; i++) {
    const parts: string[] = [];
    for (const r of header) {
      const c = r.cells[i]?.compact ?? '';
      if (c && parts[parts.length - 1] !== c) parts.push(c);
    }
    sigs.push(parts.join('/'));
  }
  return sigs;
}

export function cellTok(c: GridCell | undefined): Tok | null {
  if (!c) return null;
  return parseCellText(c.text, c.start);
}

export function isNumericCell(c: GridCell): boolean {
  const t = parseCellText(c.text, c.start);
  return t !== null && t.value !== null;
}

/**
 * The value of a logical column that spans several grid columns (colspan): the cells must agree.
 * Returns the first cell carrying the agreed reading, or a conflict.
 */
export function mergeSpanned(toks: Array<Tok | null>): { tok: Tok | null; conflict: number[] | null } {
  const nums = toks.filter((t): t is Tok => t !== null && t.value !== null);
  const distinct = [...new Set(nums.map((t) => t.value!))];
  if (distinct.length > 1) return { tok: null, conflict: distinct };
  if (nums.length) return { tok: nums[0]!, conflict: null };
  const marker = toks.find((t): t is Tok => t !== null);
  return { tok: marker ?? null, conflict: null };
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * The value cells of a data row whose columns the header does not name: the cells after its last
 * label cell (text that is not a number or a blank/dash marker), without trailing empty cells
 * (a table row ending in an empty cell is not one more column).
 */
export function valueCells(row: GridRow): GridCell[] {
  let labelEnd = -1;
  row.cells.forEach((c, i) => {
    if (CJK.test(c.compact) && parseCellText(c.text, c.start) === null) labelEnd = i;
  });
  const cells = row.cells.slice(labelEnd + 1);
  while (cells.length && cells[cells.length - 1]!.compact === '') cells.pop();
  return cells;
}

/**
 * Column readings (one column id per value cell) that the form's sums accept for a table:
 * a reading is kept when it satisfies every row that tells readings apart (a row some reading
 * satisfies and another does not) and at least one row with a non-zero figure. Rows no reading
 * satisfies are the report's own arithmetic and decide nothing.
 */
export function acceptedReadings(rows: Array<Array<number | null>>, readings: string[][], ok: (cols: string[], vals: Array<number | null>) => boolean): string[][] {
  return readings.filter((cols) => {
    const same = readings.filter((r) => r.length === cols.length);
    const rowsOfWidth = rows.filter((vals) => vals.length === cols.length);
    let support = false;
    for (const vals of rowsOfWidth) {
      const mine = ok(cols, vals);
      if (!mine && same.some((r) => ok(r, vals))) return false;
      if (mine && vals.some((v) => v !== null && v !== 0)) support = true;
    }
    return support;
  });
}
