import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDelta, formatValue, valueText, yearZh } from '../../../../src/lib/site/format.ts';

describe('valueText (islands and chart labels)', () => {
  it('is the text of formatValue, with 约 for approximate values, one decimal for %, and — for no value', () => {
    expect(valueText(135000, '条')).toBe('135,000');
    expect(valueText(0.038, '万元')).toBe('0.04');
    expect(valueText(40, '条', ['approximate'])).toBe('约 40');
    expect(valueText(10, '%')).toBe('10.0');
    expect(valueText(33.3, '%')).toBe('33.3');
    expect(valueText(null, '件')).toBe('—');
  });
});

describe('formatValue', () => {
  it('uses thousands separators for integers', () => {
    expect(formatValue(135000, '条')).toEqual({ text: '135,000', exact: null });
  });
  it('keeps up to 2 decimals for 万元 and gives the exact value apart', () => {
    expect(formatValue(24252.311082, '万元')).toEqual({ text: '24,252.31', exact: '24,252.311082' });
    expect(formatValue(20, '万元')).toEqual({ text: '20', exact: null });
    expect(formatValue(0.5, '万元')).toEqual({ text: '0.5', exact: null });
  });
  it('rounds non-integers in other units too', () => {
    expect(formatValue(1.005, '件').text).toBe('1.01');
  });
});

describe('other formats', () => {
  it('formats bytes, dates, deltas and years', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatDate('2018-03-19')).toBe('2018年3月19日');
    expect(formatDate(null)).toBeNull();
    expect(formatDelta(210, 200)).toBe('+10');
    expect(formatDelta(1, 1001)).toBe('−1,000');
    expect(formatDelta(3, 3)).toBe('±0');
    expect(yearZh(null)).toBe('年份不明');
  });
});
