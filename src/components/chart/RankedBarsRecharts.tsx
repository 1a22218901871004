// The interactive ranked bar chart (Recharts): tooltips on hover, and on keyboard focus (←/→ move
// between bars). Lazy-loaded by IndicatorExplorer after hydration, into the box the static SVG
// (RankedBars.tsx) occupied: same width, same height, same rows, same labels — no layout shift.
// Only the Recharts pieces used here are imported, so the chunk holds BarChart and its axes only.
import { XAxis } from 'recharts';
import VerticalBars from './VerticalBars.tsx';
import type { RankedRow } from '../../lib/site/indicator-state.ts';
import { flagZh, LEVEL_ZH } from '../../lib/site/labels.ts';
import { valueText } from '../../lib/site/format.ts';
import type { Level } from '../../lib/types.ts';
import {
  ACCENT,
  AXIS_FONT,
  AXIS_HEIGHT,
  BAR,
  CHART_WIDTH,
  INK,
  MUTED,
  PAD_Y,
  UNIT_GAP,
  ROW_HEIGHT,
  VALUE_GAP,
  barsGeometry,
  chartBoxHeight,
  chartRows,
  placeTick,
  tickText,
  unitCaption,
  valueLabel,
  type BarsProps,
} from './RankedBars.tsx';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}
interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}
interface TipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: RankedRow }>;
}

const num = (v: number | string | undefined) => Number(v ?? 0);

export default function RankedBarsRecharts({ rows, unit, title, onOpen }: BarsProps) {
  const shown = chartRows(rows);
  const byKey = new Map(shown.map((r) => [r.placeKey, r]));
  const height = chartBoxHeight(shown.length);
  // The same round ticks and axis end as the static chart, so bars keep their length on hand-over.
  const { ticks, top, barX, barMax } = barsGeometry(shown, unit);
  const open = (r: RankedRow | undefined) => (onOpen && r ? () => onOpen(r) : undefined);
  const pointer = onOpen ? { cursor: 'pointer' } : undefined;

  const Tick = ({ x, y, payload }: TickProps) => {
    const r = byKey.get(String(payload?.value));
    if (!r) return null;
    return (
      <text
        x={num(x)}
        y={num(y)}
        dy="0.35em"
        textAnchor="end"
        fill={r.highlighted ? ACCENT : INK}
        fontWeight={r.highlighted ? 700 : 400}
        className={r.highlighted ? 'place hl' : 'place'}
        data-place={r.placeKey}
        onClick={open(r)}
        style={pointer}
      >
        {placeTick(r)}
        <title>{r.name}</title>
      </text>
    );
  };

  const ValueLabel = ({ x, y, width, height: h, index }: BarLabelProps) => {
    const r = shown[index ?? -1];
    if (!r) return null;
    return (
      <text
        x={num(x) + num(width) + VALUE_GAP}
        y={num(y) + num(h) / 2}
        dy="0.35em"
        fill={INK}
        fontWeight={r.highlighted ? 700 : 400}
        className={r.highlighted ? 'value hl' : 'value'}
        data-place={r.placeKey}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {valueLabel(r, unit)}
      </text>
    );
  };

  const BarShape = ({ x, y, width, height: h, fill, index }: BarLabelProps & { fill?: string }) => {
    const r = shown[index ?? -1];
    return (
      <rect
        x={num(x)}
        y={num(y)}
        width={Math.max(0, num(width))}
        height={num(h)}
        fill={fill}
        rx={1.5}
        className={r?.highlighted ? 'bar hl' : 'bar'}
        data-place={r?.placeKey}
        onClick={open(r)}
        style={pointer}
      />
    );
  };

  const Tip = ({ active, payload }: TipProps) => {
    const r = active ? payload?.[0]?.payload : undefined;
    if (!r) return null;
    const where = [r.level ? LEVEL_ZH[r.level as Level] : null, r.province || null, `${r.year} 年报告`].filter(Boolean).join(' · ');
    const flags = r.flags.map((f) => flagZh(f).short).join('；');
    return (
      <div className="rb-tip" data-testid="bars-tooltip">
        <p className="rb-tip-name">
          {r.name}
          {r.highlighted && <span className="badge hl">突出显示</span>}
        </p>
        <p>
          第 {r.rank} 名：<strong>{valueText(r.value, unit, r.flags)}</strong>
          {unit ? ` ${unit}` : ''}
        </p>
        <p className="rb-tip-meta">{where}</p>
        {flags && <p className="rb-tip-meta">标记：{flags}</p>}
      </div>
    );
  };

  return (
    <div className="bars-recharts" data-testid="bars-recharts" data-bars={shown.length} style={{ width: CHART_WIDTH, height }}>
      <VerticalBars
        width={CHART_WIDTH}
        height={height}
        data={shown}
        margin={{ top: PAD_Y, right: CHART_WIDTH - barX - barMax, bottom: PAD_Y, left: 0 }}
        barSize={ROW_HEIGHT - 6}
        ariaLabel={`${title}（图表：将鼠标移到条形上或用左右方向键查看详情；完整数据见“表格”）`}
        xAxis={
          <XAxis
            type="number"
            domain={[0, top]}
            ticks={ticks}
            interval={0}
            height={AXIS_HEIGHT}
            stroke={MUTED}
            tick={{ fill: MUTED, fontSize: AXIS_FONT }}
            tickFormatter={tickText}
            label={{ value: unitCaption(unit), position: 'right', offset: UNIT_GAP, fill: MUTED, fontSize: AXIS_FONT }}
          />
        }
        categoryKey="placeKey"
        categoryWidth={barX}
        valueKey="value"
        tick={Tick}
        tip={Tip}
        shape={BarShape}
        label={ValueLabel}
        keyOf={(r) => r.placeKey}
        fillOf={(r) => (r.highlighted ? ACCENT : BAR)}
      />
    </div>
  );
}
