// Tokenisers for the pipe layouts: a table region → a flat list of cells → rows (label, unit, value cells).
import type { Layout } from './locate.ts';
import { isUnit, isValueCell, type Cell } from './values.ts';

export interface Row {
  /** The printed label (may span lines). */
  label: string;
  start: number;
  end: number;
  unit: string | null;
  cells: StreamCell[];
}

export interface StreamCell extends Cell {
  /** Digits glued to the label or to other cells with no separator (stream layout only). */
  fused?: boolean;
  /** The next row's number was cut off the end of this cell's digits ("60722." → 6072 | 2.). */
  cut?: boolean;
}

/** Cells of a pipe-layout region, in reading order. */
export function pipeCells(text: string, start: number, end: number, layout: Exclude<Layout, 'stream'>): Cell[] {
  const cells: Cell[] = [];
  if (layout === 'pipe-rows') {
    let pos = start;
    for (const line of text.slice(start, end).split('\n')) {
      const t = line.trim();
      if (t.startsWith('|')) {
        const first = pos + line.indexOf('|');
        const last = pos + line.lastIndexOf('|');
        splitOnBars(text, first + 1, last > first ? last : pos + line.length, cells);
      }
      pos += line.length + 1;
    }
    return cells;
  }
  // pipe-lines and cell-pipe: every | ends a cell; text between bars (over several lines) is one cell.
  splitOnBars(text, start, end, cells, true);
  return cells;
}

function splitOnBars(text: string, start: number, end: number, out: Cell[], dropTail = false): void {
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '|') {
      if (i === end && dropTail) {
        // text after the last bar (footer or next paragraph) is not a cell unless it is a lone value
        const raw = text.slice(cellStart, end);
        if (raw.trim() !== '' && isValueCell(raw.trim()) && raw.trim().length < 12) out.push(trimmed(text, cellStart, end));
        break;
      }
      out.push(trimmed(text, cellStart, i));
      cellStart = i + 1;
    }
  }
}

function trimmed(text: string, s: number, e: number): Cell {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { raw: text.slice(s, e), start: s, end: e };
}

function isLabelCell(raw: string): boolean {
  return /[\u4e00-\u9fff]/.test(raw) && !isUnit(raw) && !isValueCell(raw);
}

function isUnitCell(raw: string): boolean {
  return isUnit(raw) || /^[—\-－–─]{2,}$/.test(raw.replace(/\s+/g, '')) || raw.trim() === '';
}

/** Group a flat cell list into rows: a row starts at a label cell; then an optional unit cell, then values. */
export function assembleRows(cells: Cell[], ncol: number): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < cells.length) {
    const c = cells[i]!;
    if (!isLabelCell(c.raw)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cells.length && !isLabelCell(cells[j]!.raw)) j++;
    const rest = cells.slice(i + 1, j);
    let unit: string | null = null;
    let values = rest;
    if (rest.length > ncol || (rest.length > 0 && isUnit(rest[0]!.raw))) {
      if (isUnitCell(rest[0]!.raw)) {
        unit = isUnit(rest[0]!.raw) ? rest[0]!.raw.replace(/\s+/g, '') : null;
        values = rest.slice(1);
      }
    }
    rows.push({ label: c.raw, start: c.start, end: c.end, unit, cells: values });
    i = j;
  }
  return rows;
}
