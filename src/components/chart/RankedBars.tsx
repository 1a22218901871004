// Ranked horizontal bars as plain SVG. Rendering only: rows arrive ranked from indicator-state.ts.
//
// This is the static chart: it is in the server-rendered HTML (readers without JS get a chart) and
// it is the placeholder while the interactive chart loads. After hydration IndicatorExplorer
// lazy-loads RankedBarsRecharts.tsx (Recharts 3 with tooltips) into the same fixed-size box:
// Recharts (redux store, immer, d3, decimal.js) is ~95 KB gzip and server-renders nothing, so it
// stays out of the initial island and out of the HTML. Both renderers share the geometry below.
import type { RankedRow } from '../../lib/site/indicator-state.ts';
import { valueText } from '../../lib/site/format.ts';
import { niceTicks } from '../../lib/site/ticks.ts';
import { labelWidth } from '../../lib/site/text-width.ts';

export const CHART_WIDTH = 720;
export const ROW_HEIGHT = 26;
export const MAX_BARS = 30;
export const PAD_Y = 6;
/** The name column and the room right of the longest bar, unless a chart's labels need more (barsGeometry). */
export const NAME_WIDTH = 200;
export const VALUE_WIDTH = 150;
/** Font size of the names and value labels (px): the static SVG's; chart.css gives .bars-recharts the same. */
export const LABEL_FONT = 13;
/** Space between a name and its bar (Recharts: tickSize 6 + tickMargin 2), and between a bar and its value. */
export const NAME_GAP = 8;
export const VALUE_GAP = 6;
/** The bars' length at the axis end with the fixed columns. */
export const BAR_MAX_DEFAULT = CHART_WIDTH - NAME_WIDTH - NAME_GAP - VALUE_WIDTH;
/** Font size of the value axis's ticks and unit caption (px), in both renderers. */
export const AXIS_FONT = 12;
/** Band under the bars for the value axis and its unit. */
export const AXIS_HEIGHT = 28;
/** Space between the end of the value axis and its unit caption. */
export const UNIT_GAP = 28;
// Bars ≥ 3:1 against white (WCAG 1.4.11); the highlighted place also gets ▶, bold text and a label.
export const ACCENT = '#0b5cad';
export const BAR = '#6b7785';
export const INK = '#1d1d1f';
export const MUTED = '#555b61';

export interface BarsGeometry {
  /** the value axis's round ticks (axisTicks); the last is the axis end */
  ticks: number[];
  /** the axis end: a bar of this value is barMax long */
  top: number;
  /** where the names end (right-aligned there) */
  nameWidth: number;
  /** where the bars start */
  barX: number;
  /** the length of a bar at the axis end */
  barMax: number;
}

/** Widest a label can be in any font (text-width.ts), bold (the highlighted place) a tenth wider. */
export const widest = (text: string, bold: boolean, size = LABEL_FONT) => labelWidth(text, size) * (bold ? 1.1 : 1);

/**
 * Where the bars of these rows go: the fixed columns, with the name column widened for a name that
 * would not fit it and the bars shortened so that no value label and not the unit caption run past
 * the chart's right edge — in any font, so the static chart and Recharts' agree and nothing is clipped.
 */
export function barsGeometry(shown: readonly RankedRow[], unit: string | null): BarsGeometry {
  const nameWidth = Math.max(NAME_WIDTH, Math.ceil(Math.max(0, ...shown.map((r) => widest(placeTick(r), r.highlighted)))));
  const barX = nameWidth + NAME_GAP;
  const ticks = axisTicks(shown);
  const top = ticks[ticks.length - 1]!;
  let barMax = Math.min(CHART_WIDTH - barX - VALUE_WIDTH, CHART_WIDTH - barX - UNIT_GAP - widest(unitCaption(unit), false, AXIS_FONT));
  for (const r of shown) {
    const room = CHART_WIDTH - barX - VALUE_GAP - widest(valueLabel(r, unit), r.highlighted);
    if (top > 0 && r.value! > 0) barMax = Math.min(barMax, (room * top) / r.value!);
  }
  return { ticks, top, nameWidth, barX, barMax: Math.max(0, Math.floor(barMax)) };
}

/** Height of the bar rows (without the axis band). */
export function chartHeight(n: number): number {
  return Math.max(1, Math.min(n, MAX_BARS + 1)) * ROW_HEIGHT + PAD_Y * 2;
}

/** Height of the whole chart box: bars + axis band. The static SVG and the Recharts chart both use it. */
export function chartBoxHeight(n: number): number {
  return chartHeight(n) + AXIS_HEIGHT;
}

/** Axis caption: 单位：件 (or 数值 when the indicator has no unit). */
export function unitCaption(unit: string | null): string {
  return unit ? `单位：${unit}` : '数值';
}

/** Tick text of a place: “3. 桃源县”, with ▶ for the highlighted place. */
export function placeTick(r: Pick<RankedRow, 'rank' | 'name' | 'highlighted'>): string {
  const name = `${r.rank}. ${clip(r.name, 12)}`;
  return r.highlighted ? `▶ ${name}` : name;
}

/** Value label beside a bar: the number, and in words what colour alone would say. */
export function valueLabel(r: Pick<RankedRow, 'value' | 'flags' | 'highlighted'>, unit: string | null): string {
  return `${valueText(r.value, unit, r.flags)}${r.flags.includes('derived') ? '（派生）' : ''}${r.highlighted ? '（突出显示）' : ''}`;
}

/** The bars drawn: the top MAX_BARS, plus the highlighted place when it ranks lower (unranked rows are not drawn). */
export function chartRows(rows: readonly RankedRow[]): RankedRow[] {
  const vals = rows.filter((r) => r.value !== null && r.rank !== null);
  const top = vals.slice(0, MAX_BARS);
  const h = vals.find((r) => r.highlighted);
  if (h && !top.includes(h)) top.push(h);
  return top;
}

/** Round value-axis ticks for the bars drawn (0 … a round value ≥ the largest); the last is the axis end. */
export function axisTicks(shown: readonly RankedRow[]): number[] {
  return niceTicks(Math.max(0, ...shown.map((r) => r.value ?? 0)));
}

/** Text of an axis tick: a round number with thousands separators (units are in the axis caption). */
export function tickText(t: number): string {
  return t.toLocaleString('en-US');
}

/** Where a click on a bar (or its name) goes: that place's report of that year. */
export function reportHref(r: Pick<RankedRow, 'reportId'>): string {
  return `/reports/${r.reportId}/`;
}

export function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

export interface BarsProps {
  rows: readonly RankedRow[];
  unit: string | null;
  title: string;
  /** A click on a bar or its name (after hydration): open that report. Keyboard users have the table twin's links. */
  onOpen?: (r: RankedRow) => void;
}

export default function RankedBars({ rows, unit, title, onOpen }: BarsProps) {
  const shown = chartRows(rows);
  if (!shown.length) {
    return (
      <div className="chart-empty" style={{ height: chartHeight(0) }}>
        没有可绘制的数值
      </div>
    );
  }
  const axisY = chartHeight(shown.length) - PAD_Y; // where Recharts puts its axis line too
  const height = chartBoxHeight(shown.length);
  const { ticks, top, nameWidth, barX, barMax } = barsGeometry(shown, unit);
  const at = (v: number) => barX + (top > 0 ? (v / top) * barMax : 0);
  return (
    <svg
      className="bars"
      width={CHART_WIDTH}
      height={height}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={title}
      data-testid="bars"
      fontSize={LABEL_FONT}
    >
      {shown.map((r, i) => {
        const y = PAD_Y + i * ROW_HEIGHT;
        const w = Math.max(0, at(r.value!) - barX);
        const gapBefore = i === MAX_BARS; // the highlighted place appended after the top bars
        return (
          <g key={r.placeKey} data-place={r.placeKey} className={r.highlighted ? 'bar hl' : 'bar'} onClick={onOpen && (() => onOpen(r))} style={onOpen ? { cursor: 'pointer' } : undefined}>
            {gapBefore && <line x1={barX} x2={barX + barMax} y1={y} y2={y} stroke="#d5d8dc" strokeDasharray="4 3" />}
            <text x={nameWidth} y={y + ROW_HEIGHT / 2} dy="0.35em" textAnchor="end" fill={r.highlighted ? ACCENT : INK} fontWeight={r.highlighted ? 700 : 400}>
              {placeTick(r)}
              <title>{r.name}</title>
            </text>
            <rect x={barX} y={y + 3} width={w} height={ROW_HEIGHT - 6} fill={r.highlighted ? ACCENT : BAR} rx={1.5} />
            <text x={barX + w + VALUE_GAP} y={y + ROW_HEIGHT / 2} dy="0.35em" fill={INK} fontWeight={r.highlighted ? 700 : 400} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {valueLabel(r, unit)}
            </text>
          </g>
        );
      })}
      <g className="axis" aria-hidden="true">
        <line x1={barX} x2={barX + barMax} y1={axisY} y2={axisY} stroke={MUTED} />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={at(t)} x2={at(t)} y1={axisY} y2={axisY + 5} stroke={MUTED} />
            <text x={at(t)} y={axisY + 18} textAnchor="middle" fill={MUTED} fontSize={AXIS_FONT} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {tickText(t)}
            </text>
          </g>
        ))}
        <text x={barX + barMax + UNIT_GAP} y={axisY + 16} fill={MUTED} fontSize={AXIS_FONT}>
          {unitCaption(unit)}
        </text>
      </g>
    </svg>
  );
}
