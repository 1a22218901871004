// Line chart of a few places across years, plain SVG (server-rendered on place pages, rendered by
// the indicator island in the 趋势 view). A template change is marked: the segment across it is
// dashed and a labelled vertical line stands between the two years. Points carry their report id
// (data-report); the table twin links each value to its report.
import { niceTicks } from '../../lib/site/ticks.ts';
import type { ShownLine } from '../../lib/site/trend-url.ts';
import { astroReact } from '../astro-react.ts';

export const TREND_WIDTH = 720;
export const TREND_HEIGHT = 300;
const PAD = { left: 64, right: 20, top: 26, bottom: 36 };
// Six colours ≥ 3:1 against white (WCAG 1.4.11), told apart by their marker shape as well.
export const LINE_COLOURS = ['#0b5cad', '#b3261e', '#1b7f3b', '#7b3fa0', '#9a5300', '#00707a'];
const INK = '#1d1d1f';
const MUTED = '#555b61';
const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'circle', 'square'] as const;

function Marker({ shape, x, y, colour }: { shape: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (shape === 'diamond') return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} fill={colour} />;
  if (shape === 'triangle') return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={4} fill={colour} />;
}

export interface TrendChartProps {
  lines: readonly ShownLine[];
  /** Value text for labels and tooltips (“154 件”, “33.3 %”). */
  format: (v: number) => string;
  unit: string | null;
  title: string;
  /** Year range of the axis (defaults to the data's). */
  from?: number | null;
  to?: number | null;
  width?: number;
  height?: number;
}

function TrendChart({ lines, format, unit, title, from, to, width = TREND_WIDTH, height = TREND_HEIGHT }: TrendChartProps) {
  const all = lines.flatMap((l) => l.pts);
  if (!all.length) {
    return (
      <div className="chart-empty" style={{ height: 120 }} data-testid="trend-empty">
        所选地区和年份没有数值
      </div>
    );
  }
  const y0 = from ?? Math.min(...all.map((p) => p[0]));
  const y1 = to ?? Math.max(...all.map((p) => p[0]));
  const ticks = niceTicks(Math.max(...all.map((p) => p[1]), 0));
  const top = ticks[ticks.length - 1]!;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (year: number) => PAD.left + (y1 === y0 ? plotW / 2 : ((year - y0) / (y1 - y0)) * plotW);
  const y = (v: number) => PAD.top + plotH - (top > 0 ? (v / top) * plotH : 0);
  const yearTicks: number[] = [];
  const stepYears = Math.max(1, Math.ceil((y1 - y0) / 12));
  for (let yr = y0; yr <= y1; yr += stepYears) yearTicks.push(yr);
  // Where a template changes: between the two years, once per distinct position.
  const breakXs = [...new Set(lines.flatMap((l) => l.breaks.map((b) => (x(l.pts[b - 1]![0]) + x(l.pts[b]![0])) / 2)))];
  return (
    <svg className="trend" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} data-testid="trend-chart" fontSize={12}>
      <g className="axis" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? MUTED : '#e3e6e9'} />
            <text x={PAD.left - 6} y={y(t)} dy="0.35em" textAnchor="end" fill={MUTED} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t.toLocaleString('en-US')}
            </text>
          </g>
        ))}
        {yearTicks.map((yr) => (
          <text key={yr} x={x(yr)} y={height - PAD.bottom + 16} textAnchor="middle" fill={MUTED}>
            {yr}
          </text>
        ))}
        <text x={PAD.left - 6} y={PAD.top - 12} textAnchor="end" fill={MUTED}>
          {unit ? `单位：${unit}` : '数值'}
        </text>
      </g>
      {breakXs.map((bx) => (
        <g key={bx} className="template-break" data-testid="template-break">
          <line x1={bx} x2={bx} y1={PAD.top - 4} y2={PAD.top + plotH} stroke={MUTED} strokeDasharray="3 3" />
          <text x={bx + 4} y={PAD.top - 8} fill={MUTED}>
            格式改变
          </text>
        </g>
      ))}
      {lines.map((l, li) => {
        const colour = LINE_COLOURS[li % LINE_COLOURS.length]!;
        return (
          <g key={l.k} className="trend-line" data-place={l.k}>
            {l.pts.slice(1).map((p, i) => {
              const a = l.pts[i]!;
              const dashed = l.breaks.includes(i + 1);
              return <line key={p[0]} x1={x(a[0])} y1={y(a[1])} x2={x(p[0])} y2={y(p[1])} stroke={colour} strokeWidth={2} strokeDasharray={dashed ? '5 4' : undefined} />;
            })}
            {/* No links inside role="img" (axe nested-interactive): the table twin links every value to its report. */}
            {l.pts.map((p) => (
              <g key={p[0]} className="pt" data-year={p[0]} data-value={p[1]} data-report={p[3]}>
                <Marker shape={MARKERS[li % MARKERS.length]!} x={x(p[0])} y={y(p[1])} colour={colour} />
                <title>{`${l.n} ${p[0]} 年：${p[4].includes('approximate') ? '约 ' : ''}${format(p[1])}（${p[2] === 'pre2019' ? '2014 统计表及以前' : '2019 年后格式'}）`}</title>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** Legend as HTML (readable, wraps on phones): colour and marker per place. */
export function TrendLegend({ lines }: { lines: readonly ShownLine[] }) {
  return (
    <ul className="trend-legend">
      {lines.map((l, i) => (
        <li key={l.k}>
          <svg width={14} height={14} aria-hidden="true">
            <Marker shape={MARKERS[i % MARKERS.length]!} x={7} y={7} colour={LINE_COLOURS[i % LINE_COLOURS.length]!} />
          </svg>{' '}
          {l.n}
        </li>
      ))}
      <li className="muted">
        <svg width={22} height={10} aria-hidden="true">
          <line x1={0} x2={22} y1={5} y2={5} stroke={MUTED} strokeWidth={2} strokeDasharray="5 4" />
        </svg>{' '}
        虚线：前后两年格式不同（按对照表换算）
      </li>
    </ul>
  );
}

/** Table twin: years × places. */
export function TrendTable({ lines, format, caption }: { lines: readonly ShownLine[]; format: (v: number, flags: string) => string; caption: string }) {
  const years = [...new Set(lines.flatMap((l) => l.pts.map((p) => p[0])))].sort((a, b) => a - b);
  return (
    <div className="table-wrap">
      <table className="trend-table" data-testid="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {lines.map((l) => (
              <th key={l.k} scope="col" className="num">
                {l.n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((yr) => (
            <tr key={yr} data-year={yr}>
              <th scope="row">{yr}</th>
              {lines.map((l) => {
                const i = l.pts.findIndex((p) => p[0] === yr);
                const p = l.pts[i];
                return (
                  <td key={l.k} className="num">
                    {p ? (
                      <>
                        <a href={`/reports/${p[3]}/`}>{format(p[1], p[4])}</a>
                        {l.breaks.includes(i) && <span className="tmark"> ▲ 格式改变</span>}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default astroReact(TrendChart);
