// One printed cell → a token; a decided cell → value + provenance or a gap.
import { describe, expect, it } from 'vitest';
import { countTok, emitCell, parseCellText, runSpan } from '../../../../../src/lib/parse/post2019/cells.ts';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';

describe('parseCellText', () => {
  it('reads a number with its span inside the cell', () => {
    expect(parseCellText(' 34 ', 10)).toEqual({ raw: '34', start: 11, end: 13, value: 34, unit: undefined });
  });
  it('reads thousands separators only in groups of three', () => {
    expect([parseCellText('12,345', 0)?.value, parseCellText('1，234', 0)?.value, parseCellText('1,2', 0)]).toEqual([12345, 1234, null]);
  });
  it('marks blank and dash cells with their reason', () => {
    expect([parseCellText('', 0)?.reason, parseCellText('—', 0)?.reason, parseCellText('无', 0)?.reason]).toEqual(['blank', 'dash', 'dash']);
  });
  it('keeps a printed unit', () => {
    expect(parseCellText('380元', 0)).toMatchObject({ value: 380, unit: '元', raw: '380' });
  });
  it('gives null for text', () => {
    expect(parseCellText('abc', 0)).toBeNull();
  });
});

describe('countTok', () => {
  it('turns text in a count cell into a marker with reason unreadable', () => {
    expect(countTok(' abc ', 5)).toEqual({ raw: 'abc', start: 6, end: 9, value: null, reason: 'unreadable' });
  });
  it('passes negative and fractional numbers on for the plausibility gate', () => {
    expect([countTok('-1', 0).value, countTok('1.5', 0).value]).toEqual([-1, 1.5]);
  });
});

describe('emitCell', () => {
  const cell = { table: 't3', row: 'new_received', col: 'total' };
  it('puts a value with its provenance', () => {
    const ex = emptyExtraction();
    emitCell(ex, { id: 't3.new_received.total', value: 34, start: 1, end: 3, raw: '34', label: 'x', flags: ['decoded', 'decoded'], cell });
    expect([ex.values, ex.provenance['t3.new_received.total']]).toEqual([
      { 't3.new_received.total': 34 },
      { source: 'table', start: 1, end: 3, label: 'x', raw: '34', flags: ['decoded'], cell },
    ]);
  });
  it('puts a gap with its reason and candidates', () => {
    const ex = emptyExtraction();
    emitCell(ex, { id: 't3.new_received.total', value: null, gap: 'ambiguous', candidates: [3, 4], start: 1, end: 3, raw: '34', label: 'x', flags: [], cell });
    expect(ex.gaps).toEqual([{ id: 't3.new_received.total', reason: 'ambiguous', start: 1, end: 3, raw: '34', candidates: [3, 4] }]);
  });
  it('keeps the first reading of an id', () => {
    const ex = emptyExtraction();
    emitCell(ex, { id: 't3.new_received.total', value: 34, start: 1, end: 3, raw: '34', label: 'x', flags: [], cell });
    emitCell(ex, { id: 't3.new_received.total', value: 35, start: 5, end: 7, raw: '35', label: 'x', flags: [], cell });
    expect(ex.values['t3.new_received.total']).toBe(34);
  });
  it('drops an id the catalog does not have, with a note', () => {
    const ex = emptyExtraction();
    emitCell(ex, { id: 't3.nonsense.total', value: 1, start: 0, end: 1, raw: '1', label: 'x', flags: [], cell });
    expect([ex.values, ex.notes.length]).toEqual([{}, 1]);
  });
});

describe('runSpan', () => {
  it('gives the text span of cells [from, to) of a fused run', () => {
    const text = 'ab 12 34';
    expect(runSpan(text, { chars: '1234', offsets: [3, 4, 6, 7] }, 1, 3)).toEqual({ start: 4, end: 7, raw: '2 3' });
  });
});
