// Blocks of numbers printed column by column (pdfminer) dealt out to their rows.
import { describe, expect, it } from 'vitest';
import { assignColumnwise, dealColumnMajor, dealRowMajor } from '../../../../../src/lib/parse/post2019/columnwise.ts';
import type { Tok } from '../../../../../src/lib/parse/post2019/cells.ts';
import type { LabelHit } from '../../../../../src/lib/parse/post2019/number-blocks.ts';

const toks = (...vs: number[]): Tok[] => vs.map((value, i) => ({ raw: String(value), start: i, end: i + 1, value }));
const hit = (rowId: string, ncols: number): LabelHit => ({ rowId, ncols, start: 0, end: 0, match: rowId });
const values = (rows: Tok[][]) => rows.map((r) => r.map((t) => t.value));

describe('deal', () => {
  it('column-major: token c·m + r is row r, column c', () => {
    expect(values(dealColumnMajor(toks(1, 2, 3, 4, 5, 6), 2, 3))).toEqual([[1, 3, 5], [2, 4, 6]]);
  });
  it('row-major: token r·n + c', () => {
    expect(values(dealRowMajor(toks(1, 2, 3, 4, 5, 6), 2, 3))).toEqual([[1, 2, 3], [4, 5, 6]]);
  });
});

describe('assignColumnwise', () => {
  it('fills the leading rows with the same cell count exactly', () => {
    const dealt = assignColumnwise([hit('a', 2), hit('b', 2), hit('c', 3)], toks(1, 2, 3, 4));
    expect(dealt?.map((d) => [d.label.rowId, d.cells.map((t) => t.value)])).toEqual([['a', [1, 3]], ['b', [2, 4]]]);
  });
  it('gives nothing when the block does not divide into the rows', () => {
    expect(assignColumnwise([hit('a', 2), hit('b', 2)], toks(1, 2, 3))).toBeNull();
  });
  it('takes the first reading the plausibility test accepts (row-major here)', () => {
    const totals = (rows: number[][]) => rows.every((r) => r[2] === r[0]! + r[1]!);
    const dealt = assignColumnwise([hit('a', 3), hit('b', 3)], toks(1, 2, 3, 4, 5, 9), totals);
    expect(dealt?.map((d) => d.cells.map((t) => t.value))).toEqual([[1, 2, 3], [4, 5, 9]]);
  });
});
