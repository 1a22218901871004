// The ranked bars' geometry: the fixed columns for ordinary labels, widened or shortened so that no
// name and no value label leaves the chart in any font (text-width.ts labelWidth is an upper bound).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { BAR_MAX_DEFAULT, CHART_WIDTH, NAME_WIDTH, VALUE_GAP, barsGeometry, chartRows, placeTick, valueLabel, widest } from '../../../../src/components/chart/RankedBars.tsx';
import type { RankedRow } from '../../../../src/lib/site/indicator-state.ts';

const row = (i: number, name: string, value: number, extra: Partial<RankedRow> = {}): RankedRow => ({
  reportId: `p${i}-2020`, placeKey: `p${i}`, name, level: 'county', province: '湖南省', year: 2020, value, flags: [], rank: i + 1, highlighted: false, ...extra,
});

describe('barsGeometry', () => {
  it('keeps the fixed columns for ordinary names and values', () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i, ['桃源县', '思茅区', '平潭综合实验区'][i % 3]!, 5000 - i * 100));
    const { ticks: _ticks, top: _top, ...columns } = barsGeometry(rows, '件');
    expect(columns).toEqual({ nameWidth: NAME_WIDTH, barX: NAME_WIDTH + 8, barMax: BAR_MAX_DEFAULT });
  });

  test.prop([
    fc.array(fc.record({ name: fc.string({ unit: fc.constantFrom('县', '区', '新', '疆', '兵', '团', 'A', '1', '（', '）'), minLength: 1, maxLength: 16 }), value: fc.integer({ min: 0, max: 10_000_000 }), derived: fc.boolean() }), { minLength: 1, maxLength: 40 }),
    fc.nat(40),
    fc.constantFrom('件', '万元', null),
  ])('leaves every name and value label inside the chart, whatever the names, values, ranks and highlighted place', (specs, hl, unit) => {
    const rows = specs
      .map((s, i) => row(i, s.name, s.value, { flags: s.derived ? ['derived'] : [], highlighted: i === hl, rank: i + 1 + (i === hl ? 900 : 0) }))
      .sort((a, b) => b.value! - a.value!);
    const shown = chartRows(rows);
    const g = barsGeometry(shown, unit);
    const outside = shown.filter((r) => {
      const end = g.barX + (g.top > 0 ? (r.value! / g.top) * g.barMax : 0) + VALUE_GAP + widest(valueLabel(r, unit), r.highlighted);
      return widest(placeTick(r), r.highlighted) > g.nameWidth || end > CHART_WIDTH + 1e-6;
    });
    expect(outside).toEqual([]);
  });
});
