import { describe, expect, it } from 'vitest';
import { fileSlug, reportIds } from '../../../../src/lib/records/report-id.ts';

describe('reportIds', () => {
  it('uses place + year', () => {
    expect(reportIds([{ file: 'a.txt', placeKey: '430725', year: 2017 }])).toEqual(['430725-2017']);
  });
  it('adds the file slug only where place and year collide', () => {
    const ids = reportIds([
      { file: 'pt-xian-2011.txt', placeKey: '350128', year: 2011 },
      { file: 'other.txt', placeKey: '350128', year: 2011 },
      { file: 'x.txt', placeKey: '350128', year: 2012 },
    ]);
    expect(ids).toEqual(['350128-2011-pt-xian-2011', '350128-2011-other', '350128-2012']);
    expect(new Set(ids).size).toBe(3);
  });
  it('marks reports without a year', () => {
    expect(reportIds([{ file: 'a.txt', placeKey: 'p', year: null }])).toEqual(['p-undated']);
  });
  it('gives an ASCII slug for a Chinese file name', () => {
    expect(fileSlug('桃源县2017.txt')).toBe('2017');
    expect(fileSlug('年报.txt')).toMatch(/^f[0-9a-z]+$/);
  });
});
