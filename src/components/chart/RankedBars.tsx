// Ranked horizontal bars as plain SVG. Rendering only: rows arrive ranked from indicator-state.ts.
//
// Why not Recharts here: measured with this island, Recharts 3's BarChart (with its redux store,
// immer, d3 and decimal.js) added 95 KB gzip on top of React's 69 KB — 167 KB against the 120 KB
// budget — and Recharts 3 server-renders an empty wrapper, so readers without JS got no chart.
// A ranked bar chart needs no scales beyond max(); this renders identically on the server and
// the client (the chart is in the static HTML) and keeps the island far under budget.
import { formatValue, type RankedRow } from '../../lib/site/indicator-state.ts';

export const CHART_WIDTH = 720;
export const ROW_HEIGHT = 26;
export const MAX_BARS = 30;
const PAD_Y = 6;
const NAME_WIDTH = 200;
const VALUE_WIDTH = 150;
const BAR_X = NAME_WIDTH + 8;
const BAR_MAX = CHART_WIDTH - BAR_X - VALUE_WIDTH;
// Bars ≥ 3:1 against white (WCAG 1.4.11); the highlighted place also gets ▶, bold text and a label.
const ACCENT = '#0b5cad';
const BAR = '#6b7785';
const INK = '#1d1d1f';

export function chartHeight(n: number): number {
  return Math.max(1, Math.min(n, MAX_BARS + 1)) * ROW_HEIGHT + PAD_Y * 2;
}

/** The bars drawn: the top MAX_BARS, plus the highlighted place when it ranks lower. */
export function chartRows(rows: readonly RankedRow[]): RankedRow[] {
  const vals = rows.filter((r) => r.v !== null);
  const top = vals.slice(0, MAX_BARS);
  const h = vals.find((r) => r.highlighted);
  if (h && !top.includes(h)) top.push(h);
  return top;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

export default function RankedBars({ rows, unit, title }: { rows: readonly RankedRow[]; unit: string | null; title: string }) {
  const shown = chartRows(rows);
  const height = chartHeight(shown.length);
  if (!shown.length) {
    return (
      <div className="chart-empty" style={{ height }}>
        没有可绘制的数值
      </div>
    );
  }
  const max = Math.max(...shown.map((r) => r.v!), 0);
  return (
    <svg
      className="bars"
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={title}
      data-testid="bars"
      fontSize={13}
    >
      {shown.map((r, i) => {
        const y = PAD_Y + i * ROW_HEIGHT;
        const w = max > 0 ? Math.max(0, (r.v! / max) * BAR_MAX) : 0;
        const gapBefore = i === MAX_BARS; // the highlighted place appended after the top bars
        const name = `${r.rank}. ${clip(r.n, 12)}`;
        return (
          <g key={r.k} data-place={r.k} className={r.highlighted ? 'bar hl' : 'bar'}>
            {gapBefore && <line x1={BAR_X} x2={BAR_X + BAR_MAX} y1={y} y2={y} stroke="#d5d8dc" strokeDasharray="4 3" />}
            <text x={NAME_WIDTH} y={y + ROW_HEIGHT / 2} dy="0.35em" textAnchor="end" fill={r.highlighted ? ACCENT : INK} fontWeight={r.highlighted ? 700 : 400}>
              {r.highlighted ? `▶ ${name}` : name}
              <title>{r.n}</title>
            </text>
            <rect x={BAR_X} y={y + 3} width={w} height={ROW_HEIGHT - 6} fill={r.highlighted ? ACCENT : BAR} rx={1.5} />
            <text x={BAR_X + w + 6} y={y + ROW_HEIGHT / 2} dy="0.35em" fill={INK} fontWeight={r.highlighted ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatValue(r.v, unit, r.f)}
              {r.f.includes('derived') ? '（派生）' : ''}
              {r.highlighted ? '（突出显示）' : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
