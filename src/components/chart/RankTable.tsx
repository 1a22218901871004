// The table twin of the chart: the selected rows, sortable by column (buttons in headers, aria-sort);
// the first `limit` of them (indicator-head.ts tableWindow) and a highlighted place further down.
import { sortRows, type RankedRow, type SortDir, type SortKey } from '../../lib/site/indicator-state.ts';
import { tableWindow } from '../../lib/site/indicator-head.ts';
import { flagZh, gapZh, LEVEL_ZH } from '../../lib/site/labels.ts';
import { valueText } from '../../lib/site/format.ts';
import type { Level } from '../../lib/types.ts';

const COLS: Array<{ key: SortKey | null; label: string; num?: boolean }> = [
  { key: 'rank', label: '排名', num: true },
  { key: 'name', label: '地区' },
  { key: 'level', label: '层级' },
  { key: 'province', label: '省份' },
  { key: 'value', label: '数值', num: true },
  { key: null, label: '标记' },
  { key: null, label: '报告' },
];

export interface TableSort {
  key: SortKey;
  dir: SortDir;
}

/** The order after clicking a column header: same column flips, a new column starts high → low for values. */
export function nextSort(s: TableSort, key: SortKey): TableSort {
  return s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'value' ? 'desc' : 'asc' };
}

/** The order is the caller's (it is part of the page URL). `loading`: the rows are not there yet (one row says so). */
export default function RankTable({
  rows, unit, caption, interactive, sort, onSort, limit = null, loading = null,
}: {
  rows: readonly RankedRow[]; unit: string | null; caption: string; interactive: boolean; sort: TableSort; onSort: (s: TableSort) => void;
  limit?: number | null; loading?: string | null;
}) {
  const win = tableWindow(sortRows(rows, sort.key, sort.dir), limit);
  const toggle = (key: SortKey) => onSort(nextSort(sort, key));
  const row = (r: RankedRow) => (
    <tr key={r.placeKey} className={r.highlighted ? 'highlighted' : undefined} data-place={r.placeKey}>
      <td className="num">{r.rank ?? '—'}</td>
      <th scope="row">
        {r.name}
        {r.highlighted && <span className="badge hl">突出显示</span>}
      </th>
      <td>{r.level ? LEVEL_ZH[r.level as Level] : '—'}</td>
      <td>{r.province || '—'}</td>
      <td className="num" data-value={r.value ?? ''}>
        {r.value === null ? <span title={gapZh(r.gap ?? '').long}>—</span> : valueText(r.value, unit, r.flags)}
      </td>
      <td>
        {r.value === null ? `未给出数值：${gapZh(r.gap ?? '').short}` : r.flags.map((f) => flagZh(f).short).join('；')}
        {r.calc && <span className="calc">{r.flags.length ? '；' : ''}= {r.calc}</span>}
      </td>
      <td>
        <a href={`/reports/${r.reportId}/`}>{r.year} 年报告</a>
      </td>
    </tr>
  );
  return (
    <div className="table-wrap sticky">
      <table className="rank-table" data-testid="rank-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLS.map((c) => {
              const label = c.key === 'value' && unit ? `${c.label}（${unit}）` : c.label;
              const active = c.key && sort.key === c.key;
              return (
                <th key={c.label} scope="col" className={c.num ? 'num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.key && interactive ? (
                    <button type="button" className="sort" onClick={() => toggle(c.key!)}>
                      {label}
                      <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ' ↕'}</span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {loading !== null ? (
            <tr>
              <td colSpan={COLS.length}>{loading}</td>
            </tr>
          ) : (
            <>
              {win.rows.length === 0 && (
                <tr>
                  <td colSpan={COLS.length}>当前筛选没有数据。</td>
                </tr>
              )}
              {win.rows.map(row)}
              {win.extra && (
                <tr className="skip-row">
                  <td colSpan={COLS.length}>…… 略去 {win.skipped} 个地区，下面是突出显示的地区 ……</td>
                </tr>
              )}
              {win.extra && row(win.extra)}
            </>
          )}
        </tbody>
      </table>
    </div>
  );
}
