import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterQuery, filterSummary } from '../../../../src/lib/site/quality-filter.ts';

const ROWS = [
  { kind: 'fail', rule: 'r1', place: 'a' },
  { kind: 'fail', rule: 'r2', place: 'b' },
  { kind: 'conflict', rule: 'x', place: 'a' },
  { kind: 'unreadable', rule: 'decode', place: '' },
];
const KINDS = ['fail', 'warning', 'conflict', 'unreadable'];
const NONE = { kind: '', rule: '', place: '' };

describe('filterSummary', () => {
  it('without a filter shows every row and the full counts', () => {
    const s = filterSummary(ROWS, NONE, KINDS);
    expect(s).toMatchObject({ count: 4, total: 4, caption: '4 条', active: false, perKind: { fail: 2, warning: 0, conflict: 1, unreadable: 1 } });
  });
  it('the caption and the per-kind counts follow the active filters', () => {
    const s = filterSummary(ROWS, { ...NONE, place: 'a' }, KINDS);
    expect(s.shown).toEqual([true, false, true, false]);
    expect(s).toMatchObject({ count: 2, caption: '2 / 4 条', active: true, perKind: { fail: 1, warning: 0, conflict: 1, unreadable: 0 } });
    const one = filterSummary(ROWS, { kind: 'fail', rule: 'r2', place: '' }, KINDS);
    expect(one).toMatchObject({ count: 1, caption: '1 / 4 条', perKind: { fail: 1, conflict: 0 } });
  });
});

describe('filter URL', () => {
  it('round-trips through the query string and leaves inactive keys out', () => {
    const f = { kind: 'fail', rule: '', place: 'pingtan-zone' };
    expect(filterQuery(f)).toBe('?kind=fail&place=pingtan-zone');
    expect(filterFromQuery(filterQuery(f))).toEqual(f);
    expect(filterQuery(NONE)).toBe('');
    expect(filterFromQuery('?other=1')).toEqual(NONE);
  });
});
