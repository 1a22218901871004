import { describe, expect, it } from 'vitest';
import { keyFigures, latestFigures, listFigures } from '../../../../src/lib/site/key-figures.ts';
import { postReport, preReport } from './fixture-report.ts';

describe('keyFigures', () => {
  it('reads the crosswalk concepts with last year from another template', () => {
    const now = postReport();
    const before = preReport({ id: 'x-2020', meta: { ...preReport().meta, year: 2020 } });
    const k = keyFigures(now, [before]);
    const rec = k.find((f) => f.key === 'requests-received')!;
    expect(rec).toMatchObject({ zh: '收到公开申请', value: 70, ids: ['t3.new_received.total'] });
    expect(rec.prev).toMatchObject({ year: 2020, value: 210, reportId: 'x-2020', templateChanged: true, lastYear: true });
    expect(k.find((f) => f.key === 'lawsuits')!.value).toBe(12); // derived t4.litigation.total
  });
  it('has no previous value without a previous report', () => {
    expect(keyFigures(preReport(), []).every((f) => f.prev === null)).toBe(true);
  });
  it('gives list figures', () => {
    expect(listFigures(preReport())).toEqual({ received: 210, granted: null });
    expect(listFigures(postReport())).toEqual({ received: 70, granted: 30 });
  });
  it('takes each previous figure from the nearest earlier year that has it, and says it is not last year', () => {
    const now = postReport(); // 2021
    const y2019 = postReport({ id: 'x-2019', meta: { ...postReport().meta, year: 2019 } });
    const y2020 = preReport({ id: 'x-2020', meta: { ...preReport().meta, year: 2020 } });
    const later = postReport({ id: 'x-2023', meta: { ...postReport().meta, year: 2023 } });
    const k = keyFigures(now, [y2019, later, now]);
    expect(k.find((f) => f.key === 'requests-received')!.prev).toMatchObject({ year: 2019, reportId: 'x-2019', lastYear: false, templateChanged: false });
    // 2020 (the 2014 form) has 收到申请 but no 予以公开: that one comes from 2019
    const both = keyFigures(now, [y2019, y2020]);
    expect(both.find((f) => f.key === 'requests-received')!.prev).toMatchObject({ year: 2020, lastYear: true });
    expect(both.find((f) => f.key === 'granted')!.prev).toMatchObject({ year: 2019, lastYear: false });
  });
});

describe('latestFigures', () => {
  it('gives a place’s figures from its latest report, or the nearest earlier year that has them, with the year', () => {
    const y2020 = preReport({ id: 'x-2020', meta: { ...preReport().meta, year: 2020 } });
    const y2019 = postReport({ id: 'x-2019', meta: { ...postReport().meta, year: 2019 } });
    const { latestYear, figures } = latestFigures([y2019, y2020]);
    expect(latestYear).toBe(2020);
    expect(figures.find((f) => f.key === 'requests-received')).toMatchObject({ value: 210, year: 2020, reportId: 'x-2020', fromLatest: true });
    expect(figures.find((f) => f.key === 'granted')).toMatchObject({ value: 30, year: 2019, reportId: 'x-2019', fromLatest: false });
  });
  it('has no figures without annual reports', () => {
    const { latestYear, figures } = latestFigures([]);
    expect(latestYear).toBeNull();
    expect(figures.every((f) => f.value === null && f.year === null)).toBe(true);
  });
});
