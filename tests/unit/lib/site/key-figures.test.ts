import { describe, expect, it } from 'vitest';
import { keyFigures, listFigures } from '../../../../src/lib/site/key-figures.ts';
import { postReport, preReport } from './fixture-report.ts';

describe('keyFigures', () => {
  it('reads the crosswalk concepts with last year from another template', () => {
    const now = postReport();
    const before = preReport({ id: 'x-2020', meta: { ...preReport().meta, year: 2020 } });
    const k = keyFigures(now, before);
    const rec = k.find((f) => f.key === 'requests-received')!;
    expect(rec).toMatchObject({ zh: '收到公开申请', value: 70, ids: ['t3.new_received.total'] });
    expect(rec.prev).toMatchObject({ year: 2020, value: 210, reportId: 'x-2020', templateChanged: true });
    expect(k.find((f) => f.key === 'lawsuits')!.value).toBe(12); // derived t4.litigation.total
  });
  it('has no previous value without a previous report', () => {
    expect(keyFigures(preReport(), null).every((f) => f.prev === null)).toBe(true);
  });
  it('gives list figures', () => {
    expect(listFigures(preReport())).toEqual({ received: 210, granted: null });
    expect(listFigures(postReport())).toEqual({ received: 70, granted: 30 });
  });
});
