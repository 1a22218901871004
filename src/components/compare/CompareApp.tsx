// The compare island: selection ↔ URL (?places=a,b&years=b:2019), typeahead, peers, core charts, table.
// Loads /compare/indicators.json and /compare/place/<key>.json per chosen place (its index entry and
// peer lists come with it); the typeahead loads the prefix files under `find` (compare-find.ts) as
// the reader types. Nothing it loads grows with the number of places.
import { Component, Suspense, lazy, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { MAX_PLACES, MIN_PLACES, isPlaceKey, parseCompareQuery, serializeCompareQuery, type CompareSelection } from '../../lib/site/compare-url.ts';
import {
  buildCompareTable,
  pickReport,
  resolveCompare,
  type Column,
  type CompareNotice,
  type CoreMeta,
  type IndicatorMeta,
  type PlaceDetail,
  type PlaceIndexEntry,
} from '../../lib/site/compare-state.ts';
import { PEER_TIER_ZH, nearestYear } from '../../lib/site/peers.ts';
import { suggestFromLists } from '../../lib/site/compare-peers.ts';
import { findPlaces, type FindFile } from '../../lib/site/compare-find.ts';
import PlacePicker, { placeDetailText } from './PlacePicker.tsx';
import CompareTable from './CompareTable.tsx';
import CoreCharts from './CoreCharts.tsx';
import { astroReact } from '../astro-react.ts';

// The plain-SVG charts draw at once; the Recharts version (tooltips) is a separate chunk loaded on demand.
const CoreChartsRecharts = lazy(() => import('./CoreChartsRecharts.tsx'));

/** If the Recharts chunk cannot load, keep the plain charts. */
class KeepPlain extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** A place's file, or null when there is none (an unknown key in a link). */
async function placeFile(k: string): Promise<PlaceDetail | null> {
  const url = `/compare/place/${encodeURIComponent(k)}.json`;
  const res = await fetch(url);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as PlaceDetail;
}

/**
 * origin: the configured site (astro.config `site`), used for the share link; find: the folder of the
 * typeahead's prefix files; core: the core concepts' labels (catalog data, passed in by the page).
 */
function CompareApp({ origin, find, core: coreMeta }: { origin: string; find: string; core: CoreMeta[] }) {
  const [ready, setReady] = useState(false);
  const [indicators, setIndicators] = useState<IndicatorMeta[]>([]);
  const [sel, setSel] = useState<CompareSelection>({ places: [], years: {} });
  const [notices, setNotices] = useState<CompareNotice[]>([]);
  const [details, setDetails] = useState<Record<string, PlaceDetail>>({});
  // Index entries met so far (chosen places, typeahead answers, peers): a column needs its place's.
  const [known, setKnown] = useState<Record<string, PlaceIndexEntry>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const files = useRef(new Map<string, Promise<FindFile>>());

  const learn = (entries: readonly PlaceIndexEntry[]) => {
    if (entries.length) setKnown((old) => ({ ...old, ...Object.fromEntries(entries.map((p) => [p.k, p])) }));
  };
  const withDetails = (ds: readonly PlaceDetail[]) => {
    setDetails((old) => ({ ...old, ...Object.fromEntries(ds.map((d) => [d.k, d])) }));
    learn(ds.flatMap((d) => [...(d.e ? [d.e] : []), ...Object.values(d.peers?.e ?? {})]));
  };

  useEffect(() => {
    const raw = parseCompareQuery(window.location.search);
    Promise.all([getJson<IndicatorMeta[]>('/compare/indicators.json'), Promise.all(raw.places.map((k) => (isPlaceKey(k) ? placeFile(k) : null)))])
      .then(([inds, ds]) => {
        const found = ds.filter((d): d is PlaceDetail => d !== null && d.e !== undefined);
        setIndicators(inds);
        withDetails(found);
        const { selection, notices: n } = resolveCompare(raw, found.map((d) => d.e!));
        setSel(selection);
        setNotices(n);
        setReady(true);
      })
      .catch((e: unknown) => setError(String(e)));
  }, []);

  useEffect(() => {
    const missing = sel.places.filter((k) => !details[k]);
    if (!missing.length) return;
    Promise.all(missing.map((k) => getJson<PlaceDetail>(`/compare/place/${encodeURIComponent(k)}.json`)))
      .then(withDetails)
      .catch((e: unknown) => setError(String(e)));
  }, [sel.places, details]);

  const search = useCallback(
    async (q: string) => {
      const got = await findPlaces(q, (f) => {
        let file = files.current.get(f);
        if (!file) {
          file = getJson<FindFile>(`${find}${f}.json`);
          files.current.set(f, file);
          file.catch(() => files.current.delete(f));
        }
        return file;
      });
      learn(got);
      return got;
    },
    [find],
  );

  // The address bar always carries every column's year (written once the selection is resolved too).
  useEffect(() => {
    if (ready) window.history.replaceState(null, '', `${window.location.pathname}${serializeCompareQuery(sel)}${window.location.hash}`);
  }, [ready, sel]);

  const change = (next: CompareSelection, message: string) => {
    setSel(next);
    setNotices([]);
    setStatus(message);
  };
  const onlyDiff = sel.onlyDiff === true;
  const setOnlyDiff = (on: boolean) => {
    const next = { ...sel };
    if (on) next.onlyDiff = true;
    else delete next.onlyDiff;
    setSel(next);
  };
  /** A new column uses the baseline's year where the place has a report of it, else its nearest. */
  const add = (p: PlaceIndexEntry, year?: number | null) => {
    const k = p.k;
    if (sel.places.includes(k) || sel.places.length >= MAX_PLACES) return;
    learn([p]);
    const base = sel.places[0] !== undefined ? sel.years[sel.places[0]] ?? null : null;
    const y = year !== undefined ? year : nearestYear(p?.y, base);
    change({ ...sel, places: [...sel.places, k], years: y !== null ? { ...sel.years, [k]: y } : sel.years }, `已添加${p.n}${y !== null ? `（${y} 年）` : ''}。`);
  };
  const remove = (k: string) => {
    const years = { ...sel.years };
    delete years[k];
    change({ places: sel.places.filter((x) => x !== k), years }, `已移除${known[k]?.n ?? k}。`);
  };
  const makeFirst = (k: string) => change({ ...sel, places: [k, ...sel.places.filter((x) => x !== k)] }, `${known[k]?.n ?? k}已设为基准列。`);
  const setYear = (k: string, y: number) => {
    const p = known[k];
    const years = { ...sel.years, [k]: y };
    change({ ...sel, years }, `${p?.n ?? k}改用 ${y} 年报告。`);
  };

  if (error) return <p className="notice" role="alert">数据加载失败：{error}</p>;
  if (!ready) return <p aria-busy="true">正在加载…</p>;

  const columns: Column[] = sel.places
    .filter((k) => known[k])
    .map((k) => ({ place: known[k]!, report: details[k] ? pickReport(details[k]!, sel.years[k]) : null }));
  const loading = columns.some((c) => !details[c.place.k]);
  const groups = loading ? [] : buildCompareTable(columns, indicators, coreMeta);
  const core = groups[0]?.title.startsWith('核心') ? groups[0].rows : [];
  // Peers come with each chosen place's file: shown once every one has arrived.
  const peers = loading ? [] : suggestFromLists(sel.places, (k) => sel.years[k] ?? nearestYear(known[k]?.y, null), (k) => details[k]?.peers);
  const shareUrl = `${origin}/compare/${serializeCompareQuery(sel)}`;

  return (
    <div className="cmp" data-testid="compare-app">
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n.message}>{n.message}</p>
          ))}
        </div>
      )}
      <section aria-labelledby="cmp-chosen">
        <h2 id="cmp-chosen">已选地区（{columns.length}/{MAX_PLACES}）</h2>
        {columns.length === 0 && <p>还没有选择地区。</p>}
        <ol className="chosen" data-testid="chosen">
          {columns.map((c, i) => (
            <li key={c.place.k} data-place={c.place.k}>
              <strong>{c.place.n}</strong> {i === 0 && columns.length > 1 && <span className="badge">基准</span>}
              <span className="muted"> {placeDetailText(c.place)}</span>
              <span className="chosen-actions">
                <label>
                  <span className="visually-hidden">{c.place.n}使用的年度</span>
                  <select value={c.report?.y ?? Math.max(...c.place.y)} onChange={(e) => setYear(c.place.k, Number(e.target.value))}>
                    {[...c.place.y].reverse().map((y) => (
                      <option key={y} value={y}>
                        {y} 年
                      </option>
                    ))}
                  </select>
                </label>
                {i > 0 && (
                  <button type="button" onClick={() => makeFirst(c.place.k)}>
                    设为基准<span className="visually-hidden">：{c.place.n}</span>
                  </button>
                )}
                <button type="button" onClick={() => remove(c.place.k)}>
                  移除<span className="visually-hidden">：{c.place.n}</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
        <PlacePicker find={search} exclude={sel.places} disabled={sel.places.length >= MAX_PLACES} onPick={add} />
        {peers.length > 0 && sel.places.length < MAX_PLACES && (
          <div className="peers" data-testid="peers">
            <h3>建议加入</h3>
            <ul>
              {peers.map(({ entry: p, tier, year }) => (
                <li key={p.k}>
                  <button type="button" onClick={() => add(p, year)}>
                    ＋ {p.n}
                    {year !== null && `（${year} 年）`}
                  </button>{' '}
                  <span className="muted">
                    {PEER_TIER_ZH[tier]} · {placeDetailText(p)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {columns.length < MIN_PLACES && <p>请至少选择 {MIN_PLACES} 个地区进行对比（最多 {MAX_PLACES} 个）。</p>}
      </section>

      {columns.length >= 1 && loading && <p aria-busy="true">正在加载报告数据…</p>}
      {columns.length >= 1 && !loading && (
        <>
          {core.length > 0 && (
            <section aria-labelledby="cmp-core">
              <h2 id="cmp-core">核心指标</h2>
              <p className="muted">核心指标在 2014 统计表和 2019 年以后的格式之间对应（部分只是大致可比，见表格说明）。蓝色为基准列。</p>
              <KeepPlain fallback={<CoreCharts rows={core} columns={columns} />}>
                <Suspense fallback={<CoreCharts rows={core} columns={columns} />}>
                  <CoreChartsRecharts rows={core} columns={columns} />
                </Suspense>
              </KeepPlain>
            </section>
          )}
          <section aria-labelledby="cmp-table">
            <h2 id="cmp-table">逐项对比</h2>
            <p className="muted">
              每列使用该地区所选年度的报告；年份与基准列不同的列标“年份与基准不同”，数值来自不同年报格式的行标“格式不同，仅大致可比”。对比 3 个及以上地区时，每行数值最高的标“▲最高”，最低的标“▼最低”；非基准列中的 +/− 为与基准列（第一列）之差。“—”表示报告未列出或无法确定。
            </p>
            <p>
              <label>
                <input type="checkbox" checked={onlyDiff} onChange={(e) => setOnlyDiff(e.target.checked)} /> 只显示各地数值不同的行
              </label>
            </p>
            <p className="muted">
              所用报告：
              {columns.map((c, i) => (
                <span key={c.place.k}>
                  {i > 0 && '，'}
                  {c.report ? <a href={`/reports/${c.report.id}/`}>{c.place.n} {c.report.y ?? ''} 年</a> : `${c.place.n}（无报告）`}
                </span>
              ))}
            </p>
            <CompareTable groups={groups} columns={columns} onlyDiff={onlyDiff} />
          </section>
        </>
      )}
      {columns.length > 0 && (
        <p className="share-row">
          <label>
            此对比的链接 <input type="text" readOnly value={shareUrl} size={50} onFocus={(e) => e.currentTarget.select()} data-testid="compare-url" />
          </label>
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

export default astroReact(CompareApp);
