// Indicators in rows (grouped), places in columns; per-row highest/lowest marked with text, not colour only.
import { flagZh, gapZh } from '../../lib/site/labels.ts';
import { valueText } from '../../lib/site/format.ts';
import type { Column, CompareCell, CompareGroup } from '../../lib/site/compare-state.ts';

function signed(n: number, unit: string | null): string {
  const s = valueText(Math.abs(n), unit);
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : '±0';
}

function Cell({ c, unit, first }: { c: CompareCell; unit: string | null; first: boolean }) {
  if (c.value === null) {
    return (
      <td className="num" data-value="">
        {c.gap ? <span title={gapZh(c.gap).long}>—<span className="visually-hidden">（{gapZh(c.gap).short}）</span></span> : <span title="报告未列出">—</span>}
      </td>
    );
  }
  return (
    <td className={`num${c.mark ? ` mark-${c.mark}` : ''}`} data-value={c.value}>
      {valueText(c.value, unit, c.flags)}
      {c.flags.includes('derived') && <span className="derived-tag" title={flagZh('derived').long}>派生</span>}
      {c.mark === 'max' && <span className="mark">▲最高</span>}
      {c.mark === 'min' && <span className="mark">▼最低</span>}
      {!first && c.diff !== null && <span className="diff">{signed(c.diff, unit)}</span>}
    </td>
  );
}

export default function CompareTable({ groups, columns, onlyDiff }: { groups: readonly CompareGroup[]; columns: readonly Column[]; onlyDiff: boolean }) {
  return (
    <>
      {groups.map((g) => {
        const rows = onlyDiff ? g.rows.filter((r) => r.differs) : g.rows;
        if (!rows.length) return null;
        return (
          <div className="table-wrap" key={g.title}>
            <table className="cmp-table">
              <caption>{g.title}</caption>
              <thead>
                <tr>
                  <th scope="col">指标</th>
                  {columns.map((c) => (
                    <th scope="col" className="num" key={c.place.k}>
                      {c.place.n}
                      <br />
                      <span className="muted">{c.report?.y ?? '—'} 年</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={r.differs ? 'differs' : undefined}>
                    <th scope="row">
                      {g.title.startsWith('核心') ? r.zh : <a href={`/indicators/${r.id}/`}>{r.zh}</a>}
                      {r.unit && <span className="muted">（{r.unit}）</span>}
                      {r.derived && <span className="derived-tag">派生</span>}
                    </th>
                    {r.cells.map((c, i) => (
                      <Cell key={columns[i]!.place.k} c={c} unit={r.unit} first={i === 0} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
