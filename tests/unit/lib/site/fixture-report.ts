// A small SiteReport for the site view tests (2014 table + a 2021 report).
import type { SiteReport } from '../../../../src/lib/records/model.ts';

export function preReport(over: Partial<SiteReport> = {}): SiteReport {
  const text = '收到申请210件，其中当面申请168件。同意公开205件。\n工作人员11人，专职2人，兼职22人。';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  return {
    id: '430725-2017',
    file: '001.txt',
    placeKey: '430725',
    placeName: '桃源县',
    meta: {
      issuer: '桃源县人民政府', jurisdiction: '桃源县', province: '湖南省', prefecture: '常德市', adcode: '430725', level: 'county',
      year: 2017, published: '2018-03-19', template: 'pre2019', kind: 'annual-report', variant: '2014', yearInferred: false, sources: {},
    },
    values: { 'requests.received': 210, 'requests.received.in_person': 168, 'requests.answered.already_public': 201, 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': 22, 'fees.total': 0.123456 },
    textValues: {},
    derived: {},
    provenance: {
      'requests.received': { start: at('210'), end: at('210') + 3, source: 'prose', label: '收到申请', raw: '210', flags: [] },
      'requests.received.in_person': { start: at('168'), end: at('168') + 3, source: 'prose', label: '当面', raw: '168', flags: ['approximate'] },
      'org.staff': { start: at('11'), end: at('11') + 2, source: 'prose', label: '工作人员', raw: '11', flags: [] },
    },
    gaps: [{ id: 'complaints.total', reason: 'ambiguous', candidates: [1, 10], raw: '110', start: at('205'), end: at('205') + 3 }],
    checks: [
      { rule: 'r.pass', severity: 'error', status: 'PASS', expression: '', zh: '通过的规则', values: {}, lhs: 1, rhs: 1, detail: '1 = 1' },
      { rule: 'pre.org.staff.sum', severity: 'error', status: 'FAIL', expression: 'org.staff = org.staff.full_time + org.staff.part_time', zh: '从事政府信息公开工作人员数=专职+兼职', values: { 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': 22 }, lhs: 11, rhs: 24, detail: '11 ≠ 2 + 22' },
      { rule: 'r.na', severity: 'warning', status: 'NOT_ASSESSABLE', expression: '', zh: '无法评估的规则', values: { x: null }, lhs: null, rhs: null, detail: '? = ?' },
    ],
    conflicts: [{ id: 'requests.answered.already_public', kept: 201, other: 205, keptSpan: { start: 0, end: 0 }, otherSpan: { start: at('205'), end: at('205') + 3 }, note: '' }],
    errors: [],
    notes: ['表格为竖线分隔'],
    encoding: 'utf-8',
    text,
    variants: [{ file: '001-copy.txt', sameValues: false, differences: ['a: 1 ≠ 2'] }],
    sourceInfo: null,
    ...over,
  };
}

export function postReport(over: Partial<SiteReport> = {}): SiteReport {
  const base = preReport();
  return {
    ...base,
    id: 'pingtan-zone-2021',
    file: 'pt-2021.txt',
    placeKey: 'pingtan-zone',
    placeName: '平潭综合实验区',
    meta: { ...base.meta, adcode: null, level: 'development-zone', province: '福建省', prefecture: null, year: 2021, template: 'post2019', variant: '2021' },
    values: { 't3.new_received.natural': 64, 't3.new_received.total': 70, 't3.granted.total': 30, 't4.review.total': 3, 't2.fees.amount': 24252.311082, 't4.lit_direct.total': 12 },
    derived: { 't4.litigation.total': 12, 't3.new_received.org': 6 },
    textValues: { 'text.fees.processing': 0 },
    provenance: {},
    gaps: [],
    checks: [],
    conflicts: [],
    variants: [],
    ...over,
  };
}
