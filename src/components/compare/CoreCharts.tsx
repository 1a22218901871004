// Small multiples for the core concepts: one bar per selected place, in column order.
import { formatValue } from '../../lib/site/indicator-state.ts';
import type { Column, CompareRow } from '../../lib/site/compare-state.ts';

const W = 320;
const ROW = 22;
const NAME = 96;
const VAL = 90;

export default function CoreCharts({ rows, columns }: { rows: readonly CompareRow[]; columns: readonly Column[] }) {
  return (
    <div className="core-charts">
      {rows.map((r) => {
        const vals = r.cells.map((c) => c.value);
        const max = Math.max(0, ...vals.filter((v): v is number => v !== null));
        const h = columns.length * ROW + 8;
        const label = `${r.zh}：` + columns.map((c, i) => `${c.place.n} ${vals[i] === null ? '无数据' : formatValue(vals[i]!, r.unit)}`).join('，');
        return (
          <figure key={r.id} className="core-chart">
            <figcaption>
              {r.zh}
              {r.unit && <span className="muted">（{r.unit}）</span>}
            </figcaption>
            <svg width={W} height={h} viewBox={`0 0 ${W} ${h}`} role="img" aria-label={label} fontSize={12}>
              {columns.map((c, i) => {
                const v = vals[i];
                const y = 4 + i * ROW;
                const w = v !== null && max > 0 ? (v / max) * (W - NAME - VAL) : 0;
                const mark = r.cells[i]!.mark;
                return (
                  <g key={c.place.k}>
                    <text x={NAME - 4} y={y + ROW / 2} dy="0.35em" textAnchor="end" fill="#1d1d1f">
                      {c.place.n.length > 7 ? c.place.n.slice(0, 6) + '…' : c.place.n}
                    </text>
                    <rect x={NAME} y={y + 3} width={w} height={ROW - 6} fill={i === 0 ? '#0b5cad' : '#6b7785'} />
                    <text x={NAME + w + 4} y={y + ROW / 2} dy="0.35em" fill="#1d1d1f">
                      {v === null ? '—' : formatValue(v, r.unit)}
                      {mark === 'max' ? ' ▲' : mark === 'min' ? ' ▼' : ''}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
