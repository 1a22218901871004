// Pipe rows as tables: cells with offsets, header signatures, value cells, spanned columns, readings.
import { describe, expect, it } from 'vitest';
import { acceptedReadings, isNumericCell, mergeSpanned, pipeRows, signatures, valueCells } from '../../../../../src/lib/parse/post2019/grid.ts';
import { parseCellText } from '../../../../../src/lib/parse/post2019/cells.ts';

describe('pipeRows', () => {
  it('splits each pipe line into trimmed cells with their offsets', () => {
    const text = 'x\n| a | 12 |\n';
    expect(pipeRows(text, 0, text.length)).toEqual([
      { cells: [{ text: 'a', compact: 'a', start: 4, end: 5 }, { text: '12', compact: '12', start: 8, end: 10 }], start: 2, end: 12, compact: 'a|12' },
    ]);
  });
  it('ignores lines that are not pipe rows', () => {
    const text = '正文 | 不是表格\n| a |';
    expect(pipeRows(text, 0, text.length).map((r) => r.compact)).toEqual(['a']);
  });
});

describe('signatures', () => {
  it('joins the header cells of each column top to bottom, repeats merged', () => {
    const text = '| 申请人情况 | 申请人情况 |\n| 自然人 | 法人或其他组织 |\n| 自然人 | 商业企业 |';
    expect(signatures(pipeRows(text, 0, text.length))).toEqual(['申请人情况/自然人', '申请人情况/法人或其他组织/商业企业']);
  });
});

describe('valueCells', () => {
  it('gives the cells after the last label cell, without trailing empty cells', () => {
    const text = '| 三、本年度办理结果 | （一）予以公开 | 3 | 0 |  |';
    expect(valueCells(pipeRows(text, 0, text.length)[0]!).map((c) => c.text)).toEqual(['3', '0']);
  });
});

describe('isNumericCell', () => {
  it('is true for a number, false for a dash or text', () => {
    const text = '| 3 | — | 规章 |';
    expect(pipeRows(text, 0, text.length)[0]!.cells.map(isNumericCell)).toEqual([true, false, false]);
  });
});

describe('mergeSpanned', () => {
  const tok = (s: string) => parseCellText(s, 0);
  it('takes the agreed value of cells under one logical column', () => {
    expect(mergeSpanned([tok('3'), tok('3')]).tok?.value).toBe(3);
  });
  it('reports disagreeing cells as a conflict', () => {
    expect(mergeSpanned([tok('3'), tok('4')])).toEqual({ tok: null, conflict: [3, 4] });
  });
  it('keeps a blank or dash marker when no cell has a number', () => {
    expect(mergeSpanned([tok(''), null]).tok?.reason).toBe('blank');
  });
});

describe('acceptedReadings', () => {
  const sums = (cols: string[], v: Array<number | null>) => v[cols.indexOf('total')] === v.filter((_, i) => cols[i] !== 'total').reduce((a: number, b) => a + (b ?? 0), 0);
  it('keeps the readings every telling row accepts', () => {
    expect(acceptedReadings([[1, 2, 3]], [['a', 'b', 'total'], ['total', 'a', 'b']], sums)).toEqual([['a', 'b', 'total']]);
  });
  it('keeps none when only zero rows support a reading', () => {
    expect(acceptedReadings([[0, 0, 0]], [['a', 'b', 'total']], sums)).toEqual([]);
  });
});
