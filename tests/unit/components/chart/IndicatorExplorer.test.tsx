// The indicator island's server render (what the page's HTML carries) for a country of 10,000 places:
// the default view's first SHOWN_ROWS rows, how many there are in all, links to every row.
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { gzipSync } from 'node:zlib';
import IndicatorExplorer from '../../../../src/components/chart/IndicatorExplorer.tsx';
import { SHOWN_ROWS, viewHead } from '../../../../src/lib/site/indicator-head.ts';
import { defaultState, indicatorFacts, toWire, type IndicatorRow } from '../../../../src/lib/site/indicator-state.ts';

const PROVINCES = ['云南省', '湖南省', '山东省', '新疆维吾尔自治区', '福建省', '上海市'];
/** One year of n places with distinct names, codes and values (some approximate, some gaps). */
function country(n: number, year = 2020): IndicatorRow[] {
  return Array.from({ length: n }, (_, i) => {
    const key = String(110000 + i * 7);
    const base = { reportId: `${key}-${year}`, placeKey: key, name: `第${i}号县`, level: 'county' as const, province: PROVINCES[i % PROVINCES.length]!, year };
    if (i % 97 === 5) return { ...base, value: null, flags: [], gap: 'blank' };
    return { ...base, value: (i * 7919) % 100_003, flags: i % 89 === 3 ? ['approximate'] : [] };
  });
}

function render(rows: IndicatorRow[]) {
  const state = defaultState(rows);
  const bounded = viewHead(rows, state, '收到申请数', '件');
  const props = { rows: JSON.stringify(toWire(bounded.rows)), head: JSON.stringify(bounded.head), facts: JSON.stringify({ ...indicatorFacts(rows), keys: undefined }) };
  const html = renderToString(<IndicatorExplorer id="requests.received" zh="收到申请数" unit="件" {...props} mode="page" origin="https://nianbao.cn" fullCsv="/data/indicators/requests.received.csv" />);
  return { html, props, head: bounded.head };
}

describe('IndicatorExplorer server render', () => {
  const big = render(country(10_000));

  it('lists the first SHOWN_ROWS places of 10,000 and says how many there are', () => {
    expect(big.html.match(/<tr[^>]* data-place=/g)).toHaveLength(SHOWN_ROWS);
    expect(big.html).toContain(`显示前 ${SHOWN_ROWS} 个，共 10,000 个地区。`);
  });

  it('links every row for readers without JavaScript: the year JSON and the CSV', () => {
    expect(big.html).toContain('href="/indicators/requests.received/2020.json"');
    expect(big.html).toContain('href="/data/indicators/requests.received.csv"');
  });

  it('states the summary over all places, not over the rows shown', () => {
    const rows = country(10_000);
    const ranked = rows.filter((r) => r.value !== null && !r.flags.includes('approximate')).length;
    expect(big.html).toContain(`2020 年 ${ranked} 个地区或部门中`);
    // the smallest value belongs to a place far below the rows shown
    expect(big.html).toContain('第0号县最少（0 件）');
    expect(big.html).not.toMatch(/<th scope="row">第0号县</);
  });

  it('stays small: markup and props of 10,000 places under 20 KB gzip', () => {
    const bytes = gzipSync(big.html + big.props.rows + big.props.head + big.props.facts).length;
    expect(bytes).toBeLessThan(20_000);
  });

  it('lists a small year whole, without the bounded note', () => {
    const small = render(country(30));
    expect(small.html.match(/<tr[^>]* data-place=/g)).toHaveLength(30);
    expect(small.html).not.toContain('显示前');
  });
});
