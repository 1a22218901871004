// Small multiples for the core concepts: one bar per selected place, in column order.
// This plain-SVG version draws at once (and is the fallback if Recharts cannot load); CompareApp then
// lazy-loads CoreChartsRecharts.tsx (tooltips) into boxes of exactly the same size.
import type { ReactNode } from 'react';
import { valueText } from '../../lib/site/format.ts';
import { labelWidth } from '../../lib/site/text-width.ts';
import type { Column, CompareRow } from '../../lib/site/compare-state.ts';

export const CORE_W = 340;
export const CORE_ROW = 22;
/** Longest name drawn in full; longer ones are clipped with … (the full name is in <title> and the tooltip). */
export const CORE_NAME_CHARS = 10;
/** Font size of both renderers' labels (px): set on their SVGs, so the page's font size never enters. */
export const CORE_FONT = 12;
/** Recharts draws a category tick at the axis width − tickSize (6) − tickMargin (2); the plain SVG's names end there too. */
export const CORE_TICK_GAP = 8;
export const CORE_VAL = 90;
export const CORE_PAD = 4;
export const ACCENT = '#0b5cad';
export const BAR = '#6b7785';
export const INK = '#1d1d1f';

export function coreHeight(columns: number): number {
  return columns * CORE_ROW + CORE_PAD * 2;
}

export function shortName(n: string): string {
  return n.length > CORE_NAME_CHARS ? n.slice(0, CORE_NAME_CHARS - 1) + '…' : n;
}

/** Width of the name column: the longest (clipped) name of these columns fits in any font, so no name is cut at the left. */
export function coreNameWidth(columns: readonly Column[]): number {
  const longest = Math.max(labelWidth('地区', CORE_FONT), ...columns.map((c) => labelWidth(shortName(c.place.n), CORE_FONT)));
  return Math.ceil(longest) + CORE_TICK_GAP + 4;
}

export function markText(mark: string | null): string {
  return mark === 'max' ? ' ▲' : mark === 'min' ? ' ▼' : '';
}

/** Text alternative of one small chart: every place with its value. */
export function coreLabel(r: CompareRow, columns: readonly Column[]): string {
  return `${r.zh}：` + columns.map((c, i) => `${c.place.n} ${r.cells[i]!.value === null ? '无数据' : valueText(r.cells[i]!.value, r.unit)}`).join('，');
}

export function CoreFrame({ r, children }: { r: CompareRow; children: ReactNode }) {
  return (
    <figure className="core-chart" data-indicator={r.id}>
      <figcaption>
        {r.zh}
        {r.unit && <span className="muted">（{r.unit}）</span>}
      </figcaption>
      {children}
    </figure>
  );
}

export function CoreSvg({ r, columns }: { r: CompareRow; columns: readonly Column[] }) {
  const vals = r.cells.map((c) => c.value);
  const max = Math.max(0, ...vals.filter((v): v is number => v !== null));
  const h = coreHeight(columns.length);
  const CORE_NAME = coreNameWidth(columns);
  return (
    <svg width={CORE_W} height={h} viewBox={`0 0 ${CORE_W} ${h}`} role="img" aria-label={coreLabel(r, columns)} fontSize={CORE_FONT} className="core-svg">
      {columns.map((c, i) => {
        const v = vals[i] ?? null;
        const y = CORE_PAD + i * CORE_ROW;
        const w = v !== null && max > 0 ? (v / max) * (CORE_W - CORE_NAME - CORE_VAL) : 0;
        return (
          <g key={c.place.k}>
            <text x={CORE_NAME - CORE_TICK_GAP} y={y + CORE_ROW / 2} dy="0.35em" textAnchor="end" fill={INK}>
              {shortName(c.place.n)}
              <title>{c.place.n}</title>
            </text>
            <rect x={CORE_NAME} y={y + 3} width={w} height={CORE_ROW - 6} fill={i === 0 ? ACCENT : BAR} />
            <text x={CORE_NAME + w + 4} y={y + CORE_ROW / 2} dy="0.35em" fill={INK}>
              {v === null ? '—' : valueText(v, r.unit)}
              {markText(r.cells[i]!.mark)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function CoreCharts({ rows, columns }: { rows: readonly CompareRow[]; columns: readonly Column[] }) {
  return (
    <div className="core-charts" data-renderer="svg">
      {rows.map((r) => (
        <CoreFrame key={r.id} r={r}>
          <CoreSvg r={r} columns={columns} />
        </CoreFrame>
      ))}
    </div>
  );
}
