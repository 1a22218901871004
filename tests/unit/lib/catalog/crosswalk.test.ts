import { describe, expect, it } from 'vitest';
import { crosswalk } from '../../../../src/lib/catalog/index.ts';
import { coreSeries, parseSide, placeSeries, placeSeriesAll, seriesByKey, seriesValue, toSeries, type PlaceRecord } from '../../../../src/lib/catalog/crosswalk.ts';

const key = (k: string) => seriesByKey(k)!;

describe('coreSeries', () => {
  it('has one series per catalog crosswalk entry, with unique ascii keys and Chinese labels', () => {
    expect(coreSeries).toHaveLength(crosswalk.length);
    const keys = coreSeries.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of coreSeries) {
      expect(s.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(s.en).toBe(crosswalk.find((c) => c.concept === s.en)!.concept);
    }
  });

  it('covers the core concepts', () => {
    expect(coreSeries.map((s) => s.key)).toEqual(
      expect.arrayContaining(['requests-received', 'granted', 'partially-granted', 'refused', 'not-held', 'reconsiderations', 'lawsuits', 'normative-documents']),
    );
  });

  it('reads sums, variant alternatives and prose', () => {
    expect(key('granted').pre2019).toEqual({ ids: ['requests.answered.granted', 'requests.answered.already_public'], op: 'sum' });
    expect(key('granted').comparable).toBe('approximate');
    expect(key('requests-received')).toMatchObject({ comparable: 'yes', pre2019: { ids: ['requests.received'] }, post2019: { ids: ['t3.new_received.total'] } });
    expect(key('normative-documents').post2019!.byVariant).toEqual({
      '2021': { ids: ['t2.normative.issued'], op: 'sum' },
      '2019': { ids: ['t2.normative.new_made'], op: 'sum' },
    });
    expect(key('fees')).toMatchObject({ comparable: 'no', post2019: null, pre2019: { ids: ['fees.total'] } });
  });

  it('parseSide rejects ids that are not in the catalog and prose', () => {
    expect(parseSide('requests.received + no.such.id')).toBeNull();
    expect(parseSide('none…')).toBeNull();
    expect(parseSide(null)).toBeNull();
  });

  it('toSeries falls back to a slug for an unlabelled concept and maps odd comparability to no', () => {
    expect(toSeries({ concept: 'Something New!', pre2019: 'review.total', post2019: null, comparable: 'maybe' })).toMatchObject({
      key: 'something-new',
      zh: 'Something New!',
      comparable: 'no',
      pre2019: { ids: ['review.total'] },
    });
  });
});

describe('seriesValue', () => {
  it('sums the pre2019 ids', () => {
    const r = { template: 'pre2019' as const, variant: '2014' as const, values: { 'requests.answered.granted': 9, 'requests.answered.already_public': 201 } };
    expect(seriesValue('granted', r)).toEqual({ value: 210, ids: ['requests.answered.granted', 'requests.answered.already_public'], template: 'pre2019' });
  });

  it('never returns a partial sum', () => {
    const r = { template: 'pre2019' as const, variant: '2014' as const, values: { 'requests.answered.granted': 9 } };
    expect(seriesValue('granted', r)).toBeNull();
  });

  it('reads derived post2019 figures (不予公开, 行政诉讼合计)', () => {
    const r = { template: 'post2019' as const, variant: '2021' as const, values: {}, derived: { 't3.denied.total': 4, 't4.litigation.total': 2 } };
    expect(seriesValue('refused', r)).toMatchObject({ value: 4, template: 'post2019' });
    expect(seriesValue(key('lawsuits'), r)).toMatchObject({ value: 2, ids: ['t4.litigation.total'] });
  });

  it('picks the variant row for 规范性文件, and for mixed whichever row is printed', () => {
    const v2019 = { template: 'post2019' as const, variant: '2019' as const, values: { 't2.normative.new_made': 3, 't2.normative.issued': 99 } };
    expect(seriesValue('normative-documents', v2019)!.value).toBe(3);
    const mixed = { template: 'post2019' as const, variant: 'mixed' as const, values: { 't2.normative.new_made': 3 } };
    expect(seriesValue('normative-documents', mixed)).toMatchObject({ value: 3, ids: ['t2.normative.new_made'] });
    const v2021 = { template: 'post2019' as const, variant: '2021' as const, values: { 't2.normative.new_made': 3 } };
    expect(seriesValue('normative-documents', v2021)).toBeNull();
  });

  it('is null when the form has no such figure, the template is none, or the key is unknown', () => {
    expect(seriesValue('fees', { template: 'post2019', variant: '2021', values: { 't2.fees.amount': 5 } })).toBeNull();
    expect(seriesValue('granted', { template: 'none', variant: null, values: {} })).toBeNull();
    expect(seriesValue('no-such-series', { template: 'pre2019', variant: '2014', values: { 'review.total': 1 } })).toBeNull();
  });
});

describe('placeSeries', () => {
  const records: PlaceRecord[] = [
    { id: 'x-2018', year: 2018, template: 'pre2019', variant: '2014', values: { 'review.total': 3 } },
    { id: 'x-2019', year: 2019, template: 'post2019', variant: '2019', values: { 't4.review.total': 5 } },
    { id: 'x-2020', year: 2020, template: 'post2019', variant: '2019', values: {} },
    { id: 'x-2017b', year: 2017, template: 'pre2019', variant: '2014', values: { 'review.total': 2 } },
    { id: 'x-2017a', year: 2017, template: 'pre2019', variant: '2014', values: {} },
    { id: 'x-undated', year: null, template: 'pre2019', variant: '2014', values: { 'review.total': 9 } },
  ];

  it('gives one point per year with a value, in year order, flagging the template change', () => {
    expect(placeSeries('reconsiderations', records)).toEqual([
      { year: 2017, value: 2, ids: ['review.total'], template: 'pre2019', recordId: 'x-2017b', templateChange: false },
      { year: 2018, value: 3, ids: ['review.total'], template: 'pre2019', recordId: 'x-2018', templateChange: false },
      { year: 2019, value: 5, ids: ['t4.review.total'], template: 'post2019', recordId: 'x-2019', templateChange: true },
    ]);
  });

  it('builds every series at once', () => {
    const all = placeSeriesAll(records);
    expect(Object.keys(all).sort()).toEqual(coreSeries.map((s) => s.key).sort());
    expect(all['reconsiderations']).toHaveLength(3);
    expect(all['granted']).toEqual([]);
  });
});
