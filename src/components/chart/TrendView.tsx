// The 趋势 view of the indicator island: lines per chosen place across years, through the crosswalk.
// Its data (/indicators/<id>/trend.json) is fetched only when the view is first shown; state and
// URL logic are in lib/site/trend-state.ts, the chart in TrendChart.tsx.
import { useEffect, useState } from 'react';
import { valueText, withUnit } from '../../lib/site/format.ts';
import { MAX_LINES, TEMPLATE_SHORT_ZH, resolveTrend, selectLines, serializeTrend, trendSummary, trendYears, type RawTrendQuery, type TrendData, type TrendNotice, type TrendState } from '../../lib/site/trend-url.ts';
import TrendChart, { TrendLegend, TrendTable } from './TrendChart.tsx';

export interface TrendViewProps {
  id: string;
  zh: string;
  unit: string | null;
  /** The query read at hydration (view/places/from/to). */
  initial: RawTrendQuery;
  /** Place to show when the URL names none (the highlighted place). */
  prefer: string | null;
  /** The trend part of the URL changed ('view=line&…'). */
  onQuery: (part: string) => void;
}

function mappingText(d: TrendData, zh: string): string {
  const m = d.mapping;
  if (m.kind === 'rate') return '比率在两种格式中各按其公式计算，格式改变处以虚线标出。';
  if (m.kind === 'crosswalk')
    return `${TEMPLATE_SHORT_ZH[m.otherTemplate]}的年份按对照表取“${m.zh}”（${m.comparable === 'yes' ? '可比' : '大致可比'}），格式改变处以虚线标出。`;
  return `“${zh}”没有跨格式对应${m.template === 'both' ? '' : `：只显示${TEMPLATE_SHORT_ZH[m.template]}的年份`}。`;
}

/** A year bound of the range (起始年 / 截止年); '' = open (the first or last year with data). */
function YearSelect({ label, name, open, value, years, onChange }: { label: string; name: string; open: string; value: number | null; years: readonly number[]; onChange: (y: number | null) => void }) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} name={name}>
        <option value="">{open}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function TrendView({ id, zh, unit, initial, prefer, onQuery }: TrendViewProps) {
  const [data, setData] = useState<TrendData | null>(null);
  const [failed, setFailed] = useState(false);
  const [state, setState] = useState<TrendState | null>(null);
  const [notices, setNotices] = useState<TrendNotice[]>([]);

  useEffect(() => {
    let live = true;
    fetch(`/indicators/${id}/trend.json`)
      .then((r) => (r.ok ? (r.json() as Promise<TrendData>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => {
        if (!live) return;
        const { state: s, notices: n } = resolveTrend({ ...initial, view: 'line' }, d, prefer);
        setData(d);
        setState(s);
        setNotices(n);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // Loaded once per indicator; later URL changes come from this view itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    if (state) onQuery(serializeTrend(state));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (failed) return <p className="notice">趋势数据无法加载，请刷新页面重试。</p>;
  if (!data || !state) return <p className="muted" data-testid="trend-loading">正在加载各年数据…</p>;

  const years = trendYears(data);
  const lines = selectLines(data, state);
  const fmt = (v: number) => withUnit(valueText(v, unit), unit);
  const fmtFlags = (v: number, f: string) => valueText(v, unit, f ? f.split(' ') : []);
  const summary = trendSummary(lines, zh, fmt);
  const update = (patch: Partial<TrendState>) => {
    setState({ ...state, ...patch });
    setNotices([]);
  };
  const others = data.lines.filter((l) => !state.places.includes(l.k));
  const range = `${state.from ?? years[0] ?? ''}–${state.to ?? years[years.length - 1] ?? ''}`;

  return (
    <div className="trend-view" data-testid="trend-view">
      <p className="muted" data-testid="trend-mapping">{mappingText(data, zh)}</p>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n, i) => (
            <p key={i}>{n.message}</p>
          ))}
        </div>
      )}
      <div className="controls no-print">
        <fieldset className="chips">
          <legend>地区（最多 {MAX_LINES} 个）</legend>
          {lines.map((l) => (
            <button key={l.k} type="button" className="chip" onClick={() => update({ places: state.places.filter((k) => k !== l.k) })} aria-label={`移除 ${l.n}`}>
              {l.n} ×
            </button>
          ))}
          <label>
            添加地区
            <select
              value=""
              disabled={state.places.length >= MAX_LINES || !others.length}
              onChange={(e) => e.target.value && update({ places: [...state.places, e.target.value] })}
              name="add-place"
              data-testid="trend-add-place"
            >
              <option value="">（选择）</option>
              {others.map((l) => (
                <option key={l.k} value={l.k}>
                  {l.n}（{l.pts.length} 个年度）
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <YearSelect label="起始年" name="from" open="最早" value={state.from} years={years} onChange={(from) => update({ from })} />
        <YearSelect label="截止年" name="to" open="最近" value={state.to} years={years} onChange={(to) => update({ to })} />
      </div>
      <p className="summary" aria-live="polite" data-testid="trend-summary">
        {summary}
      </p>
      <div className="chart-scroll">
        <TrendChart lines={lines} format={fmt} unit={unit} title={summary} from={state.from} to={state.to} />
      </div>
      <TrendLegend lines={lines} />
      <TrendTable lines={lines} format={fmtFlags} caption={`${zh}${unit ? `（${unit}）` : ''}各年数值，${range} 年`} />
    </div>
  );
}
