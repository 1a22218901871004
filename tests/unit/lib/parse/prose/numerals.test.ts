import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseFigure } from '../../../../../src/lib/parse/prose/numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十三', 123],
    ['两千', 2000],
    ['三万五千', 35000],
    ['一〇五', 105],
    ['零', 0],
  ])('%s = %i', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('一二十')).toBeNull();
    expect(parseChineseNumeral('十a')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('parseFigure', () => {
  it('reads Arabic and Chinese figures', () => {
    expect(parseFigure('1,610')).toEqual({ value: 1610, chinese: false });
    expect(parseFigure('7.5')).toEqual({ value: 7.5, chinese: false });
    expect(parseFigure('七')).toEqual({ value: 7, chinese: true });
    expect(parseFigure('余')).toBeNull();
  });
});
