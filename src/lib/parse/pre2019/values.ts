// One printed cell → a number or the reason there is none; units (元 → 万元).
import type { Flag, Gap } from '../../types.ts';
import { yuanToWan } from '../units.ts';

export interface Cell {
  /** Trimmed cell text ('' for a blank cell). */
  raw: string;
  start: number;
  end: number;
}

export type CellReading =
  | { kind: 'number'; value: number }
  | { kind: 'gap'; reason: Gap['reason'] }
  | { kind: 'other' };

const NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
const DASH = /^[\/／\\\-－—–─]+$/;
const NONE_WORD = /^(无|空|暂无|没有)$/;

export function readCell(raw: string): CellReading {
  const s = raw.replace(/\s+/g, '');
  if (s === '') return { kind: 'gap', reason: 'blank' };
  if (NUMBER.test(s)) return { kind: 'number', value: Number(s.replace(/,/g, '')) };
  if (DASH.test(s)) return { kind: 'gap', reason: 'dash' };
  if (NONE_WORD.test(s)) return { kind: 'gap', reason: 'none-word' };
  return { kind: 'other' };
}

export function isValueCell(raw: string): boolean {
  return readCell(raw).kind !== 'other';
}

const UNITS = new Set(['条', '件', '次', '篇', '个', '人', '人次', '万元', '元', '项', '处', '份', '场', '期']);

export function isUnit(raw: string): boolean {
  return UNITS.has(raw.replace(/\s+/g, ''));
}

/** Convert a printed amount to the indicator's unit. Only 元 → 万元, and only when 元 is printed. */
export function toIndicatorUnit(value: number, printedUnit: string | null, indicatorUnit: string | null): { value: number; flags: Flag[] } {
  if (indicatorUnit === '万元' && printedUnit === '元') return { value: yuanToWan(value), flags: ['unit-converted'] };
  return { value, flags: [] };
}
