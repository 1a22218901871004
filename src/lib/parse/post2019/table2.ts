// Table 2 (二、主动公开政府信息情况): blocks 第二十条第(一)(五)(六)(八)(九)项.
// The column set of each row depends on the form actually printed (2019 trial: 本年新制作/…,
// 上一年项目数量/本年增减/处理决定数量, 第(九)项; 2021: 本年制发/本年废止/现行有效, 本年收费金额),
// decided from the headers in the table, so a report mixing the two is read as printed.
// Fused runs have no sum constraint here: a cell gets a value only if every split agrees.
import type { Extraction } from '../extraction.ts';
import type { Flag } from '../../types.ts';
import { T2_COLS, T2_ROWS, type T2RowDef } from './labels.ts';
import { findIn, toCompact, type Views } from './text.ts';
import { assignBlocks, findBlocks, type LabelHit } from './number-blocks.ts';
import { emitCell, runSpan, yuanToWan, type Tok, type Unit } from './cells.ts';
import { enumerateSplits, verdicts } from './fused-cells.ts';
import { cellTok, mergeSpanned, pipeRows } from './grid.ts';
import type { Region } from './table3.ts';

/** Column keys (into T2_COLS) of a row, from the headers printed in the table. */
export function columnsFor(def: T2RowDef, regionCompact: string): string[] | null {
  const has2021 = (re: RegExp): boolean => re.test(regionCompact);
  switch (def.id) {
    case 'regulations':
    case 'normative':
      if (has2021(/本年制发|本年制定|本年废止|现行有效/)) return def.cols2021;
      if (has2021(/新制作|新公开|对外公开总数/)) return def.cols2019;
      return null;
    case 'licensing':
    case 'penalty':
    case 'coercion':
    case 'other_services':
      if (has2021(/上一年项目数|增[/／、]?减/)) return def.cols2019;
      return ['decisions'];
    case 'fees':
      if (has2021(/收费金额/)) return def.cols2021;
      if (has2021(/上一年项目数/)) return def.cols2019;
      return null;
    case 'procurement':
      return def.cols2019;
    default:
      return null;
  }
}

function idFor(def: T2RowDef, colKey: string): string {
  return `t2.${def.id}.${T2_COLS[colKey]!.id}`;
}

/** 采购总金额 printed in 元 → 万元; other amounts are taken as printed. */
function convert(colKey: string, value: number, unit: Unit | undefined): { value: number; flags: Flag[]; note?: string } {
  if (colKey === 'proc_amount' && unit === '元') return { value: yuanToWan(value), flags: ['unit-converted'], note: `${value}元 = ${yuanToWan(value)}万元` };
  return { value, flags: [] };
}

function emitTok(ex: Extraction, def: T2RowDef, colKey: string, tok: Tok | null, label: string, unitHint?: Unit): void {
  if (!tok) return;
  const id = idFor(def, colKey);
  const l = `${label} / ${T2_COLS[colKey]!.zh}`;
  const cell = { table: 't2', row: def.id, col: T2_COLS[colKey]!.id };
  if (tok.value === null) {
    emitCell(ex, { id, value: null, gap: tok.reason ?? 'blank', start: tok.start, end: tok.end, raw: tok.raw, label: l, flags: [], cell });
    return;
  }
  if (T2_COLS[colKey]!.kind !== 'decimal' && !Number.isInteger(tok.value)) return;
  if (T2_COLS[colKey]!.kind === 'int' && tok.value < 0) return;
  const c = convert(colKey, tok.value, tok.unit ?? unitHint);
  emitCell(ex, { id, value: c.value, start: tok.start, end: tok.end, raw: tok.raw, label: l, flags: c.flags, cell, ...(c.note ? { note: c.note } : {}) });
}

export function readTable2(text: string, v: Views, region: Region, ex: Extraction): void {
  const cFrom = toCompact(v, region.from);
  const cTo = toCompact(v, region.to);
  const regionCompact = v.compact.slice(cFrom, cTo);
  const grid = pipeRows(text, region.from, region.to);
  if (grid.length >= 3) {
    readGrid2(grid, regionCompact, ex);
    return;
  }
  const hits: Array<LabelHit & { def: T2RowDef; cols: string[] }> = [];
  for (const def of T2_ROWS) {
    const cols = columnsFor(def, regionCompact);
    if (!cols) continue;
    let h = findIn(v, def.re, cFrom, cTo);
    // 规范性文件 must not be the tail of another label
    while (h && hits.some((x) => h!.start < x.end && h!.end > x.start)) h = findIn(v, def.re, h.ce, cTo);
    if (!h) continue;
    hits.push({ rowId: def.id, ncols: cols.length, start: h.start, end: h.end, match: h.match, def, cols });
  }
  hits.sort((a, b) => a.start - b.start);
  // explanatory notes inside headers ("上一年项目数量(指2019年事项数)", "本年增/减(…如-8)") are not cells
  const notesInHeaders = [...v.work.slice(region.from, region.to).matchAll(/[(（][^()（）\n]{0,60}?(?:指|如|用负值|单位)[^()（）\n]{0,60}?[)）]/g)].map((m) => ({
    start: region.from + m.index,
    end: region.from + m.index + m[0].length,
  }));
  const blocks = findBlocks(v, region.from, region.to, [...hits, ...notesInHeaders]);
  const { rows, notes } = assignBlocks(hits, blocks);
  ex.notes.push(...notes);
  for (const r of rows) {
    const h = hits.find((x) => x.rowId === r.rowId)!;
    const { def, cols } = h;
    if (r.cells) {
      r.cells.forEach((tok, i) => emitTok(ex, def, cols[i]!, tok, r.label));
      continue;
    }
    const run = r.run!;
    const kinds = cols.map((k) => T2_COLS[k]!.kind);
    const res = enumerateSplits(run.chars, kinds, { limit: 5000 });
    if (!res.splits.length) {
      ex.notes.push(`post2019: 表二“${r.label}”的数字串 ${run.chars} 无法切分为 ${cols.length} 格`);
      continue;
    }
    const verdict = verdicts(res.splits.map((s) => s.values), cols.length);
    const fused = cols.length > 1;
    cols.forEach((colKey, i) => {
      const id = idFor(def, colKey);
      const label = `${r.label} / ${T2_COLS[colKey]!.zh}`;
      const cell = { table: 't2', row: def.id, col: T2_COLS[colKey]!.id };
      const unit = i === cols.length - 1 ? run.unit : undefined;
      if (verdict[i]!.value !== null && !res.truncated) {
        const s0 = res.splits[0]!;
        const cutsAgree = res.splits.every((s) => s.cuts[i] === s0.cuts[i] && s.cuts[i + 1] === s0.cuts[i + 1]);
        const span = cutsAgree ? runSpan(text, run, s0.cuts[i]!, s0.cuts[i + 1]!) : runSpan(text, run, 0, run.chars.length);
        const c = convert(colKey, verdict[i]!.value!, unit);
        const flags: Flag[] = [...(fused ? (['decoded'] as Flag[]) : []), ...c.flags];
        emitCell(ex, { id, value: c.value, ...span, label, flags, cell, ...(c.note || fused ? { note: [fused ? `由数字串 ${run.chars} 拆分（唯一读法）` : '', c.note ?? ''].filter(Boolean).join('；') } : {}) });
      } else {
        const candidates = verdict[i]!.candidates.map((x) => convert(colKey, x, unit).value);
        emitCell(ex, { id, value: null, gap: 'ambiguous', candidates: candidates.slice(0, 50), ...runSpan(text, run, 0, run.chars.length), label, flags: ['ambiguous'], cell, note: `数字串 ${run.chars} 有 ${res.splits.length}${res.truncated ? '+' : ''} 种拆分，表二没有可用的勾稽关系` });
      }
    });
  }
}

function readGrid2(grid: ReturnType<typeof pipeRows>, regionCompact: string, ex: Extraction): void {
  let header: string[] | null = null;
  for (const row of grid) {
    const compacts = row.cells.map((c) => c.compact);
    const isHeader = compacts.some((c) => /信息内容/.test(c)) || compacts.some((c) => Object.values(T2_COLS).some((col) => col.re.test(c)));
    if (isHeader) {
      header = compacts;
      continue;
    }
    if (!header) continue;
    const first = compacts.findIndex((c) => c !== '');
    if (first < 0) continue;
    const def = T2_ROWS.find((d) => d.re.test(compacts[first]!) && (d.id !== 'normative' || !/规章/.test(compacts[first]!)));
    if (!def) continue;
    const cols = columnsFor(def, header.join('|')) ?? columnsFor(def, regionCompact);
    if (!cols) continue;
    // a row with fewer cells than its header ("| 规章 | 22 | 235 |" under three columns): table 2
    // has no sums to say which columns were printed, so its cells are gaps, not filled from the left
    const width = header.length - [...header].reverse().findIndex((h) => h !== '');
    if (row.cells.length < width) {
      const printed = row.cells.slice(first + 1).map((c) => cellTok(c)?.value).filter((x): x is number => x !== null && x !== undefined);
      const from = row.cells[first + 1] ?? row.cells[first]!;
      const to = row.cells[row.cells.length - 1]!;
      for (const colKey of cols) {
        const col = T2_COLS[colKey]!;
        emitCell(ex, {
          id: idFor(def, colKey), value: null, gap: 'ambiguous', candidates: [...new Set(printed)], start: from.start, end: to.end,
          raw: row.cells.slice(first + 1).map((c) => c.text).join(' | '), label: `${compacts[first]} / ${col.zh}`, flags: ['ambiguous'],
          cell: { table: 't2', row: def.id, col: col.id }, note: `该行只有 ${row.cells.length} 个单元格，表头有 ${width} 列：无法确定各数属于哪一列`,
        });
      }
      continue;
    }
    for (const colKey of cols) {
      const col = T2_COLS[colKey]!;
      const idx = header.map((h, i) => (i !== first && col.re.test(h) ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) continue;
      const { tok, conflict } = mergeSpanned(idx.map((i) => cellTok(row.cells[i])));
      const unitHint: Unit | undefined = idx.some((i) => /[(（]?万元/.test(header![i]!)) ? '万元' : undefined;
      if (conflict) {
        const c0 = row.cells[idx[0]!]!;
        emitCell(ex, { id: idFor(def, colKey), value: null, gap: 'ambiguous', candidates: conflict, start: c0.start, end: c0.end, raw: c0.text, label: `${compacts[first]} / ${col.zh}`, flags: ['ambiguous'], cell: { table: 't2', row: def.id, col: col.id } });
        continue;
      }
      emitTok(ex, def, colKey, tok, compacts[first]!, unitHint);
    }
  }
}
