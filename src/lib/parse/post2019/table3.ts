// Table 3 (三、收到和处理政府信息公开申请情况): rows 本年新收 … 结转下年度继续办理 × applicant columns.
// Row labels are found in the text; values come from pipe rows (grid) or from running text
// (row by row, column by column, or fused). Fused rows are decoded jointly over the table with
// the catalog's equations (decoder-constraints.ts): row total = Σ applicant columns; per column
// 新收 + 上年结转 = 总计 + 结转; 总计 = Σ result rows.
import type { Extraction } from '../extraction.ts';
import type { Flag } from '../../types.ts';
import { T3_COL_ZH, T3_OTHER_SUBROWS, T3_ROWS, mayMatch, t3ColumnOf } from './labels.ts';
import { findIn, toCompact, type Views } from './text.ts';
import { assignBlocks, findBlocks, type LabelHit } from './number-blocks.ts';
import { countTok, emitCell, runSpan, type RowRead, type Tok } from './cells.ts';
import { enumerateSplits, hasSolution, solve, verdicts, type LinearConstraint, type Split, type Variable } from './fused-cells.ts';
import { linearEquations } from '../../validate/linear.ts';
import { partialCheck, splitCheck, t3RowConsistent, t3RowEquations, t3SharedRowEquations, t3TableEquations } from '../decoder-constraints.ts';
import { acceptedReadings, cellTok, isNumericCell, mergeSpanned, pipeRows, signatures, valueCells, type GridCell, type GridRow } from './grid.ts';

const COLS7 = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const COLS8 = [
  ['natural', 'org', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'],
  ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'org', 'total'],
];

export interface Region {
  from: number;
  to: number;
}

/** Data-row labels of table 3 in the region, in text order. */
export function findT3Labels(v: Views, region: Region): Array<{ rowId: string; start: number; end: number; match: string }> {
  const cFrom = toCompact(v, region.from);
  const cTo = toCompact(v, region.to);
  const hits: Array<{ rowId: string; start: number; end: number; match: string; cs: number; ce: number }> = [];
  const taken = (cs: number, ce: number): boolean => hits.some((h) => cs < h.ce && ce > h.cs);
  for (const def of T3_ROWS) {
    let from = cFrom;
    if (def.id === 'other.misc') {
      const anchor = hits.find((h) => h.rowId === 'other.unpaid_fee') ?? hits.find((h) => h.rowId === 'other');
      if (!anchor) continue;
      from = anchor.ce;
    }
    let h = findIn(v, def.re, from, cTo);
    while (h && taken(h.cs, h.ce)) h = findIn(v, def.re, h.ce, cTo);
    if (h) hits.push({ rowId: def.id, start: h.start, end: h.end, match: h.match, cs: h.cs, ce: h.ce });
  }
  const hasSub = hits.some((h) => T3_OTHER_SUBROWS.includes(h.rowId));
  return hits
    .filter((h) => (hasSub ? h.rowId !== 'other' : !T3_OTHER_SUBROWS.includes(h.rowId)))
    .sort((a, b) => a.start - b.start)
    .map(({ rowId, start, end, match }) => ({ rowId, start, end, match }));
}

/** One table-3 row as read: per column either a printed token, or the candidate readings of a fused run. */
interface Row3 {
  read: RowRead;
  /** candidate readings (fused) – each a full row of values in `cols` order */
  cands?: Split[];
  /** the readings were cut from a fused run */
  decoded: boolean;
  /** run could not be decoded into a row satisfying the row total */
  rowFails?: boolean;
  /** catalog rules the readings were chosen by */
  rules?: string[];
}

/** A reading of a row satisfies the within-row equations of the catalog (row total, 法人或其他组织). */
function rowOk(cols: string[], vals: Array<number | null>): boolean {
  return t3RowConsistent(cols, vals);
}

/** The catalog's equations across rows (per column 新收 + 上年结转 = 总计 + 结转, 总计 = Σ results) for the solver. */
function constraints(cols: string[]): LinearConstraint[] {
  return t3TableEquations(cols).map((e) => ({ name: e.rule, terms: e.terms.map((t) => ({ key: t.row, col: t.col, coef: t.coef })) }));
}

export function readTable3(text: string, v: Views, region: Region, ex: Extraction): void {
  const labels = findT3Labels(v, region);
  if (!labels.length) return;
  const grid = pipeRows(text, region.from, region.to);
  if (grid.length >= 3) {
    readGrid3(grid, ex);
    return;
  }
  const blocks = findBlocks(v, region.from, region.to, labels);
  // 7 columns, or 8 when the report prints a 法人或其他组织 subtotal: keep the reading under
  // which most rows are consistent with their row total.
  let chosen: { rows: RowRead[]; cols: string[]; notes: string[]; score: number } | null = null;
  for (const cols of [COLS7, ...COLS8]) {
    const hits: LabelHit[] = labels.map((l) => ({ ...l, ncols: cols.length }));
    const res = assignBlocks(hits, blocks, {
      plausible: (rows) => rows.every((r) => rowOk(cols, r)),
      // pdfminer may emit 总计 before 其他 (hz-qu-*)
      permutations: cols.length === 7 ? [[0, 1, 2, 3, 4, 6, 5]] : [],
    });
    // every row printed as separate cells that add up: this reading is the table's (and the
    // other column counts need not be tried as fused runs, which is costly)
    if (res.rows.length === labels.length && res.rows.every((r) => r.cells && consistent(cols, r))) {
      chosen = { rows: res.rows, cols, notes: res.notes, score: res.rows.length };
      break;
    }
    const score = res.rows.filter((r) => consistent(cols, r)).length;
    if (!chosen || score > chosen.score) chosen = { rows: res.rows, cols, notes: res.notes, score };
  }
  if (!chosen || chosen.score === 0) return;
  ex.notes.push(...chosen.notes);
  decideAndEmit(text, chosen.rows, chosen.cols, ex);
}

/** A row read as printed cells that satisfy its row total, or a run that can be split so. */
function consistent(cols: string[], r: RowRead): boolean {
  if (r.cells) return r.cells.some((t) => t?.value !== null) && rowOk(cols, r.cells.map((t) => t?.value ?? null));
  const n = cols.length;
  const eqs = t3SharedRowEquations(cols);
  return enumerateSplits(r.run!.chars, cols.map(() => 'int' as const), { check: splitCheck(eqs), partial: partialCheck(eqs, n - 1), limit: 1, lastIsMax: true }).splits.length > 0;
}

function decideAndEmit(text: string, reads: RowRead[], cols: string[], ex: Extraction): void {
  const n = cols.length;
  const kinds = cols.map(() => 'int' as const);
  const rows: Row3[] = [];
  const seen = new Set<string>();
  for (const read of reads) {
    if (seen.has(read.rowId)) continue;
    seen.add(read.rowId);
    if (read.cells) {
      rows.push({ read, decoded: false });
      continue;
    }
    const run = read.run!;
    const rowEqs = t3RowEquations(read.rowId, cols);
    const checked = enumerateSplits(run.chars, kinds, { check: splitCheck(rowEqs), partial: partialCheck(rowEqs, n - 1), lastIsMax: true });
    if (checked.splits.length && !checked.truncated) {
      rows.push({ read, cands: checked.splits, decoded: true, rules: rowEqs.map((e) => e.rule) });
      continue;
    }
    const raw = enumerateSplits(run.chars, kinds, { limit: 500 });
    rows.push({ read, cands: raw.splits, decoded: true, rowFails: true });
    if (raw.splits.length === 0) ex.notes.push(`post2019: 表三“${read.label}”的数字串 ${run.chars} 无法切分为 ${n} 格`);
  }

  const rowIds = new Set(rows.map((r) => r.read.rowId));
  const needSearch = rows.some((r) => r.cands && r.cands.length > 1);
  const chosen = new Map<string, Split[]>(); // rowId → readings that survive
  for (const r of rows) if (r.cands) chosen.set(r.read.rowId, r.cands);
  let searchNote: string | null = null;
  if (needSearch) {
    const vars: Variable[] = rows.map((r) => ({
      key: r.read.rowId,
      candidates: r.cands ? r.cands.map((c) => c.values) : [r.read.cells!.map((t) => t?.value ?? null)],
    }));
    const table = constraints(cols).filter((c) => c.terms.every((t) => rowIds.has(t.key)));
    // when no joint reading exists, proving it is much cheaper than solve() walking to its node cap
    // (no solution, truncated or not, takes the same branch below); a small search is cheaper still
    const space = vars.reduce((p, v) => Math.min(p * Math.max(1, v.candidates.length), 1e9), 1);
    const res = space > 1000 && hasSolution(vars, table) === false ? { solutions: [], truncated: false } : solve(vars, table);
    if (res.solutions.length && !res.truncated) {
      rows.forEach((r, vi) => {
        if (!r.cands) return;
        const used = [...new Set(res.solutions.map((s) => s[vi]!))];
        chosen.set(r.read.rowId, used.map((j) => r.cands![j]!));
        if (r.rules) r.rules.push(...table.filter((c) => c.terms.some((t) => t.key === r.read.rowId)).map((c) => c.name));
      });
    } else if (!res.solutions.length) {
      searchNote = '表三拆分：没有同时满足列勾稽关系的读法，只保留行内唯一读法';
      ex.notes.push(`post2019: ${searchNote}`);
    } else {
      searchNote = '表三拆分：可能读法过多';
      ex.notes.push(`post2019: ${searchNote}`);
    }
  }

  for (const r of rows) {
    const rowId = r.read.rowId;
    if (r.read.cells) {
      r.read.cells.forEach((tok, c) => emitTok(ex, rowId, cols[c]!, tok, r.read.label, []));
      continue;
    }
    const cands = chosen.get(rowId)!;
    const run = r.read.run!;
    if (!cands.length) {
      const span = runSpan(text, run, 0, run.chars.length);
      for (const col of cols) {
        if (col === 'org') continue;
        emitCell(ex, { id: `t3.${rowId}.${col}`, value: null, gap: 'ambiguous', ...span, label: `${r.read.label} / ${T3_COL_ZH[col]}`, flags: ['ambiguous'], cell: { table: 't3', row: rowId, col }, note: '数字串无法切分' });
      }
      continue;
    }
    const unique = cands.length === 1 && !r.rowFails;
    const verdict = verdicts(cands.map((c) => c.values), n);
    cols.forEach((col, c) => {
      if (col === 'org') return;
      const id = `t3.${rowId}.${col}`;
      const label = `${r.read.label} / ${T3_COL_ZH[col]}`;
      const flags: Flag[] = ['decoded'];
      if (!r.rowFails && (unique || verdict[c]!.value !== null)) {
        // all surviving readings agree on this cell; its span is the same only if the cut is the same
        const cutsAgree = cands.every((s) => s.cuts[c] === cands[0]!.cuts[c] && s.cuts[c + 1] === cands[0]!.cuts[c + 1]);
        const span = cutsAgree ? runSpan(text, run, cands[0]!.cuts[c]!, cands[0]!.cuts[c + 1]!) : runSpan(text, run, 0, run.chars.length);
        const decodedWith = (r.rules ?? []).filter((rule) => ruleTouches(rule, `t3.${rowId}.${col}`));
        emitCell(ex, { id, value: verdict[c]!.value ?? cands[0]!.values[c]!, ...span, label, flags, cell: { table: 't3', row: rowId, col }, note: `由数字串 ${run.chars} 按勾稽关系拆分`, decodedWith });
      } else {
        const span = runSpan(text, run, 0, run.chars.length);
        emitCell(ex, { id, value: null, gap: 'ambiguous', candidates: verdict[c]!.candidates, ...span, label, flags: ['ambiguous'], cell: { table: 't3', row: rowId, col }, note: r.rowFails ? `数字串 ${run.chars} 没有满足行合计的拆分` : `数字串 ${run.chars} 有多种拆分${searchNote ? '；' + searchNote : ''}` });
      }
    });
  }
}

let touches: Map<string, Set<string>> | null = null;

/** Whether a catalog rule mentions the id (each rule's ids are listed once per process). */
function ruleTouches(rule: string, id: string): boolean {
  if (!touches) {
    touches = new Map();
    for (const e of linearEquations()) {
      const ids = touches.get(e.rule) ?? new Set<string>();
      for (const t of e.terms) ids.add(t.id);
      touches.set(e.rule, ids);
    }
  }
  return touches.get(rule)?.has(id) ?? false;
}

function emitTok(ex: Extraction, rowId: string, col: string, tok: Tok | null, label: string, flags: Flag[]): void {
  if (col === 'org' || !tok) return;
  const id = `t3.${rowId}.${col}`;
  const l = `${label} / ${T3_COL_ZH[col]}`;
  if (tok.value === null) {
    const gap = tok.reason ?? 'blank';
    const note = gap === 'unreadable' ? `“${tok.raw}”不是数字` : undefined;
    emitCell(ex, { id, value: null, gap, start: tok.start, end: tok.end, raw: tok.raw, label: l, flags, cell: { table: 't3', row: rowId, col }, ...(note ? { note } : {}) });
    return;
  }
  emitCell(ex, { id, value: tok.value, start: tok.start, end: tok.end, raw: tok.raw, label: l, flags, cell: { table: 't3', row: rowId, col } });
}

// ------------------------------------------------------------------ pipe rows

/** The row definitions a cell of ASCII characters only can match (no stem list, or an ASCII stem): most grid cells are figures. */
let asciiDefs: typeof T3_ROWS | null = null;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function rowDefFor(cells: string[], allowed: Set<string>): { id: string; match: string } | null {
  asciiDefs ??= T3_ROWS.filter((d) => !d.needles || d.needles.some(isAscii));
  for (let i = cells.length - 1; i >= 0; i--) {
    let best: { id: string; match: string; at: number } | null = null;
    for (const def of isAscii(cells[i]!) ? asciiDefs : T3_ROWS) {
      if (!allowed.has(def.id) || !mayMatch(def, cells[i]!)) continue;
      const m = def.re.exec(cells[i]!);
      if (m && (!best || m.index > best.at || (m.index === best.at && T3_OTHER_SUBROWS.includes(def.id)))) best = { id: def.id, match: m[0], at: m.index };
    }
    if (best) return { id: best.id, match: best.match };
  }
  return null;
}

function readGrid3(grid: GridRow[], ex: Extraction): void {
  // header rows: until the first row with a number
  const firstData = grid.findIndex((r) => r.cells.some(isNumericCell));
  if (firstData < 0) return;
  const sigs = signatures(grid.slice(0, firstData));
  const colOf = sigs.map((s) => t3ColumnOf(s));
  const mapped = new Set(colOf.filter(Boolean));
  const byHeader = ['natural', 'total'].every((c) => mapped.has(c)) && mapped.size >= 6;
  const text = grid.map((r) => r.compact).join('\n');
  const hasSub = /逾期不补正|未按收费通知/.test(text);
  const allowed = new Set(T3_ROWS.map((d) => d.id).filter((id) => (hasSub ? id !== 'other' : !T3_OTHER_SUBROWS.includes(id))));
  const unnamed: Array<{ def: { id: string; match: string }; cells: GridCell[] }> = [];
  for (const row of grid.slice(firstData)) {
    const labelCells = row.cells.filter((_, i) => !byHeader || !colOf[i]).map((c) => c.compact);
    const def = rowDefFor(labelCells, allowed);
    if (!def) continue;
    // without a header naming the columns, or a row shorter than its header: the sums decide
    if (!byHeader || row.cells.length < sigs.length) {
      unnamed.push({ def, cells: valueCells(row) });
      continue;
    }
    for (const col of COLS7) {
      const idx = colOf.map((c, i) => (c === col ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const { tok, conflict } = mergeSpanned(idx.map((i) => (row.cells[i] ? countTok(row.cells[i]!.text, row.cells[i]!.start) : null)));
      if (conflict) {
        const c0 = row.cells[idx[0]!]!;
        emitCell(ex, { id: `t3.${def.id}.${col}`, value: null, gap: 'ambiguous', candidates: conflict, start: c0.start, end: c0.end, raw: c0.text, label: `${def.match} / ${T3_COL_ZH[col]}`, flags: ['ambiguous'], cell: { table: 't3', row: def.id, col } });
        continue;
      }
      emitTok(ex, def.id, col, tok, def.match, []);
    }
  }
  if (unnamed.length) readBySums(unnamed, ex);
}

/**
 * Rows whose columns no header names: 7 cells (form order) or 8 (with a 法人或其他组织 subtotal
 * before or after the organisation columns). A reading is used only when the rows' sums accept
 * it; a cell on which the accepted readings disagree, or of a row no reading fits, is a gap.
 */
function readBySums(rows: Array<{ def: { id: string; match: string }; cells: GridCell[] }>, ex: Extraction): void {
  const readings = [COLS7, ...COLS8];
  const toks = rows.map((r) => r.cells.map((c) => countTok(c.text, c.start)));
  const accepted = acceptedReadings(toks.map((ts) => ts.map((t) => t.value)), readings, rowOk);
  rows.forEach((r, ri) => {
    const mine = accepted.filter((cols) => cols.length === r.cells.length);
    for (const col of COLS7) {
      const id = `t3.${r.def.id}.${col}`;
      const label = `${r.def.match} / ${T3_COL_ZH[col]}`;
      const cell = { table: 't3', row: r.def.id, col };
      const at = [...new Set(mine.map((cols) => cols.indexOf(col)))];
      if (at.length === 1) {
        emitTok(ex, r.def.id, col, toks[ri]![at[0]!]!, r.def.match, []);
        continue;
      }
      const first = r.cells[0];
      const last = r.cells[r.cells.length - 1];
      const span = first && last ? { start: first.start, end: last.end, raw: r.cells.map((c) => c.text).join(' | ') } : { start: 0, end: 0, raw: '' };
      const candidates = [...new Set(at.map((i) => toks[ri]![i]!.value).filter((v): v is number => v !== null))];
      if (candidates.length === 1 && at.every((i) => toks[ri]![i]!.value !== null)) {
        emitTok(ex, r.def.id, col, toks[ri]![at[0]!]!, r.def.match, []);
        continue;
      }
      const note = mine.length ? '表头未标明列，多种列读法都符合合计' : `表头未标明列，${r.cells.length} 个单元格没有符合合计的列读法`;
      emitCell(ex, { id, value: null, gap: 'ambiguous', candidates, ...span, label, flags: ['ambiguous'], cell, note });
    }
  });
}
