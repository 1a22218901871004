// Build-time data for the indicator pages (list, chart page, embed): every value-carrying catalog
// indicator, its rows across reports, counts, and its crosswalk relations. Computed once per build.
// The data files (<year>.json, years.json, trend.json, card.png) are written from it by
// scripts/data-files.ts (src/data/data-files.ts), outside Astro.
import { createHash } from 'node:crypto';
import { getReports } from '../../data/reports.ts';
import { indicator, valueIndicators, type Indicator } from '../../lib/catalog/index.ts';
import { coreSeries, type CoreSeries } from '../../lib/catalog/crosswalk.ts';
import { defaultState, indicatorFacts, indicatorRows, selectRows, summarize, toWire, valueCounts, years, type IndicatorFacts, type IndicatorRow, type RankedRow } from '../../lib/site/indicator-state.ts';
import { IndicatorColumns } from '../../lib/site/indicator-columns.ts';
import type { ReportSummary } from '../../lib/records/summary.ts';
import { rateRows } from '../../lib/rates/rows.ts';
import { isRateId, rate as rateOf, rates, type Rate } from '../../lib/catalog/rates.ts';
import { viewHead } from '../../lib/site/indicator-head.ts';
import { rateTrendData, seriesFor, trendData, type TrendData } from '../../lib/site/trend-state.ts';
import { rowKeys, yearBodies } from '../../lib/site/indicator-keys.ts';
import { renderedPaths } from '../../lib/site/render-shard.ts';
import { collationRanks } from '../../lib/site/collate.ts';

/** Rates (src/lib/catalog/rates.json) get indicator pages like catalog indicators. */
export const chartRates: readonly Rate[] = rates;

/** Kinds that get a chart page (header/row nodes carry no value). */
export const CHART_KINDS = new Set(['cell', 'derived', 'extension', 'text']);
export const chartIndicators: readonly Indicator[] = valueIndicators.filter((i) => CHART_KINDS.has(i.kind));

/**
 * The ids whose pages and data files this render shard makes (NIANBAO_RENDER_SHARD: src/lib/site/render-shard.ts,
 * every id when unset): the indicator and embed routes and src/data/data-files.ts shard by the same key.
 */
const shardIds: ReadonlySet<string> = new Set(renderedPaths([...chartRates, ...chartIndicators], (i) => i.id).map((i) => i.id));

// Rate rows are made a few rates at a time (rateRows works out each report's year before once per call):
// as many rates as keep about this many row objects at once.
const RATE_BATCH_ROWS = 200_000;
function* rateBatches(list: readonly Rate[], reports: number): Generator<Rate[]> {
  const size = Math.max(1, Math.floor(RATE_BATCH_ROWS / Math.max(1, reports)));
  for (let at = 0; at < list.length; at += size) yield list.slice(at, at + size);
}

let cache: Promise<{ reports: ReportSummary[]; table: IndicatorColumns<ReportSummary> }> | null = null;

/**
 * Every report (summaries, read once per build by src/data/reports.ts) and the rows of this shard's
 * indicators and rates, held as columns (src/lib/site/indicator-columns.ts): rowsFor(id) makes one
 * indicator's rows when its pages ask for them. Another shard's rows are not made here (each render
 * worker holds the rows of its own indicators only).
 */
export function loadReports() {
  cache ??= getReports().then((reports) => {
    const table = IndicatorColumns.of(reports, shardIds);
    for (const batch of rateBatches(rates.filter((r) => shardIds.has(r.id)), reports.length)) {
      for (const [id, rows] of rateRows(reports, batch)) table.add(id, rows);
    }
    return { reports, table: table.done() };
  });
  return cache;
}

let catalogCounts: Promise<Map<string, number>> | null = null;
let allCounts: Promise<Map<string, number>> | null = null;

/** How many reports carry a value (not a gap) for `id`, an indicator or a rate. */
export async function valueCount(id: string): Promise<number> {
  if (!isRateId(id)) return (await (catalogCounts ??= getReports().then(valueCounts))).get(id) ?? 0;
  if (shardIds.has(id)) return (await loadReports()).table.valueCount(id);
  return (await valueCountsAll()).get(id) ?? 0;
}

/** valueCount of every id some report has a value for, and of every rate (the indicator list). */
export function valueCountsAll(): Promise<Map<string, number>> {
  allCounts ??= Promise.all([loadReports(), catalogCounts ??= getReports().then(valueCounts)]).then(([{ reports, table }, catalog]) => {
    const counts = new Map(catalog);
    const others = new Map<string, number>();
    for (const batch of rateBatches(rates.filter((r) => !shardIds.has(r.id)), reports.length)) {
      for (const [id, rows] of rateRows(reports, batch)) others.set(id, rows.filter((r) => r.value !== null).length);
    }
    for (const rate of rates) counts.set(rate.id, shardIds.has(rate.id) ? table.valueCount(rate.id) : others.get(rate.id)!);
    return counts;
  });
  return allCounts;
}

/** Rows of one indicator (the same as indicatorRows(reports, id)). */
export async function rowsFor(id: string): Promise<IndicatorRow[]> {
  const { reports, table } = await loadReports();
  if (shardIds.has(id)) return table.rows(id);
  // another shard's indicator: made here, not held
  const rate = rateOf(id);
  return rate ? rateRows(reports, [rate]).get(id)! : indicatorRows(reports, id);
}

/**
 * Everything the pages of one indicator show, computed once per build from its rows and shared by
 * the page, its embed, every <year>.json, years.json and the share card: the rows by year, the facts
 * about every year (indicatorFacts), the default view's selection and what the island receives.
 */
export interface IndicatorView {
  rows: IndicatorRow[];
  /** Rows of each year (in the rows' order; yearRows(rows, y) = byYear.get(y) ?? []). */
  byYear: Map<number, IndicatorRow[]>;
  facts: IndicatorFacts;
  /** The default view's ranked rows (one per place). */
  selection: RankedRow[];
  /**
   * The island's props: JSON of the default view's first rows (WireData, indicator-head.ts viewHead:
   * the HTML does not grow with the places), of the facts without the place keys, and of the view's head.
   */
  island: { rows: string; facts: string; head: string };
  /** Incremental-build keys (page-cache.ts rowKeys): per year, and over every year. */
  keys: { years: Map<number, string>; all: string };
  /** Each year's /indicators/<id>/<year>.json (indicator-keys.ts yearBodies: what the keys hash). */
  bodies: Map<number, string>;
}

// Views are kept until they hold VIEW_ROWS rows in all, the oldest dropped (made again if asked for).
// Each is asked for while its indicator's digest is made (every page, embed, card and share sentence
// then reads the digest) and while scripts/data-files.ts writes that indicator's files, so a few
// suffice: every view of 10,000 reports would be ~3.7 million rows (~150 MB of a render process's heap).
const VIEW_ROWS = Number(process.env.NIANBAO_VIEW_ROWS) || 200_000;
const views = new Map<string, { view: Promise<IndicatorView>; rows: number }>();
let viewRows = 0;
export function indicatorView(id: string): Promise<IndicatorView> {
  const hit = views.get(id);
  if (hit) {
    views.delete(id);
    views.set(id, hit);
    return hit.view;
  }
  const view = rowsFor(id).then((rows): IndicatorView => {
    const byYear = new Map<number, IndicatorRow[]>();
    for (const r of rows) (byYear.get(r.year) ?? byYear.set(r.year, []).get(r.year)!).push(r);
    const facts = indicatorFacts(rows);
    const state = defaultState(rows);
    const defaultRows = byYear.get(facts.defaultYear as number) ?? [];
    const label = indicator(id) ?? rateOf(id);
    const selection = selectRows(defaultRows, state);
    const bounded = viewHead(defaultRows, state, label?.zh ?? id, label?.unit ?? null, undefined, selection);
    const bodies = yearBodies(byYear);
    return {
      rows,
      byYear,
      facts,
      selection,
      island: { rows: JSON.stringify(toWire(bounded.rows)), facts: JSON.stringify({ ...facts, keys: undefined }), head: JSON.stringify(bounded.head) },
      keys: rowKeys(byYear, bodies),
      bodies,
    };
  });
  const entry = { view, rows: 0 };
  views.set(id, entry);
  void view.then((x) => {
    if (views.get(id) !== entry) return;
    entry.rows = x.rows.length;
    viewRows += entry.rows;
    for (const [k, e] of views) {
      if (viewRows <= VIEW_ROWS) break;
      if (k === id) continue;
      views.delete(k);
      viewRows -= e.rows;
    }
  });
  return view;
}

/**
 * The small part of an indicator's view that its pages, embed, card, years.json and every route's
 * cache keys read: kept for every indicator for the whole build. The views themselves (every row)
 * are dropped beyond NIANBAO_VIEW_ROWS, and each route asks for every indicator in turn: without
 * this, each route made every view again (at 100,000 reports, several times 371 views of 100,000 rows).
 */
export interface IndicatorDigest {
  /** The view's facts without the place keys (a string per place, kept for every indicator: only the view needs them). */
  facts: Omit<IndicatorFacts, 'keys'>;
  island: IndicatorView['island'];
  keys: IndicatorView['keys'];
  /** The body of /indicators/<id>/years.json. */
  yearsJson: string;
}

const digests = new Map<string, Promise<IndicatorDigest>>();
// Digests are made one after another: routes ask for all of theirs at once (Promise.all), which would
// otherwise make every view (all their rows) before the first is dropped.
let digestChain: Promise<unknown> = Promise.resolve();
export function indicatorDigest(id: string): Promise<IndicatorDigest> {
  let d = digests.get(id);
  if (!d) {
    d = digestChain.then(() => indicatorView(id)).then((view) => {
      const { rows, byYear, facts, island, keys } = view;
      // the pages' share sentence and card values, made now: the pages then need no view (and rows) again
      const label = indicator(id) ?? rateOf(id);
      if (label) shareOf(id, label.zh, label.unit ?? null, view);
      const perYear = years(rows).map((year) => {
        const ys = byYear.get(year) ?? [];
        return { year, reports: ys.length, values: new Set(ys.filter((r) => r.value !== null).map((r) => r.placeKey)).size };
      });
      const { keys: _places, ...kept } = facts;
      return { facts: kept, island, keys, yearsJson: JSON.stringify(perYear) };
    });
    digestChain = d.catch(() => undefined);
    digests.set(id, d);
  }
  return d;
}

/**
 * What the indicator and embed pages hand the island: the JSON of the default view's first rows (the
 * year's every row is static JSON, /indicators/<id>/<year>.json written by scripts/data-files.ts, as
 * other years are), of the facts about every year (indicatorFacts without the place keys) and of the
 * view's head.
 */
export async function islandDataFor(id: string): Promise<IndicatorView['island']> {
  return (await indicatorDigest(id)).island;
}

/**
 * The default view of an indicator for its share card: the summary sentence (og:description) and the
 * ranked values the card draws; null values when no report has a value (no card then).
 */
export function shareFor(id: string, zh: string, unit: string | null): Promise<{ summary: string; values: number[] | null }> {
  return shares.get(JSON.stringify([id, zh, unit])) ?? indicatorView(id).then((view) => shareOf(id, zh, unit, view));
}
const shares = new Map<string, Promise<{ summary: string; values: number[] | null }>>();

function shareOf(id: string, zh: string, unit: string | null, { rows, selection: sel }: IndicatorView): Promise<{ summary: string; values: number[] | null }> {
  const key = JSON.stringify([id, zh, unit]);
  let share = shares.get(key);
  if (!share) {
    const values = sel.filter((r) => r.rank !== null && r.value !== null).map((r) => r.value!);
    share = Promise.resolve({ summary: summarize(sel, defaultState(rows), zh, unit), values: values.length ? values : null });
    shares.set(key, share);
  }
  return share;
}

/** One year's rows of an indicator in wire form: the body of /indicators/<id>/<year>.json. */
export async function yearJson(id: string, year: number): Promise<string> {
  return (await indicatorView(id)).bodies.get(year) ?? JSON.stringify(toWire([]));
}

/** /indicators/<id>/years.json: the years with a value, newest first, with reports that year and places with a value. */
export async function yearsJson(id: string): Promise<string> {
  return (await indicatorDigest(id)).yearsJson;
}

/** Path of an indicator's share card (og:image; written by scripts/data-files.ts). */
export const cardPath = (id: string) => `/indicators/${id}/card.png`;

export const TEMPLATE_ZH: Record<string, string> = {
  'pre2019/2014': '2014 统计表（国办发〔2014〕32号，2014–2018 年度）',
  'pre2019/2008-2013': '2008–2013 地方统计报表（扩展指标）',
  'post2019/2019': '2019 年报格式（试行，2019–2020 年度）',
  'post2019/2021': '2021 年报格式（2021 年度起）',
  'post2019/both': '2019 与 2021 年报格式',
  'post2019/all': '2019 与 2021 年报格式',
};

export function templateZh(i: Pick<Indicator, 'template' | 'variant'>): string {
  return TEMPLATE_ZH[`${i.template}/${i.variant}`] ?? `${i.template} ${i.variant}`;
}

export const KIND_ZH: Record<string, string> = {
  cell: '报表单元格',
  derived: '派生（由表内数字按定义计算，报告未直接列出）',
  extension: '扩展（仅见于旧版或地方报表）',
  text: '正文数字（格式要求在正文中说明）',
};

/** Crosswalk concepts that use this indicator, with the ids on the other template's side. */
export function crosswalkFor(id: string): Array<{ series: CoreSeries; other: string[]; otherTemplate: string }> {
  const out: Array<{ series: CoreSeries; other: string[]; otherTemplate: string }> = [];
  const idsOf = (side: CoreSeries['pre2019']) =>
    side ? [...side.ids, ...Object.values(side.byVariant ?? {}).flatMap((f) => f?.ids ?? [])] : [];
  for (const s of coreSeries) {
    for (const [mine, other] of [['pre2019', 'post2019'], ['post2019', 'pre2019']] as const) {
      if (idsOf(s[mine]).includes(id)) out.push({ series: s, other: [...new Set(idsOf(s[other]))].filter((x) => indicator(x)), otherTemplate: other });
    }
  }
  return out;
}

let templates: Map<string, string> | null = null;
let nameRanks: Map<string, number> | null = null;
/** The 趋势 view's data of an indicator or rate (/indicators/<id>/trend.json, fetched by the island when shown). */
export async function trendFor(id: string): Promise<TrendData> {
  const { reports } = await loadReports();
  // every trend's lines are sorted by place name: the names' collation order once
  nameRanks ??= collationRanks(reports.map((r) => r.placeName));
  if (!isRateId(id)) {
    // only the reports it can read a value from (trendData skips every other one), in site order
    const at = await trendReports(id);
    return trendData(id, at ? at.map((i) => reports[i]!) : reports, nameRanks);
  }
  templates ??= new Map(reports.map((r) => [r.id, r.meta.template]));
  const tpl = templates;
  return rateTrendData(id, (await indicatorView(id)).rows, (rid) => tpl.get(rid) ?? 'none', nameRanks);
}

let readers: Promise<Map<string, number[]>> | null = null;
/** Positions (site order) of the reports with a value, text value or derived value of each id. */
function reportsReading(): Promise<Map<string, number[]>> {
  readers ??= loadReports().then(({ reports }) => {
    const by = new Map<string, number[]>();
    reports.forEach((r, i) => {
      for (const o of [r.values, r.textValues, r.derived]) for (const id in o) (by.get(id) ?? by.set(id, []).get(id)!).push(i);
    });
    return by;
  });
  return readers;
}

/**
 * Positions (site order) of the reports trendData(id) reads a value from: those with the indicator's
 * own value (table, text or derived) or, through its crosswalk series, one of the other template's
 * ids. Null (every report) when a formula of the other side has no ids (its sum is 0 in any report).
 */
async function trendReports(id: string): Promise<number[] | null> {
  if (lastTrend?.id === id) return lastTrend.at;
  const map = seriesFor(id);
  const side = map?.series[map.other];
  const formulas = side ? [side, ...Object.values(side.byVariant ?? {}).filter((f) => f !== undefined)] : [];
  let at: number[] | null = null;
  if (!formulas.some((f) => f.ids.length === 0 && f !== side) && !(side && !side.byVariant && side.ids.length === 0)) {
    const [by, { reports }] = await Promise.all([reportsReading(), loadReports()]);
    // a mark per report, read in order: the union in site order without sorting
    const mark = new Uint8Array(reports.length);
    for (const x of [id, ...formulas.flatMap((f) => f.ids)]) for (const i of by.get(x) ?? []) mark[i] = 1;
    at = [];
    for (let i = 0; i < mark.length; i++) if (mark[i]) at.push(i);
  }
  lastTrend = { id, at };
  return at;
}
// trendKey and trendFor ask for the same indicator one after the other
let lastTrend: { id: string; at: number[] | null } | null = null;

let positions: Promise<Map<string, number>> | null = null;

/**
 * The incremental key of /indicators/<id>/trend.json (scripts/data-files.ts): the record hashes,
 * place keys and names of every report trendFor reads a value from — an indicator's own values and,
 * through the crosswalk, the other template's ids; a rate's rows and their reports' templates.
 * Undefined (made on every build) when a report has no hash.
 */
export async function trendKey(id: string): Promise<string | undefined> {
  const { reports } = await loadReports();
  let at: number[];
  let rowsKey = '';
  if (isRateId(id)) {
    positions ??= Promise.resolve(new Map(reports.map((r, i) => [r.id, i])));
    const pos = await positions;
    at = [...new Set((await indicatorView(id)).rows.filter((r) => r.value !== null).map((r) => pos.get(r.reportId)!))].sort((a, b) => a - b);
    rowsKey = (await indicatorDigest(id)).keys.all;
  } else {
    at = (await trendReports(id)) ?? reports.map((_, i) => i);
  }
  keyLines ??= reports.map((r) => (r.hash === undefined ? undefined : `${r.hash} ${r.placeKey} ${r.placeName}`));
  const parts: string[] = [id, rowsKey];
  for (const i of at) {
    const line = keyLines[i];
    if (line === undefined) return undefined;
    parts.push(line);
  }
  return createHash('sha1').update(parts.join('\n')).digest('hex');
}
// each report's part of the trend keys, made once
let keyLines: (string | undefined)[] | null = null;
