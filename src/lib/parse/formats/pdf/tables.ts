// Table grids from a page's ruling lines. Column and row boundaries are the x of the vertical
// rules and the y of the horizontal rules (clustered); two neighbouring grid cells belong to one
// merged cell when no rule separates them. Every text item inside a cell joins that cell's text,
// so a label that wraps over several lines inside its cell stays one label.
import type { Item, Segment } from './load.ts';

export interface Cell {
  text: string;
  /** grid position and span */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: [number, number, number, number];
}

export interface Table {
  page: number;
  xs: number[];
  ys: number[];
  /** grid[r][c] = the cell covering grid position (r, c) */
  grid: Cell[][];
  box: [number, number, number, number];
  /** indexes of the page items inside the table */
  used: Set<number>;
}

const TOL = 2;

function cluster(values: number[]): number[] {
  const v = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of v) {
    const last = out[out.length - 1];
    if (last && x - last[last.length - 1]! <= TOL) last.push(x);
    else out.push([x]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

/** Collinear pieces joined: Word draws each cell border as its own short segment. */
function mergeSegments(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  for (const s of sorted) {
    const m = out.find((o) => Math.abs(o.at - s.at) <= 1 && s.a <= o.b + TOL && s.b >= o.a - TOL);
    if (m) {
      m.a = Math.min(m.a, s.a);
      m.b = Math.max(m.b, s.b);
    } else out.push({ ...s });
  }
  return out;
}

/** Groups of segments that touch each other: one group per drawn table. */
function components(h: Segment[], v: Segment[]): Array<{ h: Segment[]; v: Segment[] }> {
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: Segment, b: Segment): boolean => b.at >= a.a - TOL && b.at <= a.b + TOL && a.at >= b.a - TOL && a.at <= b.b + TOL;
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++) if (touch(h[i]!, v[j]!)) parent[find(i)] = find(h.length + j);
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < n; i++) {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    if (i < h.length) g.h.push(h[i]!);
    else g.v.push(v[i - h.length]!);
    groups.set(find(i), g);
  }
  return [...groups.values()];
}

const covers = (segs: Segment[], at: number, a: number, b: number): boolean => {
  const mid = (a + b) / 2;
  return segs.some((s) => Math.abs(s.at - at) <= TOL && s.a <= mid + TOL / 2 && s.b >= mid - TOL / 2 && s.a <= a + (b - a) * 0.25 + TOL && s.b >= b - (b - a) * 0.25 - TOL);
};

/** Justified text: spaces between two CJK characters or punctuation are layout, not text. */
export const CJK_SPACE = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])/g;

const ascii = /[A-Za-z0-9.,%)）]$/;
const asciiStart = /^[A-Za-z0-9(（]/;

/** Text of the items in one cell: lines top to bottom, items left to right, wrapped lines joined. */
export function cellText(items: Item[]): string {
  const sorted = [...items].sort((p, q) => p.top - q.top || p.x0 - q.x0);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[0];
    if (last && ref && Math.abs((it.top + it.bottom) / 2 - (ref.top + ref.bottom) / 2) < Math.min(it.size, ref.size) * 0.5) last.push(it);
    else lines.push([it]);
  }
  const joinParts = (parts: string[]): string =>
    parts.reduce((s, p) => (s && ascii.test(s) && asciiStart.test(p) ? `${s} ${p}` : s + p), '');
  return joinParts(
    lines.map((l) => {
      l.sort((p, q) => p.x0 - q.x0);
      let s = '';
      let prev: Item | null = null;
      for (const it of l) {
        const t = it.str.trim();
        if (prev && it.x0 - prev.x1 > it.size * 0.6 && ascii.test(s) && asciiStart.test(t)) s += ' ';
        s += t;
        prev = it;
      }
      return s;
    }),
  ).replace(/\s+/g, ' ').replace(CJK_SPACE, '').replace(/\|/g, '/');
}

/**
 * A table cut by a page break is often drawn without its top (or bottom) border on the page
 * where it continues: the column rules then run past the first horizontal rule. Close it there.
 */
function closeOpenEdges(g: { h: Segment[]; v: Segment[] }): void {
  const hTop = Math.min(...g.h.map((s) => s.at));
  const hBottom = Math.max(...g.h.map((s) => s.at));
  const vTop = Math.min(...g.v.map((s) => s.a));
  const vBottom = Math.max(...g.v.map((s) => s.b));
  const left = Math.min(...g.v.map((s) => s.at));
  const right = Math.max(...g.v.map((s) => s.at));
  if (vTop < hTop - 3) g.h.push({ at: vTop, a: left, b: right });
  if (vBottom > hBottom + 3) g.h.push({ at: vBottom, a: left, b: right });
}

/** An item that runs over a column rule (one text run across two cells) is cut there, in proportion to its characters. */
function splitAtRules(items: Item[], xs: number[], top: number, bottom: number): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const cy = (it.top + it.bottom) / 2;
    const inside = xs.filter((x) => x > it.x0 + it.size * 0.3 && x < it.x1 - it.size * 0.3);
    if (!inside.length || cy < top || cy > bottom || it.str.length < 2) {
      out.push(it);
      continue;
    }
    const chars = [...it.str];
    const weight = (c: string): number => (/[\u0000-\u00ff]/.test(c) ? 0.5 : 1);
    const total = chars.reduce((s, c) => s + weight(c), 0);
    const per = (it.x1 - it.x0) / total;
    let x = it.x0;
    let cur = '';
    let curX = x;
    let k = 0;
    for (const c of chars) {
      const w = weight(c) * per;
      if (k < inside.length && x + w / 2 > inside[k]!) {
        if (cur) out.push({ ...it, str: cur, x0: curX, x1: x });
        cur = '';
        curX = x;
        while (k < inside.length && x + w / 2 > inside[k]!) k++;
      }
      cur += c;
      x += w;
    }
    if (cur) out.push({ ...it, str: cur, x0: curX, x1: it.x1 });
  }
  return out;
}

export function findTables(page: number, items: Item[], horizontal: Segment[], vertical: Segment[]): Table[] {
  const h = mergeSegments(horizontal);
  const v = mergeSegments(vertical);
  const tables: Table[] = [];
  for (const g of components(h, v)) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    closeOpenEdges(g);
    const xs = cluster(g.v.map((s) => s.at));
    const ys = cluster(g.h.map((s) => s.at));
    if (xs.length < 2 || ys.length < 2) continue;
    const R = ys.length - 1;
    const C = xs.length - 1;
    // union-find over grid positions: merge across a missing rule
    const id = (r: number, c: number): number => r * C + c;
    const parent = Array.from({ length: R * C }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && !covers(g.v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c + 1))] = find(id(r, c));
        if (r + 1 < R && !covers(g.h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r + 1, c))] = find(id(r, c));
      }
    const groups = new Map<number, Array<[number, number]>>();
    for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) {
      const k = find(id(r, c));
      const list = groups.get(k) ?? [];
      list.push([r, c]);
      groups.set(k, list);
    }
    const grid: Cell[][] = Array.from({ length: R }, () => new Array<Cell>(C));
    const cells: Cell[] = [];
    for (const list of groups.values()) {
      const r0 = Math.min(...list.map((p) => p[0]));
      const r1 = Math.max(...list.map((p) => p[0]));
      const c0 = Math.min(...list.map((p) => p[1]));
      const c1 = Math.max(...list.map((p) => p[1]));
      const cell: Cell = { text: '', row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1, box: [xs[c0]!, ys[r0]!, xs[c1 + 1]!, ys[r1 + 1]!] };
      cells.push(cell);
      for (const [r, c] of list) grid[r]![c] = cell;
    }
    const box: [number, number, number, number] = [xs[0]!, ys[0]!, xs[C]!, ys[R]!];
    const used = new Set<number>();
    const inCell = new Map<Cell, Item[]>();
    items.forEach((whole, i) => {
      for (const it of splitAtRules([whole], xs, box[1], box[3])) {
        const cx = (it.x0 + Math.min(it.x1, it.x0 + it.size * Math.max(1, it.str.length))) / 2;
        const cy = (it.top + it.bottom) / 2;
        if (cx < box[0] || cx > box[2] || cy < box[1] || cy > box[3]) continue;
        const c = xs.findIndex((x, k) => k < C && cx >= x && cx <= xs[k + 1]!);
        const r = ys.findIndex((y, k) => k < R && cy >= y && cy <= ys[k + 1]!);
        if (c < 0 || r < 0) continue;
        used.add(i);
        const cell = grid[r]![c]!;
        const list = inCell.get(cell) ?? [];
        list.push(it);
        inCell.set(cell, list);
      }
    });
    for (const [cell, list] of inCell) cell.text = cellText(list);
    // a lone box (a framed paragraph, a text box) is not a table
    if (R * C < 2) continue;
    tables.push({ page, xs, ys, grid, box, used });
  }
  return tables.sort((p, q) => p.box[1] - q.box[1]);
}
