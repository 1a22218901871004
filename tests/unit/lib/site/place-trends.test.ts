import { describe, expect, it } from 'vitest';
import { coreTrends, rateTrends } from '../../../../src/lib/site/place-trends.ts';
import type { RateReport } from '../../../../src/lib/rates/rows.ts';

const rep = (year: number, template: string, values: Record<string, number>): RateReport => ({
  id: `pt-${year}`, placeKey: 'pt', placeName: '平潭综合实验区',
  meta: { year, template, variant: template === 'post2019' ? '2021' : '2014', kind: 'annual-report', level: 'development-zone', province: '福建省' },
  values, derived: {}, provenance: {}, checks: [],
});
const reports = [
  rep(2017, 'pre2019', { 'requests.received': 10, 'requests.answered': 10, 'requests.answered.granted': 4, 'requests.answered.already_public': 1 }),
  rep(2019, 'post2019', { 't3.new_received.total': 23, 't3.total.total': 23, 't3.granted.total': 7 }),
];

describe('place trends', () => {
  it('core series across the template break, linked to the indicator page’s trend view', () => {
    const t = coreTrends('pt', '平潭综合实验区', reports).find((x) => x.key === 'requests-received')!;
    expect([t.line.pts.map((p) => [p[0], p[1]]), t.line.breaks, t.href]).toEqual([[[2017, 10], [2019, 23]], [1], '/indicators/t3.new_received.total/?view=line&places=pt']);
  });

  it('rates per year with their calculation', () => {
    const t = rateTrends('pt', '平潭综合实验区', reports).find((x) => x.key === 'rate.granted')!;
    expect([t.line.pts.map((p) => [p[0], p[1]]), t.calc]).toEqual([[[2017, 50], [2019, 30.4]], { 2017: '5 ÷ 10', 2019: '7 ÷ 23' }]);
  });
});
