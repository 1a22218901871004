import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SHOWN_ROWS, findHighlight, tableWindow, viewHead, viewNeedsAll } from '../../../../src/lib/site/indicator-head.ts';
import { selectRows, summarize, type IndicatorRow, type IndicatorState, type RankedRow } from '../../../../src/lib/site/indicator-state.ts';
import { DEFAULT_VIEW } from '../../../../src/lib/site/indicator-url.ts';

const state: IndicatorState = { year: 2020, level: null, province: null, highlight: null };

function row(key: string, value: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return { reportId: `${key}-2020`, placeKey: key, name: `地${key}`, level: 'county', province: '云南省', year: 2020, value, flags: [], ...extra };
}

/** A year of n places with distinct values, a few approximate, small-sample and gap rows among them. */
function country(n: number): IndicatorRow[] {
  return Array.from({ length: n }, (_, i) => {
    const key = String(100000 + i);
    if (i % 97 === 5) return row(key, null, { gap: 'blank' });
    if (i % 89 === 3) return row(key, (i * 37) % 1000, { flags: ['approximate'] });
    return row(key, (i * 7919) % 100003);
  });
}

describe('viewHead', () => {
  it('carries every row of a small year, marked complete', () => {
    const rows = country(40);
    const { rows: head, head: facts } = viewHead(rows, state, '收到申请数', '件');
    expect(head).toEqual(rows);
    expect(facts).toMatchObject({ total: 40, complete: true });
  });

  it('carries the first rows of a large view and the facts of all of them', () => {
    const rows = country(10_000);
    const sel = selectRows(rows, state);
    const { rows: head, head: facts } = viewHead(rows, state, '收到申请数', '件');
    expect(head).toHaveLength(SHOWN_ROWS);
    expect(facts).toEqual({
      total: 10_000,
      values: sel.filter((r) => r.value !== null).length,
      summary: summarize(sel, state, '收到申请数', '件'),
      complete: false,
    });
  });

  it('gives back exactly the first rows of the full view, ranks included (property)', () => {
    const rowArb = fc.record({
      key: fc.integer({ min: 0, max: 60 }).map(String),
      value: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      flag: fc.constantFrom([], ['approximate'], ['small-sample'], ['derived']),
      suffix: fc.constantFrom('', '-b'),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (specs, n) => {
        const rows = specs
          .map((s) => row(s.key, s.value, { flags: s.value === null ? [] : [...s.flag], reportId: `${s.key}-2020${s.suffix}`, ...(s.value === null ? { gap: 'blank' } : {}) }))
          .sort((a, b) => (a.placeKey < b.placeKey ? -1 : a.placeKey > b.placeKey ? 1 : a.reportId < b.reportId ? -1 : 1));
        const { rows: head } = viewHead(rows, state, 'x', null, n);
        expect(selectRows(head, state).slice(0, n)).toEqual(selectRows(rows, state).slice(0, n));
      }),
    );
  });
});

describe('viewNeedsAll', () => {
  it('is false for the default view, true for any filter, highlight or table order', () => {
    expect(viewNeedsAll(state, DEFAULT_VIEW)).toBe(false);
    expect(viewNeedsAll({ ...state, level: 'county' }, DEFAULT_VIEW)).toBe(true);
    expect(viewNeedsAll({ ...state, province: '云南省' }, DEFAULT_VIEW)).toBe(true);
    expect(viewNeedsAll({ ...state, highlight: '530802' }, DEFAULT_VIEW)).toBe(true);
    expect(viewNeedsAll(state, { sort: 'name', dir: 'asc' })).toBe(true);
    expect(viewNeedsAll(state, { sort: 'rank', dir: 'desc' })).toBe(true);
  });
});

describe('tableWindow', () => {
  const ranked = (n: number, hl = -1): RankedRow[] => Array.from({ length: n }, (_, i) => ({ ...row(String(i), n - i), rank: i + 1, highlighted: i === hl }));

  it('shows everything when the view fits or no limit is set', () => {
    expect(tableWindow(ranked(5), 10)).toEqual({ rows: ranked(5), extra: null, skipped: 0, hidden: 0 });
    expect(tableWindow(ranked(50), null).rows).toHaveLength(50);
  });

  it('cuts at the limit and adds a highlighted place from further down, saying how many are skipped', () => {
    const w = tableWindow(ranked(50, 30), 10);
    expect(w.rows.map((r) => r.placeKey)).toEqual(ranked(10).map((r) => r.placeKey));
    expect(w.extra?.placeKey).toBe('30');
    expect(w.skipped).toBe(20);
    expect(w.hidden).toBe(39);
  });

  it('adds nothing when the highlighted place is already shown', () => {
    const w = tableWindow(ranked(50, 3), 10);
    expect(w.extra).toBeNull();
    expect(w.hidden).toBe(40);
  });
});

describe('findHighlight', () => {
  const years = [2021, 2020, 2019];
  const y2020 = [row('a', 1), row('b', null, { gap: 'blank' })];
  const y2019 = [row('c', 3, { year: 2019, name: '丙地' })];

  it('asks for the view year first, then the other years newest first', () => {
    expect(findHighlight('c', 2020, years, new Map())).toEqual({ status: 'fetch', year: 2020 });
    expect(findHighlight('c', 2020, years, new Map([[2020, y2020]]))).toEqual({ status: 'fetch', year: 2021 });
  });

  it('finds a place of the view year or of another year, gap rows included', () => {
    expect(findHighlight('b', 2020, years, new Map([[2020, y2020]]))).toEqual({ status: 'found', name: '地b' });
    expect(findHighlight('c', 2020, years, new Map([[2020, y2020], [2021, []], [2019, y2019]]))).toEqual({ status: 'found', name: '丙地' });
  });

  it('says missing only once every year was looked at', () => {
    expect(findHighlight('zz', 2020, years, new Map([[2020, y2020], [2021, []], [2019, y2019]]))).toEqual({ status: 'missing' });
    expect(findHighlight('zz', null, [], new Map())).toEqual({ status: 'missing' });
  });
});
