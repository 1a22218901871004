// Table 4 (四、政府信息公开行政复议、行政诉讼情况): one data row of 15 cells,
// 行政复议 | 未经复议直接起诉 | 复议后起诉, each 结果维持 结果纠正 其他结果 尚未审结 总计.
// Printed cells are taken as printed (a report's own arithmetic errors stay visible to the
// checks); a fused run is split with the catalog's equations over the 15 cells (the three group
// totals, total = 维持+纠正+其他+尚未审结; decoder-constraints.ts).
import type { Extraction } from '../extraction.ts';
import { T4_COLS, T4_COL_ZH, T4_GROUPS, T4_GROUP_ZH, t4ColumnOf, t4GroupOf } from './labels.ts';
import type { Views } from './text.ts';
import { findBlocks, type Block } from './number-blocks.ts';
import { countTok, emitCell, runSpan, type Run, type Tok } from './cells.ts';
import { enumerateSplits, verdicts } from './fused-cells.ts';
import { equationsOver, holds, partialCheck, splitCheck } from '../decoder-constraints.ts';
import { isNumericCell, mergeSpanned, pipeRows, signatures, valueCells, type GridCell, type GridRow } from './grid.ts';
import type { Region } from './table3.ts';

const CELLS = T4_GROUPS.flatMap((g) => T4_COLS.map((c) => ({ g, c })));
const IDS = CELLS.map(({ g, c }) => `t4.${g}.${c}`);
const EQUATIONS = equationsOver(IDS);

function idOf(i: number): { id: string; row: string; col: string; label: string } {
  const { g, c } = CELLS[i]!;
  return { id: `t4.${g}.${c}`, row: g, col: c, label: `${T4_GROUP_ZH[g]} / ${T4_COL_ZH[c]}` };
}

function emitTok(ex: Extraction, i: number, tok: Tok | null): void {
  if (!tok) return;
  const { id, row, col, label } = idOf(i);
  if (tok.value === null) {
    const gap = tok.reason ?? 'blank';
    emitCell(ex, { id, value: null, gap, start: tok.start, end: tok.end, raw: tok.raw, label, flags: [], cell: { table: 't4', row, col }, ...(gap === 'unreadable' ? { note: `“${tok.raw}”不是数字` } : {}) });
  } else emitCell(ex, { id, value: tok.value, start: tok.start, end: tok.end, raw: tok.raw, label, flags: [], cell: { table: 't4', row, col } });
}

export function readTable4(text: string, v: Views, region: Region, ex: Extraction): void {
  const grid = pipeRows(text, region.from, region.to);
  if (grid.length >= 2) {
    readGrid4(text, region.from, grid, ex);
    return;
  }
  const blocks = findBlocks(v, region.from, region.to, []);
  if (!blocks.length) return;
  // Separated cells: collect blocks until 15 cells.
  const toks: Tok[] = [];
  for (const b of blocks) {
    if (!b.separated) break;
    toks.push(...b.toks);
    if (toks.length >= 15) break;
  }
  if (toks.length === 15) {
    toks.forEach((t, i) => emitTok(ex, i, t));
    return;
  }
  // Three fused runs, each after its group's label (三行 or three tables scraped to one line):
  // each run is that group's five cells.
  const labelled = groupedRuns(v, region.from, blocks);
  if (labelled) {
    for (const { gi, block } of labelled) {
      if (block.separated && block.toks.length === 5) block.toks.forEach((t, c) => emitTok(ex, gi * 5 + c, t));
      else decodeGroupRun(text, block.run, gi, ex);
    }
    return;
  }
  // A fused run (the first block).
  const run = blocks[0]!.run;
  const kinds = CELLS.map(() => 'int' as const);
  const res = enumerateSplits(run.chars, kinds, { check: splitCheck(EQUATIONS), limit: 5000 });
  let splits = res.splits;
  let note = `由数字串 ${run.chars} 按各组总计拆分`;
  let rules = EQUATIONS;
  if (!splits.length) {
    rules = [];
    // the digit count forces the split only when this run is the whole table
    const raw = blocks.length === 1 ? enumerateSplits(run.chars, kinds, { limit: 2 }) : { splits: [] };
    if (raw.splits.length === 1) {
      splits = raw.splits; // the digit count forces the split (15 digits)
      note = `数字串 ${run.chars} 只有一种切分（各组总计不成立）`;
    } else {
      ex.notes.push(`post2019: 表四数字串 ${run.chars} 无法按各组总计拆分`);
      return;
    }
  }
  const verdict = verdicts(splits.map((s) => s.values), 15);
  for (let i = 0; i < 15; i++) {
    const { id, row, col, label } = idOf(i);
    if (verdict[i]!.value !== null && !res.truncated) {
      const cutsAgree = splits.every((s) => s.cuts[i] === splits[0]!.cuts[i] && s.cuts[i + 1] === splits[0]!.cuts[i + 1]);
      const span = cutsAgree ? runSpan(text, run, splits[0]!.cuts[i]!, splits[0]!.cuts[i + 1]!) : runSpan(text, run, 0, run.chars.length);
      const decodedWith = rules.filter((e) => e.terms.some((t) => t.i === i)).map((e) => e.rule);
      emitCell(ex, { id, value: verdict[i]!.value, ...span, label, flags: ['decoded'], cell: { table: 't4', row, col }, note, decodedWith });
    } else {
      emitCell(ex, { id, value: null, gap: 'ambiguous', candidates: verdict[i]!.candidates, ...runSpan(text, run, 0, run.chars.length), label, flags: ['ambiguous'], cell: { table: 't4', row, col }, note: `数字串 ${run.chars} 有多种拆分` });
    }
  }
}

const GROUP_NAME = /复议后起诉|未经复议|直接起诉|行政复议/g;

/**
 * The runs of a table 4 printed group by group, when each of the first blocks comes right after
 * the name of a different group: [{group index, block}], else null.
 */
function groupedRuns(v: Views, from: number, blocks: Block[]): Array<{ gi: number; block: Block }> | null {
  const out: Array<{ gi: number; block: Block }> = [];
  let prev = from;
  for (const b of blocks.slice(0, 3)) {
    const names = v.work.slice(prev, b.start).replace(/\s+/g, '').match(GROUP_NAME);
    prev = b.end;
    const g = names ? t4GroupOf(names[names.length - 1]!) : null;
    const gi = g ? T4_GROUPS.indexOf(g as (typeof T4_GROUPS)[number]) : -1;
    if (gi < 0 || out.some((o) => o.gi === gi)) break;
    out.push({ gi, block: b });
  }
  return out.length >= 2 ? out : null;
}

/** One group's five cells from its run: only a split whose total holds; several → ambiguous. */
function decodeGroupRun(text: string, run: Run, gi: number, ex: Extraction): void {
  const eqs = equationsOver(IDS.slice(gi * 5, gi * 5 + 5));
  const res = enumerateSplits(run.chars, ['int', 'int', 'int', 'int', 'int'], { check: splitCheck(eqs), partial: partialCheck(eqs, 4), limit: 5000, lastIsMax: true });
  const verdict = verdicts(res.splits.map((s) => s.values), 5);
  const whole = runSpan(text, run, 0, run.chars.length);
  for (let c = 0; c < 5; c++) {
    const { id, row, col, label } = idOf(gi * 5 + c);
    const first = res.splits[0];
    if (first && verdict[c]!.value !== null && !res.truncated) {
      const cutsAgree = res.splits.every((s) => s.cuts[c] === first.cuts[c] && s.cuts[c + 1] === first.cuts[c + 1]);
      const span = cutsAgree ? runSpan(text, run, first.cuts[c]!, first.cuts[c + 1]!) : whole;
      const decodedWith = eqs.filter((e) => e.terms.some((t) => t.i === c)).map((e) => e.rule);
      emitCell(ex, { id, value: verdict[c]!.value, ...span, label, flags: ['decoded'], cell: { table: 't4', row, col }, note: `由数字串 ${run.chars} 按总计拆分`, decodedWith });
    } else {
      const note = res.splits.length ? `数字串 ${run.chars} 有多种拆分` : `数字串 ${run.chars} 无法按总计拆分`;
      emitCell(ex, { id, value: null, gap: 'ambiguous', candidates: verdict[c]!.candidates, ...whole, label, flags: ['ambiguous'], cell: { table: 't4', row, col }, note });
    }
  }
}

function readGrid4(text: string, from: number, grid: GridRow[], ex: Extraction): void {
  const firstData = grid.findIndex((r) => r.cells.some(isNumericCell));
  if (firstData < 0) return;
  const sigs = signatures(grid.slice(0, firstData));
  const row = grid[firstData]!;
  const map = sigs.map((s) => {
    const g = t4GroupOf(s);
    const c = t4ColumnOf(s.split('/').pop() ?? s);
    return g && c ? CELLS.findIndex((x) => x.g === g && x.c === c) : -1;
  });
  if (new Set(map.filter((i) => i >= 0)).size === 15 && row.cells.length >= sigs.length) {
    for (let i = 0; i < 15; i++) {
      const idx = map.map((m, k) => (m === i ? k : -1)).filter((k) => k >= 0);
      const { tok, conflict } = mergeSpanned(idx.map((k) => count(row.cells[k])));
      if (conflict) {
        const { id, row: r, col, label } = idOf(i);
        const c0 = row.cells[idx[0]!]!;
        emitCell(ex, { id, value: null, gap: 'ambiguous', candidates: conflict, start: c0.start, end: c0.end, raw: c0.text, label, flags: ['ambiguous'], cell: { table: 't4', row: r, col } });
      } else emitTok(ex, i, tok);
    }
    return;
  }
  readGroups(text, from, grid, ex);
}

function count(c: GridCell | undefined): Tok | null {
  return c ? countTok(c.text, c.start) : null;
}

/**
 * Table 4 printed as one row of 15 cells without a usable header, as three rows (one per group,
 * labelled), or as three 5-column tables under 行政复议 / 行政诉讼（未经复议直接起诉）/
 * 行政诉讼（复议后起诉） headings. A group's cells are given only when the group is named (row label
 * or heading) and its columns are named by a header row or confirmed by its total.
 */
function readGroups(text: string, from: number, grid: GridRow[], ex: Extraction): void {
  let heading: string | null = null;
  let header: Array<string | null> | null = null;
  let prevEnd = from;
  let order = 0;
  for (const row of grid) {
    const between = text.slice(prevEnd, row.start).split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
    prevEnd = row.end;
    if (between.length) {
      // text before a table: a new table starts; its heading names the group
      header = null;
      heading = t4GroupOf(between[between.length - 1]!.slice(0, 30));
    }
    const cells = valueCells(row);
    const numeric = cells.some(isNumericCell);
    if (!numeric) {
      const cols = row.cells.map((c) => t4ColumnOf(c.compact));
      if (cols.filter(Boolean).length >= 4) header = cols;
      continue;
    }
    if (cells.length === 15 && !header) {
      // one row of 15 cells in the form's order: accepted group by group on their totals
      T4_GROUPS.forEach((_, gi) => emitGroup(ex, gi, cells.slice(gi * 5, gi * 5 + 5), null, `表四第 ${order + 1} 行`));
      order++;
      continue;
    }
    const labels = row.cells.slice(0, row.cells.length - cells.length).map((c) => c.compact).join('');
    const g = t4GroupOf(labels) ?? (labels === '' ? heading : null);
    const gi = g ? T4_GROUPS.indexOf(g as (typeof T4_GROUPS)[number]) : -1;
    if (gi < 0) continue;
    const colsOf = header ? header.slice(row.cells.length - cells.length) : null;
    emitGroup(ex, gi, cells, colsOf, T4_GROUP_ZH[g!]!);
  }
}

function emitGroup(ex: Extraction, gi: number, cells: GridCell[], named: Array<string | null> | null, where: string): void {
  const toks = cells.map((c) => countTok(c.text, c.start));
  let cols: Array<string | null>;
  if (named && new Set(named.filter(Boolean)).size === 5 && named.length >= cells.length) cols = named.slice(0, cells.length);
  else if (cells.length === 5 && sumHolds(gi, toks)) cols = [...T4_COLS];
  else {
    for (let c = 0; c < 5; c++) {
      const { id, row, col, label } = idOf(gi * 5 + c);
      const first = cells[0];
      const last = cells[cells.length - 1];
      emitCell(ex, { id, value: null, gap: 'ambiguous', start: first?.start ?? 0, end: last?.end ?? 0, raw: cells.map((x) => x.text).join(' | '), label, flags: ['ambiguous'], cell: { table: 't4', row, col }, note: `${where}：${cells.length} 个单元格，表头未标明列且总计不成立` });
    }
    return;
  }
  cols.forEach((col, k) => {
    const c = col ? T4_COLS.indexOf(col as (typeof T4_COLS)[number]) : -1;
    if (c >= 0) emitTok(ex, gi * 5 + c, toks[k]!);
  });
}

/** The group's five cells, in the form's order, satisfy the catalog's equations over them (结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计). */
function sumHolds(gi: number, toks: Tok[]): boolean {
  const v = toks.map((t) => t.value);
  if (v.some((x) => x === null)) return false;
  const eqs = equationsOver(IDS.slice(gi * 5, gi * 5 + 5));
  return eqs.length > 0 && eqs.every((e) => holds(e, v));
}
