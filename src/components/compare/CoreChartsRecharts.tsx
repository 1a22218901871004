// Core-indicator small multiples with Recharts (tooltips: full place name, report year, value,
// highest/lowest, difference from the base column). Lazy-loaded by CompareApp; each chart has the
// fixed size of the plain-SVG version in CoreCharts.tsx, which shows until this chunk has loaded.
import { XAxis } from 'recharts';
import VerticalBars from '../chart/VerticalBars.tsx';
import { valueText } from '../../lib/site/format.ts';
import type { Column, CompareRow } from '../../lib/site/compare-state.ts';
import { ACCENT, BAR, CORE_FONT, CORE_PAD, CORE_ROW, CORE_VAL, CORE_W, CoreFrame, INK, coreHeight, coreLabel, coreNameWidth, markText, shortName } from './CoreCharts.tsx';

interface Datum {
  k: string;
  name: string;
  year: number | null;
  base: boolean;
  /** value for the bar length (0 when there is none) */
  bar: number;
  value: number | null;
  mark: string | null;
  diff: number | null;
}

const num = (v: number | string | undefined) => Number(v ?? 0);

const BarShape = ({ x, y, width, height, fill }: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; fill?: string }) => (
  <rect x={num(x)} y={num(y)} width={Math.max(0, num(width))} height={num(height)} fill={fill} className="bar" />
);

function CoreChart({ r, columns }: { r: CompareRow; columns: readonly Column[] }) {
  const data: Datum[] = columns.map((c, i) => {
    const cell = r.cells[i]!;
    return { k: c.place.k, name: c.place.n, year: c.report?.y ?? null, base: i === 0, bar: cell.value ?? 0, value: cell.value, mark: cell.mark, diff: cell.diff };
  });
  const byKey = new Map(data.map((d) => [d.k, d]));
  const h = coreHeight(columns.length);
  const nameWidth = coreNameWidth(columns);
  const max = Math.max(0, ...data.map((d) => d.bar));

  const Tick = ({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => {
    const d = byKey.get(String(payload?.value));
    if (!d) return null;
    return (
      <text x={num(x)} y={num(y)} dy="0.35em" textAnchor="end" fill={INK}>
        {shortName(d.name)}
        <title>{d.name}</title>
      </text>
    );
  };
  const ValueLabel = (p: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number }) => {
    const d = data[p.index ?? -1];
    if (!d) return null;
    return (
      <text x={num(p.x) + num(p.width) + 4} y={num(p.y) + num(p.height) / 2} dy="0.35em" fill={INK} className="value">
        {d.value === null ? '—' : valueText(d.value, r.unit)}
        {markText(d.mark)}
      </text>
    );
  };
  const Tip = ({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: Datum }> }) => {
    const d = active ? payload?.[0]?.payload : undefined;
    if (!d) return null;
    const unit = r.unit ? ` ${r.unit}` : '';
    return (
      <div className="rb-tip" data-testid="core-tooltip">
        <p className="rb-tip-name">
          {d.name}
          {d.base && columns.length > 1 && <span className="badge">基准</span>}
        </p>
        <p>
          {d.value === null ? '无数据（报告未列出或无法确定）' : <strong>{valueText(d.value, r.unit)}</strong>}
          {d.value !== null && unit}
          {d.mark === 'max' ? '（最高）' : d.mark === 'min' ? '（最低）' : ''}
        </p>
        {d.diff !== null && !d.base && (
          <p className="rb-tip-meta">
            与基准列相差 {d.diff > 0 ? '+' : d.diff < 0 ? '−' : '±'}
            {valueText(Math.abs(d.diff), r.unit)}
            {unit}
          </p>
        )}
        {d.year !== null && <p className="rb-tip-meta">{d.year} 年报告</p>}
      </div>
    );
  };

  return (
    <div className="core-recharts" style={{ width: CORE_W, height: h, fontSize: CORE_FONT }}>
      <VerticalBars
        width={CORE_W}
        height={h}
        data={data}
        margin={{ top: CORE_PAD, right: CORE_VAL, bottom: CORE_PAD, left: 0 }}
        barSize={CORE_ROW - 6}
        ariaLabel={coreLabel(r, columns)}
        xAxis={<XAxis type="number" hide domain={[0, max > 0 ? max : 1]} />}
        categoryKey="k"
        categoryWidth={nameWidth}
        valueKey="bar"
        tick={Tick}
        tip={Tip}
        shape={BarShape}
        label={ValueLabel}
        keyOf={(d) => d.k}
        fillOf={(d) => (d.base ? ACCENT : BAR)}
      />
    </div>
  );
}

export default function CoreChartsRecharts({ rows, columns }: { rows: readonly CompareRow[]; columns: readonly Column[] }) {
  return (
    <div className="core-charts" data-renderer="recharts" data-testid="core-charts-recharts">
      {rows.map((r) => (
        <CoreFrame key={r.id} r={r}>
          <CoreChart r={r} columns={columns} />
        </CoreFrame>
      ))}
    </div>
  );
}
