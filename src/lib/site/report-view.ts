// The view model of a report page: the report's tables in the shape of the official forms, every
// value with its provenance mark number, flags, gap reason, failing rules and conflicts.
import { indicatorPath, serializeIndicatorQuery } from './indicator-url.ts';
import { indicator, indicators, type Indicator } from '../catalog/index.ts';
import type { CheckResult, Conflict, Gap } from '../types.ts';
import type { SiteReport } from '../records/model.ts';
import { formatValue, type Formatted } from './format.ts';
import { flagMark, flagZh, gapZh } from './labels.ts';
import type { MarkSpan } from './text-marks.ts';

export interface FlagView {
  key: string;
  short: string;
  long: string;
  /** The quiet tag shown beside the value in a form table. */
  mark: string;
}

export interface CellView {
  id: string;
  zh: string;
  unit: string | null;
  state: 'value' | 'derived' | 'gap' | 'missing';
  value: number | null;
  text: string;
  exact: string | null;
  flags: FlagView[];
  /** Mark number in the report text (`#src-<n>`), or null. */
  src: number | null;
  source: 'table' | 'prose' | 'derived' | null;
  /** A printed value read from the report's prose (tagged 来自正文). */
  fromProse: boolean;
  /** PDF input: the page the value is printed on. */
  page: number | null;
  /** Ids a derived value was computed from. */
  from: string[];
  /** `index`: position in the record's gaps (the page's `#gap-<index>` footnote). */
  gap: { short: string; long: string; candidates: number[]; raw: string | null; index: number } | null;
  /** `index` (record.checks position) of failed rules that mention this id. */
  checks: number[];
  checkState: 'fail' | 'warn' | null;
  /** Index into `conflicts`. */
  conflict: number | null;
}

export interface Row {
  label: string;
  depth: number;
  /** A heading row: no cells, spans the table. */
  heading: boolean;
  unit?: string | null;
  cells: Array<CellView | null>;
  /** Catalog id of the row (indicator for list tables, row node for matrices). */
  id: string;
}

export interface Column {
  key: string;
  zh: string;
  unit: string | null;
  derived?: boolean;
}

export interface TableView {
  /** list: 统计指标 | 单位 | 统计数; grid: rows × columns (tables 2–4). */
  shape: 'list' | 'grid' | 'applicants' | 'review';
  caption: string;
  /** Unit for the whole table (shown in the caption), when every cell shares it. */
  unit: string | null;
  columns: Column[];
  rows: Row[];
}

export interface SectionView {
  title: string;
  tables: TableView[];
}

export interface CheckView extends CheckResult {
  index: number;
  /** A failed rule's indicator ids with their labels, for the list (empty for the other checks). */
  labels: Array<{ id: string; zh: string; value: number | null }>;
}

export interface ConflictView extends Conflict {
  index: number;
  zh: string;
  keptSrc: number | null;
  otherSrc: number | null;
}

export interface ReportView {
  sections: SectionView[];
  /** textValues (e.g. 信息处理费), listed apart from the form. */
  textValues: CellView[];
  checks: CheckView[];
  /** decoding: rules a fused-digit decoder chose readings by (USED_FOR_DECODING; they checked nothing) */
  checkCounts: { pass: number; fail: number; warn: number; na: number; decoding: number };
  conflicts: ConflictView[];
  gaps: Array<Gap & { zh: string; reasonZh: string; src: number | null }>;
  marks: MarkSpan[];
  /** Number of values (printed + derived + text). */
  valueCount: number;
  /** Every printed value comes from the prose (no statistics table was read): the page lists the
   * values instead of the form's empty tables. */
  proseOnly: boolean;
}

/** The template variant whose rows a report shows by default. */
export function effectiveVariant(template: string, variant: string | null): string | null {
  if (template === 'pre2019') return variant ?? '2014';
  if (template === 'post2019') return variant ?? '2021';
  return null;
}

const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'org', 'total'];

const valueKind = (ind: Indicator) => ind.kind === 'cell' || ind.kind === 'derived' || ind.kind === 'extension';
// Shared by every page (read only): a flag's words, and formatted numbers (a report has hundreds of
// cells, mostly small integers that recur from page to page; Intl formatting is the costly part).
const flagViews = new Map<string, FlagView>();
function flagView(key: string): FlagView {
  let v = flagViews.get(key);
  if (!v) flagViews.set(key, (v = { key, short: flagZh(key).short, long: flagZh(key).long, mark: flagMark(key) }));
  return v;
}
const formats = new Map<string | null, Map<number, Formatted>>();
function formatted(value: number, unit: string | null): Formatted {
  if (Object.is(value, -0)) return formatValue(value, unit); // a Map has one key for 0 and -0
  let byValue = formats.get(unit);
  if (!byValue) formats.set(unit, (byValue = new Map()));
  let f = byValue.get(value);
  if (!f) {
    if (byValue.size >= 10_000) byValue.clear();
    byValue.set(value, (f = formatValue(value, unit)));
  }
  return f;
}
let catalogOrderMemo: Map<string, number> | null = null;
const catalogOrder = () => (catalogOrderMemo ??= new Map(indicators.map((x, i) => [x.id, i])));

/** One section of a template's catalog rows, with what every report of that template shares
 * (children by parent, column layout, row labels), worked out once per process instead of per page. */
interface SectionIndex {
  title: string;
  inds: Indicator[];
  /** The section's indicators by parent id, in catalog order. */
  kids: Map<string, Indicator[]>;
  /** Tables 3–4: column keys in display order, each with the first indicator of that column. */
  colDefs: Array<{ key: string; ex: Indicator }>;
  /** Ids of the section's indicators in the 'org' column (shown only when the report has one). */
  orgIds: string[];
  isT3: boolean;
  /** The unit shared by every indicator of the section that has one, else null. */
  unit: string | null;
  /** Row node id → its label in tables 3–4. */
  rowLabel: Map<string, string>;
  /** Row node id → column key → the cell's indicator id (absent: the form has no such cell). */
  cellIds: Map<string, Map<string, string>>;
}

const sectionMemo = new Map<string | null, SectionIndex[]>();

function sectionIndexes(family: string | null): SectionIndex[] {
  const known = sectionMemo.get(family);
  if (known) return known;
  const order: string[] = [];
  const bySection = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    if (ind.template !== family || ind.kind === 'text') continue;
    let list = bySection.get(ind.section);
    if (!list) {
      bySection.set(ind.section, (list = []));
      order.push(ind.section);
    }
    list.push(ind);
  }
  const out = order.map((title): SectionIndex => {
    const inds = bySection.get(title)!;
    const kids = new Map<string, Indicator[]>();
    for (const i of inds) {
      if (i.parent === null) continue;
      const list = kids.get(i.parent);
      if (list) list.push(i);
      else kids.set(i.parent, [i]);
    }
    const colKeys: string[] = [];
    for (const i of inds) if (i.col && !colKeys.includes(i.col) && valueKind(i)) colKeys.push(i.col);
    const isT3 = colKeys.includes('natural');
    if (isT3) colKeys.sort((a, b) => T3_COLS.indexOf(a) - T3_COLS.indexOf(b));
    const colDefs = colKeys.map((key) => ({ key, ex: inds.find((i) => i.col === key)! }));
    const units = new Set(inds.filter((i) => i.unit).map((i) => i.unit));
    const rowLabel = new Map<string, string>();
    const cellIds = new Map<string, Map<string, string>>();
    for (const n of inds) {
      if (n.kind !== 'row' && n.kind !== 'header') continue;
      const first = (kids.get(n.id) ?? []).find((i) => i.col);
      rowLabel.set(n.id, first?.row_zh ?? n.label_full ?? n.zh);
      const ids = new Map<string, string>();
      for (const c of colKeys) if (indicator(`${n.id}.${c}`)) ids.set(c, `${n.id}.${c}`);
      cellIds.set(n.id, ids);
    }
    return { title, inds, kids, colDefs, orgIds: inds.filter((i) => i.col === 'org').map((i) => i.id), isT3, unit: units.size === 1 ? [...units][0]! : null, rowLabel, cellIds };
  });
  sectionMemo.set(family, out);
  return out;
}

export function buildReportView(r: SiteReport): ReportView {
  const { meta } = r;
  // ---- provenance marks: numbered by position in the text -------------------------------------
  // key: what the mark is for (p:<id> a value, c:<i>/k:<i> a conflict's other/kept side, g:<i> a gap);
  // it also orders marks of the same span.
  type Raw = { start: number; end: number; key: string; cls?: string; no: Map<string | number, number>; ref: string | number };
  const valueSrc = new Map<string | number, number>();
  const otherSrc = new Map<string | number, number>();
  const keptSrc = new Map<string | number, number>();
  const gapSrc = new Map<string | number, number>();
  const raws: Raw[] = [];
  for (const id in r.provenance) {
    const p = r.provenance[id]!;
    if (p.source !== 'derived' && p.end > p.start) raws.push({ start: p.start, end: p.end, key: `p:${id}`, no: valueSrc, ref: id });
  }
  r.conflicts.forEach((c, i) => {
    if (c.otherSpan.end > c.otherSpan.start) raws.push({ start: c.otherSpan.start, end: c.otherSpan.end, key: `c:${i}`, cls: 'other', no: otherSrc, ref: i });
    const kept = r.provenance[c.id];
    if (!kept || kept.start !== c.keptSpan.start || kept.end !== c.keptSpan.end) {
      if (c.keptSpan.end > c.keptSpan.start) raws.push({ start: c.keptSpan.start, end: c.keptSpan.end, key: `k:${i}`, no: keptSrc, ref: i });
    }
  });
  r.gaps.forEach((g, i) => {
    if (g.start !== undefined && g.end !== undefined && g.end > g.start) raws.push({ start: g.start, end: g.end, key: `g:${i}`, cls: 'gap', no: gapSrc, ref: i });
  });
  raws.sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : 1));
  const marks: MarkSpan[] = raws.map((x, i) => {
    x.no.set(x.ref, i + 1);
    return x.cls ? { start: x.start, end: x.end, id: `src-${i + 1}`, cls: x.cls } : { start: x.start, end: x.end, id: `src-${i + 1}` };
  });
  const src = (no: Map<string | number, number>, ref: string | number) => no.get(ref) ?? null;

  // ---- checks ----------------------------------------------------------------------------------
  const ORDER: Record<CheckResult['status'], number> = { FAIL: 0, NOT_ASSESSABLE: 2, USED_FOR_DECODING: 3, PASS: 4 };
  const order = (c: CheckResult) => (c.status === 'FAIL' && c.severity === 'warning' ? 1 : ORDER[c.status]);
  // `index` is the position in record.checks (stable anchors `#chk-<index>`); the list is sorted.
  // Only a failed rule lists its values with labels (a report has up to hundreds of checks, most passing).
  const checks: CheckView[] = r.checks
    .map((c, index) => ({
      ...c,
      index,
      labels: c.status === 'FAIL' ? Object.entries(c.values).map(([id, value]) => ({ id, zh: indicator(id)?.zh ?? id, value })) : [],
    }))
    .sort((a, b) => order(a) - order(b) || a.index - b.index);
  const checkAt = new Map<number, CheckView>();
  const checksById = new Map<string, number[]>();
  const checkCounts = { pass: 0, fail: 0, warn: 0, na: 0, decoding: 0 };
  for (const c of checks) {
    checkAt.set(c.index, c);
    if (c.status === 'PASS') checkCounts.pass++;
    else if (c.status === 'NOT_ASSESSABLE') checkCounts.na++;
    else if (c.status === 'USED_FOR_DECODING') checkCounts.decoding++;
    else {
      if (c.severity === 'error') checkCounts.fail++;
      else if (c.severity === 'warning') checkCounts.warn++;
      for (const id in c.values) {
        const list = checksById.get(id);
        if (list) list.push(c.index);
        else checksById.set(id, [c.index]);
      }
    }
  }

  const conflictById = new Map<string, number>();
  r.conflicts.forEach((c, i) => conflictById.set(c.id, i));
  const gapById = new Map<string, { g: Gap; i: number }>();
  r.gaps.forEach((g, i) => gapById.set(g.id, { g, i }));

  const has = (id: string) => id in r.values || id in r.derived || id in r.textValues || gapById.has(id);
  const used = new Set<string>();

  function cell(id: string): CellView {
    used.add(id);
    const ind = indicator(id);
    const unit = ind?.unit ?? null;
    const p = r.provenance[id];
    const printed = r.values[id] ?? r.textValues[id];
    const derived = printed === undefined ? r.derived[id] : undefined;
    const value = printed ?? derived ?? null;
    const conflicted = conflictById.has(id);
    let flags: FlagView[] = [];
    if (p?.flags?.length || derived !== undefined || conflicted) {
      const keys = new Set<string>(p?.flags);
      if (derived !== undefined) keys.add('derived');
      if (conflicted) keys.add('conflict');
      keys.delete('ambiguous');
      flags = [...keys].map(flagView);
    }
    const gapEntry = value === null ? gapById.get(id) : undefined;
    const ids = checksById.get(id) ?? [];
    const worst = ids.some((i) => checkAt.get(i)!.severity === 'error') ? 'fail' : ids.length ? 'warn' : null;
    const f = value === null ? null : formatted(value, unit);
    return {
      id,
      zh: ind?.zh ?? id,
      unit,
      state: value === null ? (gapEntry ? 'gap' : 'missing') : derived !== undefined ? 'derived' : 'value',
      value,
      text: f?.text ?? '—',
      exact: f?.exact ?? null,
      flags,
      fromProse: value !== null && derived === undefined && p?.source === 'prose',
      src: value !== null ? src(valueSrc, id) : gapEntry ? src(gapSrc, gapEntry.i) : null,
      source: value === null ? null : derived !== undefined ? 'derived' : (p?.source ?? null),
      page: value !== null && derived === undefined ? (p?.page ?? null) : null,
      from: p?.from ?? [],
      gap: gapEntry
        ? { ...gapZh(gapEntry.g.reason), candidates: gapEntry.g.candidates ?? [], raw: gapEntry.g.raw ?? null, index: gapEntry.i }
        : null,
      checks: ids,
      checkState: worst,
      conflict: conflictById.get(id) ?? null,
    };
  }

  // ---- which catalog rows this report shows ---------------------------------------------------
  const variant = effectiveVariant(meta.template, meta.variant);
  const family = meta.template === 'none' ? null : meta.template;
  const inForm = (ind: Indicator) =>
    ind.template === family && (ind.variant === 'both' || ind.variant === variant);
  const shown = (ind: Indicator) => has(ind.id) || inForm(ind);

  const depthOf = (ind: Indicator, within: Set<string>) => {
    let d = 0;
    for (let p = ind.parent; p && within.has(p); p = indicator(p)?.parent ?? null) d++;
    return d;
  };

  const sections: SectionView[] = [];
  // pre2019: the statistics table is one form; its sections become heading rows.
  const preRows: Row[] = [];
  for (const sec of sectionIndexes(family)) {
    const { title, inds } = sec;
    const tables: TableView[] = [];
    if (family === 'pre2019') {
      const valueRows = inds.filter((i) => valueKind(i) && shown(i));
      if (!valueRows.length) continue;
      // headings that have a shown descendant
      const keep = new Set(valueRows.map((i) => i.id));
      for (const i of valueRows) for (let p = i.parent; p; p = indicator(p)?.parent ?? null) keep.add(p);
      const kept = inds.filter((i) => keep.has(i.id));
      const ids = new Set(kept.map((i) => i.id));
      const lift = inds[0]?.kind === 'header' && inds[0].parent === null ? 1 : 0;
      const rows: Row[] = kept
        .filter((i) => !(i.kind === 'header' && i.parent === null && i.label_full === title))
        .map((i) => ({
          id: i.id,
          label: i.label_full,
          depth: Math.max(0, depthOf(i, ids) - lift) + 1,
          heading: i.kind === 'header',
          unit: i.unit,
          cells: i.kind === 'header' ? [] : [cell(i.id)],
        }));
      preRows.push({ id: `section:${title}`, label: title, depth: 0, heading: true, cells: [] }, ...rows);
    } else if (title.startsWith('二、')) {
      // table 2: one small grid per 第二十条 item
      for (const h of inds) {
        if (h.kind !== 'header') continue;
        const kids = (sec.kids.get(h.id) ?? []).filter((i) => valueKind(i) && shown(i));
        if (!kids.length) continue;
        const cols: Column[] = [];
        for (const k of kids) if (!cols.some((c) => c.zh === k.col_zh)) cols.push({ key: k.col_zh ?? k.id, zh: k.col_zh ?? k.zh, unit: k.unit });
        const rowNames: string[] = [];
        for (const k of kids) if (!rowNames.includes(k.row_zh ?? k.zh)) rowNames.push(k.row_zh ?? k.zh);
        const rows: Row[] = rowNames.map((name) => ({
          id: `${h.id}:${name}`,
          label: name,
          depth: 0,
          heading: false,
          cells: cols.map((c) => {
            const k = kids.find((x) => (x.row_zh ?? x.zh) === name && (x.col_zh ?? x.zh) === c.zh);
            return k ? cell(k.id) : null;
          }),
        }));
        tables.push({ shape: 'grid', caption: h.label_full || h.zh, unit: null, columns: cols, rows });
      }
    } else {
      // tables 3 and 4: row nodes × columns
      const isCandidate = (i: Indicator) => (i.kind === 'row' || i.kind === 'header') && (inForm(i) || (sec.kids.get(i.id) ?? []).some((c) => has(c.id)));
      // A heading (三、本年度办理结果) goes right before its first child row, as in the form.
      const candidates = inds.filter(isCandidate);
      const candidateIds = new Set(candidates.map((i) => i.id));
      const rowNodes: Indicator[] = [];
      const placed = new Set<string>();
      for (const n of candidates) {
        if (n.kind === 'header') continue;
        const p = n.parent && candidateIds.has(n.parent) ? indicator(n.parent) : undefined;
        const h = p?.kind === 'header' ? p : undefined;
        if (h && !placed.has(h.id)) {
          placed.add(h.id);
          rowNodes.push(h);
        }
        rowNodes.push(n);
      }
      if (!rowNodes.length) continue;
      const withOrg = sec.orgIds.some(has);
      const cols: Column[] = sec.colDefs
        .filter((d) => d.key !== 'org' || withOrg)
        .map(({ key: k, ex }) => ({ key: k, zh: ex.col_zh ?? k, unit: ex.unit, ...(ex.kind === 'derived' && k === 'org' ? { derived: true } : {}) }));
      const nodeIds = new Set(rowNodes.map((i) => i.id));
      const rows: Row[] = rowNodes.map((n) => {
        const ids = sec.cellIds.get(n.id)!;
        return {
          id: n.id,
          label: n.kind === 'header' ? n.label_full : sec.rowLabel.get(n.id)!,
          depth: depthOf(n, nodeIds),
          heading: n.kind === 'header',
          cells: n.kind === 'header' ? [] : cols.map((c) => {
            const id = ids.get(c.key);
            return id ? cell(id) : null;
          }),
        };
      });
      tables.push({
        shape: sec.isT3 ? 'applicants' : 'review',
        caption: title,
        unit: sec.unit,
        columns: cols,
        rows,
      });
    }
    if (tables.length) sections.push({ title, tables });
  }
  if (preRows.length) {
    const title = variant === '2008-2013' ? '政府信息公开情况统计（2008–2013 地方报表）' : '政府信息公开情况统计表';
    sections.unshift({
      title,
      tables: [{ shape: 'list', caption: `${title}（按 2014 年统一格式排列）`, unit: null, columns: [{ key: 'value', zh: '统计数', unit: null }], rows: preRows }],
    });
  }

  // ---- anything with data not shown above -----------------------------------------------------
  const rest = [...new Set([...Object.keys(r.values), ...Object.keys(r.derived), ...gapById.keys()])].filter(
    (id) => !used.has(id) && !(id in r.textValues),
  );
  if (rest.length) {
    const order = catalogOrder();
    rest.sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
    sections.push({
      title: '其他指标',
      tables: [
        {
          shape: 'list',
          caption: '不属于本报告格式的指标',
          unit: null,
          columns: [{ key: 'value', zh: '数值', unit: null }],
          rows: rest.map((id) => ({ id, label: indicator(id)?.label_full ?? id, depth: 0, heading: false, unit: indicator(id)?.unit ?? null, cells: [cell(id)] })),
        },
      ],
    });
  }

  const printedIds = Object.keys(r.values);
  const proseOnly = printedIds.length > 0 && printedIds.every((id) => r.provenance[id]?.source === 'prose');
  if (proseOnly) {
    const order = catalogOrder();
    const ids = [...printedIds, ...Object.keys(r.derived).filter((id) => !(id in r.values))].sort(
      (a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b),
    );
    sections.splice(0, sections.length, {
      title: '报告中的数字',
      tables: [
        {
          shape: 'list',
          caption: '本报告没有统计表，以下数字摘自正文',
          unit: null,
          columns: [{ key: 'value', zh: '数值', unit: null }],
          rows: ids.map((id) => ({ id, label: indicator(id)?.label_full ?? indicator(id)?.zh ?? id, depth: 0, heading: false, unit: indicator(id)?.unit ?? null, cells: [cell(id)] })),
        },
      ],
    });
  }

  const textValues = Object.keys(r.textValues).map((id) => cell(id));
  for (const { g } of gapById.values()) if (g.id.startsWith('text.') && !textValues.some((t) => t.id === g.id)) textValues.push(cell(g.id));

  const conflicts: ConflictView[] = r.conflicts.map((c, index) => ({
    ...c,
    index,
    zh: indicator(c.id)?.zh ?? c.id,
    keptSrc: src(keptSrc, index) ?? src(valueSrc, c.id),
    otherSrc: src(otherSrc, index),
  }));
  const gaps = r.gaps.map((g, i) => ({ ...g, zh: indicator(g.id)?.zh ?? g.id, reasonZh: gapZh(g.reason).short, src: src(gapSrc, i) }));

  return {
    sections,
    textValues,
    checks,
    checkCounts,
    conflicts,
    gaps,
    marks,
    valueCount: Object.keys(r.values).length + Object.keys(r.derived).length + Object.keys(r.textValues).length,
    proseOnly,
  };
}

/**
 * The indicator chart of the report's year with its place highlighted (a link without the year would
 * change meaning): indicator-url.ts indicatorHref(id, year, placeKey). Every value cell of a page has
 * one with the same query, so the query of the last place and year asked for is kept.
 */
export function chartHref(id: string, placeKey: string, year: number | null): string {
  if (lastQuery.placeKey !== placeKey || lastQuery.year !== year) lastQuery = { placeKey, year, query: serializeIndicatorQuery({ year, level: null, province: null, highlight: placeKey }) };
  return indicatorPath(id) + lastQuery.query;
}
let lastQuery: { placeKey: string | null; year: number | null; query: string } = { placeKey: null, year: null, query: '' };

/**
 * A table cell's tooltip: exact value, gap reason and readings, how a derived value was computed.
 * Not the words of its flag marks (派生, 拆分, 来自正文 …): each mark carries them in its own title
 * (and the legend), and repeating them on the cell was most of the titles' bytes on a page.
 */
export function cellTitle(c: CellView): string | undefined {
  if (!c.exact && !c.gap && c.state !== 'missing' && !c.from.length) return undefined; // most cells: a plain value
  return (
    [
      c.exact ? `精确值 ${c.exact}` : '',
      c.gap ? c.gap.long : '',
      c.gap && c.gap.candidates.length > 0 ? `可能读作 ${c.gap.candidates.join(' 或 ')}` : '',
      c.state === 'missing' ? '报告未给出' : '',
      c.from.length ? `由 ${c.from.join(' + ')} 计算` : '',
    ]
      .filter(Boolean)
      .join('；') || undefined
  );
}
