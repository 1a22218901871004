import { describe, expect, it } from 'vitest';
import { assignReportIds, fileSlug, readIdRegistry, reportIds, resolveRedirects, writeIdRegistry, type IdItem } from '../../../../src/lib/records/report-id.ts';

const pz = (file: string, year: number | null = 2017, sha256 = `sha-${file}`): IdItem => ({ file, placeKey: 'pingtan-zone', year, sha256 });

describe('report ids', () => {
  it('uses place + year, and -undated without a year', () => {
    expect(reportIds([{ file: 'a.txt', placeKey: '430725', year: 2017 }, { file: 'b.txt', placeKey: 'p', year: null }])).toEqual(['430725-2017', 'p-undated']);
  });

  it('gives distinct ids to files of one place and year whose names slug alike (甲 (1), 乙 (1), 丙-1, 1)', () => {
    const ids = reportIds(['1.txt', '丙-1.txt', '乙 (1).txt', '甲 (1).txt', 'pt.txt'].map((f) => pz(f)));
    expect(ids[0]).toBe('pingtan-zone-2017');
    expect(ids[1]).toBe('pingtan-zone-2017-1');
    expect(ids[4]).toBe('pingtan-zone-2017-pt');
    expect(new Set(ids).size).toBe(5);
  });

  it('never renames a report when files are added (even ones sorting first), removed or renamed', () => {
    const first = assignReportIds([pz('pt-2017.txt'), pz('x-2018.txt', 2018), pz('y.txt')]);
    const before = Object.fromEntries(first.registry.map((e) => [e.file, e.id]));
    // add 0-new.txt (sorts first, same place and year), remove y.txt, rename x-2018.txt (same bytes)
    const next = assignReportIds([pz('0-new.txt'), pz('pt-2017.txt'), { ...pz('x-renamed.txt', 2018), sha256: 'sha-x-2018.txt' }], first.registry);
    expect(next.ids).toEqual(['pingtan-zone-2017-0-new', before['pt-2017.txt'], before['x-2018.txt']]);
    expect(next.redirects).toEqual([]);
    // y.txt's id stays reserved: a later file never gets it
    expect(next.registry.map((e) => e.id)).toContain(before['y.txt']);
    const later = assignReportIds([pz('y2.txt')], next.registry);
    expect(Object.values(before)).not.toContain(later.ids[0]);
  });

  it('keeps the id when a new primary file (a PDF) takes over from the file it had (now its variant)', () => {
    const first = assignReportIds([pz('pt-2017.txt')]);
    const next = assignReportIds([{ ...pz('pt-2017.pdf'), also: ['pt-2017.txt'] }], first.registry);
    expect(next.ids).toEqual(['pingtan-zone-2017']);
    expect(next.registry).toEqual([{ id: 'pingtan-zone-2017', file: 'pt-2017.pdf', sha256: 'sha-pt-2017.pdf' }]);
  });

  it('gives a corrected place or year a new id and a redirect from the old one', () => {
    const first = assignReportIds([pz('a.txt', 2020)]);
    const next = assignReportIds([pz('a.txt', 2019)], first.registry);
    expect(next.ids).toEqual(['pingtan-zone-2019']);
    expect(next.redirects).toEqual([{ from: 'pingtan-zone-2020', to: 'pingtan-zone-2019', reason: '地区或年份更正' }]);
  });

  it('round-trips the registry CSV', () => {
    const reg = assignReportIds([pz('a.txt'), pz('甲 (1).txt')]).registry;
    expect(readIdRegistry(writeIdRegistry(reg))).toEqual(reg);
  });

  it('resolves redirect chains to existing reports and drops dead ends and ids that are reports', () => {
    const rows = [{ from: 'a', to: 'b', reason: '' }, { from: 'b', to: 'c', reason: '' }, { from: 'x', to: 'gone', reason: '' }, { from: 'c', to: 'a', reason: '' }];
    expect([...resolveRedirects(rows, new Set(['c']))]).toEqual([['a', 'c'], ['b', 'c']]);
  });

  it('gives an ASCII slug for a Chinese file name', () => {
    expect(fileSlug('桃源县2017.txt')).toBe('2017');
    expect(fileSlug('年报.txt')).toMatch(/^f[0-9a-z]+$/);
  });
});
