// Tables of the 2014–2018 national statistics form and the older local forms.
// locate (where, which layout) → layouts/stream (rows of label, unit, cells) → rows (label → id)
// → values (cell → number or gap) / fused (annual|cumulative runs) → Extraction.
import type { Flag, Gap, Provenance } from '../../types.ts';
import { indicator } from '../../catalog/index.ts';
import type { Detected } from '../detect.ts';
import { emptyExtraction, hasGap, type Extraction } from '../extraction.ts';
import { proseHints } from '../prose/index.ts';
import { decodeGroup, splits, type GroupRow, type Pair } from './fused-pairs.ts';
import { equationsOver } from '../decoder-constraints.ts';
import { assembleRows, pipeCells, type Row, type StreamCell } from './layouts.ts';
import { locatePre2019Tables, type TableRegion } from './locate.ts';
import { matchRow, normaliseLabel, type LabelMatch } from './rows.ts';
import { streamStartsGroup } from './groups.ts';
import { streamRows } from './running-rows.ts';
import { readCell, toIndicatorUnit } from './values.ts';

export const TABLE_ID = 'stats';

export function readPre2019Tables(text: string, detected: Detected): Extraction {
  const out = emptyExtraction();
  const regions = locatePre2019Tables(text);
  if (!regions.length) return out;
  let hints: Map<string, Set<number>> | null = null;
  const getHints = () => (hints ??= proseHints(text, detected));
  for (const region of regions) readRegion(text, region, out, getHints);
  return out;
}

interface MatchedRow {
  row: Row;
  match: LabelMatch | null;
}

function rowsOf(text: string, region: TableRegion): Row[] {
  if (region.layout === 'stream') return streamRows(text, region.start, region.end);
  return assembleRows(pipeCells(text, region.start, region.end, region.layout), region.ncol);
}

function matchRows(rows: Row[]): MatchedRow[] {
  const ctx = { section: null as string | null, allLabels: rows.map((r) => normaliseLabel(r.label)) };
  return rows.map((row) => {
    const match = matchRow(row.label, ctx);
    if (match) ctx.section = match.section;
    return { row, match };
  });
}

function readRegion(text: string, region: TableRegion, out: Extraction, hints: () => Map<string, Set<number>>): void {
  const matched = matchRows(rowsOf(text, region));
  const put = (m: MatchedRow & { match: LabelMatch }, reading: Reading) => emit(out, m, reading);
  if (region.ncol === 1) {
    for (const m of matched) if (isValueRow(m)) put(m, single(m.row));
    return;
  }
  // two columns: annual | cumulative. Group 其中 rows under their parent for the fused decoder.
  const groups = groupRows(matched);
  for (const g of groups) {
    const readings = twoColumn(g, hints);
    g.forEach((m, i) => {
      if (isValueRow(m)) put(m, readings[i]!);
    });
  }
}

function isValueRow(m: MatchedRow): m is MatchedRow & { match: LabelMatch } {
  return m.match !== null && m.match.kind !== 'header';
}

type Reading =
  | { kind: 'value'; value: number; cell: StreamCell; flags: Flag[]; decodedWith?: string[] }
  | { kind: 'gap'; reason: Gap['reason']; cell?: StreamCell; candidates?: number[]; note?: string };

function single(row: Row): Reading {
  const cell = row.cells[0];
  if (!cell) return { kind: 'gap', reason: 'blank', note: '无数值单元格' };
  const r = readCell(cell.raw);
  if (r.kind === 'number') return { kind: 'value', value: r.value, cell, flags: cell.cut ? ['decoded'] : [] };
  if (r.kind === 'gap') return { kind: 'gap', reason: r.reason, cell };
  return { kind: 'gap', reason: 'ambiguous', cell, note: `无法读取的单元格 “${cell.raw}”` };
}

function groupRows(rows: MatchedRow[]): MatchedRow[][] {
  const groups: MatchedRow[][] = [];
  for (const m of rows) {
    if (groups.length && !streamStartsGroup(m.row.label)) groups[groups.length - 1]!.push(m);
    else groups.push([m]);
  }
  return groups;
}

function twoColumn(group: MatchedRow[], hints: () => Map<string, Set<number>>): Reading[] {
  const EMPTY = new Set<number>();
  const gr: GroupRow[] = group.map((m) => {
    const cells = m.row.cells;
    const h = m.match ? (hints().get(m.match.id) ?? EMPTY) : EMPTY;
    if (cells.length === 2 && !cells[1]!.fused) {
      const a = readCell(cells[0]!.raw);
      const c = readCell(cells[1]!.raw);
      if (a.kind === 'number' && c.kind === 'number') return { options: [[a.value, c.value] as Pair], hints: h };
      return { options: null, hints: h };
    }
    if (cells.length === 1 && cells[0]!.fused && /^\d{2,}$/.test(cells[0]!.raw)) return { options: splits(cells[0]!.raw), hints: h };
    return { options: null, hints: h };
  });
  const decisions = decodeGroup(gr, equationsOver(group.map((m) => m.match?.id ?? '')));
  return group.map((m, i) => {
    const cells = m.row.cells;
    const d = decisions[i]!;
    if (cells.length === 0) return { kind: 'gap', reason: 'blank' };
    if (cells.length === 2 && !cells[1]!.fused) {
      const r = readCell(cells[0]!.raw);
      if (r.kind === 'number') return { kind: 'value', value: r.value, cell: cells[0]!, flags: [] };
      if (r.kind === 'gap') return { kind: 'gap', reason: r.reason, cell: cells[0]! };
      return { kind: 'gap', reason: 'ambiguous', cell: cells[0]! };
    }
    if (cells.length === 1 && cells[0]!.fused && gr[i]!.options) {
      const cell = cells[0]!;
      if (d.value !== null) {
        const digits = String(d.value);
        return { kind: 'value', value: d.value, cell: { raw: digits, start: cell.start, end: cell.start + digits.length }, flags: ['decoded'], decodedWith: d.decodedWith };
      }
      return {
        kind: 'gap',
        reason: 'ambiguous',
        cell,
        candidates: d.candidates,
        note: `“${cell.raw}” 可拆分为多种 年度|累计 组合`,
      };
    }
    // one printed value for two columns (or more than two): can't tell which column it is
    const vals = cells.map((c) => readCell(c.raw)).flatMap((r) => (r.kind === 'number' ? [r.value] : []));
    return {
      kind: 'gap',
      reason: 'ambiguous',
      cell: cells[0]!,
      candidates: [...new Set(vals)],
      note: `${cells.length} 个数值对应 年度|累计 两列，无法确定年度值`,
    };
  });
}

function emit(out: Extraction, m: MatchedRow & { match: LabelMatch }, reading: Reading): void {
  const id = m.match.id;
  if (id in out.values || hasGap(out.gaps, id)) {
    out.notes.push(`统计表中 ${id} 出现多次（“${m.row.label}”），只取第一处`);
    return;
  }
  if (reading.kind === 'gap') {
    const g: Gap = { id, reason: reading.reason };
    if (reading.cell) {
      g.start = reading.cell.start;
      g.end = reading.cell.end;
      g.raw = reading.cell.raw;
    }
    if (reading.candidates) g.candidates = reading.candidates;
    if (reading.note) g.note = reading.note;
    out.gaps.push(g);
    return;
  }
  const conv = toIndicatorUnit(reading.value, m.row.unit, indicator(id)?.unit ?? null);
  const prov: Provenance = {
    source: 'table',
    start: reading.cell.start,
    end: reading.cell.end,
    label: m.row.label.replace(/\s+/g, ' '),
    raw: reading.cell.raw,
    flags: [...reading.flags, ...conv.flags],
    cell: { table: TABLE_ID, row: id },
    ...(reading.decodedWith?.length ? { decodedWith: reading.decodedWith } : {}),
  };
  out.values[id] = conv.value;
  out.provenance[id] = prov;
}
