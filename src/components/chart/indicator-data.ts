// Build-time data for the indicator pages (list, chart page, embed): every value-carrying catalog
// indicator, its rows across reports, counts, and its crosswalk relations. Computed once per build.
// The data files (<year>.json, years.json, trend.json, card.png) are written from it by
// scripts/data-files.ts (src/data/data-files.ts), outside Astro.
import { createHash } from 'node:crypto';
import { getReports } from '../../data/reports.ts';
import { indicator, valueIndicators, type Indicator } from '../../lib/catalog/index.ts';
import { coreSeries, type CoreSeries } from '../../lib/catalog/crosswalk.ts';
import { defaultState, indicatorFacts, selectRows, summarize, toWire, valueCounts, years, type IndicatorFacts, type IndicatorRow, type RankedRow } from '../../lib/site/indicator-state.ts';
import { IndicatorColumns } from '../../lib/site/indicator-columns.ts';
import type { ReportSummary } from '../../lib/records/summary.ts';
import { rateRows } from '../../lib/rates/rows.ts';
import { isRateId, rate as rateOf, rates, type Rate } from '../../lib/catalog/rates.ts';
import { viewHead } from '../../lib/site/indicator-head.ts';
import { rateTrendData, seriesFor, trendData, type TrendData } from '../../lib/site/trend-state.ts';
import { rowKeys } from '../../lib/site/indicator-keys.ts';

/** Rates (src/lib/catalog/rates.json) get indicator pages like catalog indicators. */
export const chartRates: readonly Rate[] = rates;

/** Kinds that get a chart page (header/row nodes carry no value). */
export const CHART_KINDS = new Set(['cell', 'derived', 'extension', 'text']);
export const chartIndicators: readonly Indicator[] = valueIndicators.filter((i) => CHART_KINDS.has(i.kind));

let cache: Promise<{ reports: ReportSummary[]; counts: Map<string, number>; table: IndicatorColumns<ReportSummary> }> | null = null;

/**
 * Every report (summaries, read once per build by src/data/reports.ts), value counts and the rows of
 * every indicator and rate, held as columns (src/lib/site/indicator-columns.ts): rowsFor(id) makes
 * one indicator's rows when its pages ask for them.
 */
export function loadReports() {
  cache ??= getReports().then((reports) => {
    const counts = valueCounts(reports);
    const table = IndicatorColumns.of(reports);
    // one rate at a time, so that only one rate's row objects exist at once
    for (const rate of rates) {
      const rows = rateRows(reports, [rate]).get(rate.id)!;
      table.add(rate.id, rows);
      counts.set(rate.id, rows.filter((r) => r.value !== null).length);
    }
    return { reports, counts, table: table.done() };
  });
  return cache;
}

/** Rows of one indicator (the same as indicatorRows(reports, id)). */
export async function rowsFor(id: string): Promise<IndicatorRow[]> {
  return (await loadReports()).table.rows(id);
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
}

// Views are kept until they hold VIEW_ROWS rows in all (every indicator's at 10,000 reports; at
// 100,000 the oldest are dropped and made again if asked for: all of them would be ~10 million rows).
const VIEW_ROWS = Number(process.env.NIANBAO_VIEW_ROWS) || 1_000_000;
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
    return {
      rows,
      byYear,
      facts,
      selection,
      island: { rows: JSON.stringify(toWire(bounded.rows)), facts: JSON.stringify({ ...facts, keys: undefined }), head: JSON.stringify(bounded.head) },
      keys: rowKeys(byYear),
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
  facts: IndicatorFacts;
  island: IndicatorView['island'];
  keys: IndicatorView['keys'];
  /** The body of /indicators/<id>/years.json. */
  yearsJson: string;
}

const digests = new Map<string, Promise<IndicatorDigest>>();
export function indicatorDigest(id: string): Promise<IndicatorDigest> {
  let d = digests.get(id);
  if (!d) {
    d = indicatorView(id).then(({ rows, byYear, facts, island, keys }) => {
      const perYear = years(rows).map((year) => {
        const ys = byYear.get(year) ?? [];
        return { year, reports: ys.length, values: new Set(ys.filter((r) => r.value !== null).map((r) => r.placeKey)).size };
      });
      return { facts, island, keys, yearsJson: JSON.stringify(perYear) };
    });
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
  const key = JSON.stringify([id, zh, unit]);
  let share = shares.get(key);
  if (!share) {
    share = indicatorView(id).then(({ rows, selection: sel }) => {
      const values = sel.filter((r) => r.rank !== null && r.value !== null).map((r) => r.value!);
      return { summary: summarize(sel, defaultState(rows), zh, unit), values: values.length ? values : null };
    });
    shares.set(key, share);
  }
  return share;
}
const shares = new Map<string, Promise<{ summary: string; values: number[] | null }>>();

/** One year's rows of an indicator in wire form: the body of /indicators/<id>/<year>.json. */
export async function yearJson(id: string, year: number): Promise<string> {
  return JSON.stringify(toWire((await indicatorView(id)).byYear.get(year) ?? []));
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
/** The 趋势 view's data of an indicator or rate (/indicators/<id>/trend.json, fetched by the island when shown). */
export async function trendFor(id: string): Promise<TrendData> {
  const { reports } = await loadReports();
  if (!isRateId(id)) {
    // only the reports it can read a value from (trendData skips every other one), in site order
    const at = await trendReports(id);
    return trendData(id, at ? at.map((i) => reports[i]!) : reports);
  }
  templates ??= new Map(reports.map((r) => [r.id, r.meta.template]));
  const tpl = templates;
  return rateTrendData(id, await rowsFor(id), (rid) => tpl.get(rid) ?? 'none');
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
  const map = seriesFor(id);
  const side = map?.series[map.other];
  const formulas = side ? [side, ...Object.values(side.byVariant ?? {}).filter((f) => f !== undefined)] : [];
  if (formulas.some((f) => f.ids.length === 0 && f !== side)) return null;
  if (side && !side.byVariant && side.ids.length === 0) return null;
  const by = await reportsReading();
  const ids = [id, ...formulas.flatMap((f) => f.ids)];
  return [...new Set(ids.flatMap((x) => by.get(x) ?? []))].sort((a, b) => a - b);
}

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
    at = [...new Set((await rowsFor(id)).filter((r) => r.value !== null).map((r) => pos.get(r.reportId)!))].sort((a, b) => a - b);
    rowsKey = (await indicatorDigest(id)).keys.all;
  } else {
    at = (await trendReports(id)) ?? reports.map((_, i) => i);
  }
  const parts: string[] = [id, rowsKey];
  for (const i of at) {
    const r = reports[i]!;
    if (r.hash === undefined) return undefined;
    parts.push(`${r.hash} ${r.placeKey} ${r.placeName}`);
  }
  return createHash('sha1').update(parts.join('\n')).digest('hex');
}
