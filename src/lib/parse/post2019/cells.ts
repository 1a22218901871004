// What a table reader saw in one row (separate cells, or one fused run of digits), and how a
// decided cell becomes a value + provenance, or a gap.
import { hasGap, type Extraction } from '../extraction.ts';
import type { Flag, Gap } from '../../types.ts';
import { hasIndicator } from '../../catalog/index.ts';

export type Unit = '元' | '万元';

/** One printed cell: a number, or a blank / dash marker. */
export interface Tok {
  raw: string;
  start: number;
  end: number;
  value: number | null;
  reason?: 'blank' | 'dash' | 'unreadable';
  unit?: Unit;
}

/** A fused run: the digits (and '.', '-') of several cells, with each char's offset in the text. */
export interface Run {
  chars: string;
  offsets: number[];
  unit?: Unit;
}

export interface RowRead {
  rowId: string;
  /** Matched label text and its span. */
  label: string;
  labelStart: number;
  labelEnd: number;
  cells?: Array<Tok | null>;
  run?: Run;
}

const NUM = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const DASH = /^(?:[-—–－/／\\]|—+|-+|无)$/;

/** A token as printed in a separated layout (cell text): a number, a dash marker, or null when it is text. */
export function parseCellText(raw: string, start: number): Tok | null {
  const t = raw.replace(/\s+/g, '');
  if (t === '') return { raw, start, end: start + raw.length, value: null, reason: 'blank' };
  if (DASH.test(t)) return { raw, start, end: start + raw.length, value: null, reason: 'dash' };
  // thousands separators only in groups of three ("12,345", "1 234"); "1,2" is not a number
  const m = /^(-?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)(万元|元)?$/.exec(t);
  if (!m) return null;
  const digits = m[1]!.replace(/[,，]/g, '');
  if (!NUM.test(digits) && !/^\d+$/.test(digits)) return null;
  // span of the number itself inside raw: first sign/digit to last digit
  const lead = Math.max(0, raw.search(/[-\d]/));
  let last = raw.length - 1;
  while (last > lead && !/\d/.test(raw[last]!)) last--;
  return { raw: raw.slice(lead, last + 1), start: start + lead, end: start + last + 1, value: Number(digits), unit: m[2] as Unit | undefined };
}

/**
 * A cell of a count column as printed: a number (`-1` and `1.5` too: the plausibility gate turns
 * them into gaps), a blank/dash marker, or for text (`abc`) a marker with reason 'unreadable', so
 * that no cell vanishes.
 */
export function countTok(raw: string, start: number): Tok {
  const t = parseCellText(raw, start);
  if (t) return t;
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { raw: trimmed, start: start + lead, end: start + lead + trimmed.length, value: null, reason: 'unreadable' };
}

export function isCleanNumber(raw: string): boolean {
  return NUM.test(raw);
}

export interface CellOut {
  id: string;
  value: number | null;
  start: number;
  end: number;
  raw: string;
  label: string;
  flags: Flag[];
  cell: { table: string; row: string; col?: string };
  gap?: Gap['reason'];
  candidates?: number[];
  note?: string;
  /** Catalog rules a fused-digit decoder chose this value by. */
  decodedWith?: string[];
}

/** Put a decided cell into the extraction (value + provenance, or a gap). Unknown ids are dropped. */
export function emitCell(ex: Extraction, c: CellOut): void {
  if (!hasIndicator(c.id)) {
    ex.notes.push(`post2019: ${c.id} 不在指标目录中，已忽略`);
    return;
  }
  if (c.id in ex.values || hasGap(ex.gaps, c.id)) return;
  if (c.value !== null && !c.gap) {
    ex.values[c.id] = c.value;
    ex.provenance[c.id] = {
      source: 'table',
      start: c.start,
      end: c.end,
      label: c.label,
      raw: c.raw,
      flags: [...new Set(c.flags)],
      cell: c.cell,
      ...(c.note ? { note: c.note } : {}),
      ...(c.decodedWith?.length ? { decodedWith: [...new Set(c.decodedWith)] } : {}),
    };
    return;
  }
  const gap: Gap = { id: c.id, reason: c.gap ?? 'blank', start: c.start, end: c.end, raw: c.raw };
  if (c.candidates && c.candidates.length) gap.candidates = c.candidates;
  if (c.note) gap.note = c.note;
  ex.gaps.push(gap);
}

/** Span of cell [from, to) of a run. */
export function runSpan(text: string, run: Run, from: number, to: number): { start: number; end: number; raw: string } {
  const start = run.offsets[from]!;
  const end = run.offsets[to - 1]! + 1;
  return { start, end, raw: text.slice(start, end) };
}

export function wholeRunSpan(text: string, run: Run): { start: number; end: number; raw: string } {
  return runSpan(text, run, 0, run.chars.length);
}

export { yuanToWan } from '../units.ts';
