import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, embedSnippet, indicatorHref, parseIndicatorQuery, parseViewOptions, serializeIndicatorQuery } from '../../../../src/lib/site/indicator-url.ts';
import { resolveState, type IndicatorRow, type IndicatorState } from '../../../../src/lib/site/indicator-state.ts';

const defaults: IndicatorState = { year: 2017, level: null, province: null, highlight: null };

describe('indicator URL state', () => {
  it('parses every key, trims, ignores unknown and empty keys', () => {
    expect(parseIndicatorQuery('?year=2017&level=county&province=%E4%BA%91%E5%8D%97%E7%9C%81&highlight=530802&x=1')).toEqual({
      year: '2017', level: 'county', province: '云南省', highlight: '530802',
    });
    expect(parseIndicatorQuery('year=&level= county ')).toEqual({ level: 'county' });
    expect(parseIndicatorQuery('')).toEqual({});
  });
  it('always writes the year; other keys only when not the fixed defaults, in a fixed order', () => {
    expect(serializeIndicatorQuery(defaults)).toBe('?year=2017');
    expect(serializeIndicatorQuery({ ...defaults, highlight: '530802', level: 'county' })).toBe('?year=2017&level=county&highlight=530802');
    expect(serializeIndicatorQuery({ year: 2016, level: null, province: '云南省', highlight: null })).toBe('?year=2016&province=%E4%BA%91%E5%8D%97%E7%9C%81');
    expect(serializeIndicatorQuery({ ...defaults, year: null })).toBe('');
  });
  it('carries tab and table order when they are not the defaults', () => {
    expect(serializeIndicatorQuery(defaults, { tab: 'table', sort: 'value', dir: 'desc' })).toBe('?year=2017&tab=table&sort=value-desc');
    expect(serializeIndicatorQuery(defaults, DEFAULT_VIEW)).toBe('?year=2017');
    const raw = parseIndicatorQuery('?year=2017&tab=table&sort=name-asc');
    expect(parseViewOptions(raw, ['chart', 'table'])).toEqual({ tab: 'table', sort: 'name', dir: 'asc' });
    expect(parseViewOptions(parseIndicatorQuery('?tab=share&sort=bogus-up'), ['chart', 'table'])).toEqual(DEFAULT_VIEW);
  });
  it('links a report value to its own year', () => {
    expect(indicatorHref('requests.received', 2023, 'pingtan-zone')).toBe('/indicators/requests.received/?year=2023&highlight=pingtan-zone');
  });
  it('round-trips through resolveState', () => {
    const rows: IndicatorRow[] = [
      { reportId: 'a', placeKey: '530802', name: '思茅区', level: 'county', province: '云南省', year: 2016, value: 1, flags: [] },
      { reportId: 'b', placeKey: '430725', name: '桃源县', level: 'county', province: '湖南省', year: 2017, value: 2, flags: [] },
    ];
    const s: IndicatorState = { year: 2016, level: 'county', province: '云南省', highlight: '530802' };
    const q = serializeIndicatorQuery(s);
    expect(resolveState(parseIndicatorQuery(q), rows)).toEqual({ state: s, notices: [] });
  });
  it('escapes the embed snippet', () => {
    expect(embedSnippet('https://x/embed/indicators/a/?year=2017&level=county', '"甲"<')).toBe(
      '<iframe src="https://x/embed/indicators/a/?year=2017&amp;level=county" title="&quot;甲&quot;&lt;" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });
});
