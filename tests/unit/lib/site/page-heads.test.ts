import { describe, expect, it } from 'vitest';
import { placeCrumbs, placeHead, proseOnlyValues, reportHead } from '../../../../src/lib/site/page-heads.ts';
import type { PlaceSummary } from '../../../../src/lib/site/place-view.ts';
import { postReport, preReport } from './fixture-report.ts';

describe('reportHead', () => {
  it('names the place, year and kind, and gives the first three figures the report has', () => {
    const r = postReport();
    const { heading, summary } = reportHead(r, []);
    expect(heading).toBe(`${r.placeName} 2021 年政府信息公开工作年度报告`);
    expect(summary.split('；')).toHaveLength(4);
    expect(summary).toMatch(/^.+（.+）2021 年，2021 格式；收到公开申请 70 件；/);
  });
  it('says when the year is unknown and names other kinds', () => {
    const r = preReport({ meta: { ...preReport().meta, year: null, kind: 'scorecard' } });
    const { heading, summary } = reportHead(r, []);
    expect(heading).toBe('桃源县成绩单');
    expect(summary).toBe('桃源县（县级，湖南省）年份不明，非年报（成绩单）；收到公开申请 210 件');
  });
});

describe('proseOnlyValues', () => {
  it('holds when every printed value was read from the prose', () => {
    const r = preReport();
    expect(proseOnlyValues(r)).toBe(false); // some values have no provenance entry: table cells
    const prose = Object.fromEntries(Object.keys(r.values).map((id) => [id, { start: 0, end: 1, source: 'prose' as const, label: '', raw: '', flags: [] }]));
    expect(proseOnlyValues({ values: r.values, provenance: prose })).toBe(true);
    expect(proseOnlyValues({ values: {}, provenance: {} })).toBe(false);
  });
});

describe('place header', () => {
  const place = { key: 'x-zone', name: '平潭综合实验区', level: 'county', province: '福建省', prefecture: '福州市', years: [2019, 2021] } as unknown as PlaceSummary;
  it('gives the lede and the search words (parents once, pinyin and initials)', () => {
    const crumbs = placeCrumbs(place, () => false);
    expect(crumbs.map((c) => [c.name, c.linked])).toEqual([['福建省', false], ['福州市', false]]);
    const { lede, searchText } = placeHead(place, 2, crumbs);
    expect(lede).toBe('平潭综合实验区（县级，福建省）的政府信息公开工作年度报告：2 份，2019–2021 年。');
    expect(searchText).toMatch(/^福建省 福州市 [a-z]+ [a-z]+$/);
  });
});
