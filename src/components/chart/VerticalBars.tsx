// The ranked horizontal bar chart both Recharts charts draw (the indicator chart, RankedBarsRecharts;
// the compare page's small multiples, CoreChartsRecharts): one category row per datum, custom ticks,
// bars, value labels and tooltip, no animation. Callers give the value axis and the pieces.
import type { ComponentProps, ReactElement } from 'react';
import { Bar, BarChart, Cell, LabelList, Tooltip, YAxis } from 'recharts';

type TooltipContent = ComponentProps<typeof Tooltip>['content'];
type Tick = ComponentProps<typeof YAxis>['tick'];
type Shape = ComponentProps<typeof Bar>['shape'];
type Label = ComponentProps<typeof LabelList>['content'];

export interface VerticalBarsProps<T> {
  width: number;
  height: number;
  data: readonly T[];
  margin: { top: number; right: number; bottom: number; left: number };
  barSize: number;
  ariaLabel: string;
  /** The value axis (an <XAxis type="number" …/>). */
  xAxis: ReactElement;
  /** Data key of the category (row) axis, and its width. */
  categoryKey: string;
  categoryWidth: number;
  /** Data key of the bar length. */
  valueKey: string;
  tick: Tick;
  tip: TooltipContent;
  shape: Shape;
  label: Label;
  keyOf: (d: T) => string;
  fillOf: (d: T) => string;
}

export default function VerticalBars<T>(p: VerticalBarsProps<T>) {
  return (
    <BarChart width={p.width} height={p.height} data={p.data as T[]} layout="vertical" margin={p.margin} barSize={p.barSize} role="img" aria-label={p.ariaLabel}>
      {p.xAxis}
      <YAxis type="category" dataKey={p.categoryKey} width={p.categoryWidth} axisLine={false} tickLine={false} interval={0} tick={p.tick} />
      <Tooltip content={p.tip} cursor={{ fill: '#eef1f4' }} isAnimationActive={false} />
      {/* A custom shape keeps zero-length bars in the layout, so 0 (and —) still get their labels. */}
      <Bar dataKey={p.valueKey} isAnimationActive={false} shape={p.shape}>
        {p.data.map((d) => (
          <Cell key={p.keyOf(d)} fill={p.fillOf(d)} />
        ))}
        <LabelList dataKey={p.valueKey} content={p.label} />
      </Bar>
    </BarChart>
  );
}
