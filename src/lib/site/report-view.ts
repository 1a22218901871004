// The view model of a report page: the report's tables in the shape of the official forms, every
// value with its provenance mark number, flags, gap reason, failing rules and conflicts.
import { indicatorHref } from './indicator-url.ts';
import { indicator, indicators, type Indicator } from '../catalog/index.ts';
import type { CheckResult, Conflict, Gap } from '../types.ts';
import type { SiteReport } from '../records/model.ts';
import { formatValue } from './format.ts';
import { PROSE_MARK, flagMark, flagZh, gapZh } from './labels.ts';
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
  /** Indicator ids with their labels, for the list. */
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

export function buildReportView(r: SiteReport): ReportView {
  const { meta } = r;
  // ---- provenance marks: numbered by position in the text -------------------------------------
  type Raw = { start: number; end: number; key: string; cls?: string };
  const raws: Raw[] = [];
  for (const [id, p] of Object.entries(r.provenance)) {
    if (p.source !== 'derived' && p.end > p.start) raws.push({ start: p.start, end: p.end, key: `p:${id}` });
  }
  r.conflicts.forEach((c, i) => {
    if (c.otherSpan.end > c.otherSpan.start) raws.push({ ...c.otherSpan, key: `c:${i}`, cls: 'other' });
    const kept = r.provenance[c.id];
    if (!kept || kept.start !== c.keptSpan.start || kept.end !== c.keptSpan.end) {
      if (c.keptSpan.end > c.keptSpan.start) raws.push({ ...c.keptSpan, key: `k:${i}` });
    }
  });
  r.gaps.forEach((g, i) => {
    if (g.start !== undefined && g.end !== undefined && g.end > g.start) raws.push({ start: g.start, end: g.end, key: `g:${i}`, cls: 'gap' });
  });
  raws.sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : 1));
  const srcNo = new Map<string, number>();
  const marks: MarkSpan[] = raws.map((x, i) => {
    srcNo.set(x.key, i + 1);
    return { start: x.start, end: x.end, id: `src-${i + 1}`, ...(x.cls ? { cls: x.cls } : {}) };
  });
  const src = (key: string) => srcNo.get(key) ?? null;

  // ---- checks ----------------------------------------------------------------------------------
  const ORDER: Record<CheckResult['status'], number> = { FAIL: 0, NOT_ASSESSABLE: 2, USED_FOR_DECODING: 3, PASS: 4 };
  const order = (c: CheckResult) => (c.status === 'FAIL' && c.severity === 'warning' ? 1 : ORDER[c.status]);
  // `index` is the position in record.checks (stable anchors `#chk-<index>`); the list is sorted.
  const checks: CheckView[] = r.checks
    .map((c, index) => ({
      ...c,
      index,
      labels: Object.entries(c.values).map(([id, value]) => ({ id, zh: indicator(id)?.zh ?? id, value })),
    }))
    .sort((a, b) => order(a) - order(b) || a.index - b.index);
  const checkAt = new Map(checks.map((c) => [c.index, c]));
  const checksById = new Map<string, number[]>();
  for (const c of checks) {
    if (c.status !== 'FAIL') continue;
    for (const id of Object.keys(c.values)) checksById.set(id, [...(checksById.get(id) ?? []), c.index]);
  }
  const checkCounts = {
    pass: checks.filter((c) => c.status === 'PASS').length,
    fail: checks.filter((c) => c.status === 'FAIL' && c.severity === 'error').length,
    warn: checks.filter((c) => c.status === 'FAIL' && c.severity === 'warning').length,
    na: checks.filter((c) => c.status === 'NOT_ASSESSABLE').length,
    decoding: checks.filter((c) => c.status === 'USED_FOR_DECODING').length,
  };

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
    const flags = new Set<string>(p?.flags ?? []);
    if (derived !== undefined) flags.add('derived');
    if (conflictById.has(id)) flags.add('conflict');
    flags.delete('ambiguous');
    const gapEntry = value === null ? gapById.get(id) : undefined;
    const ids = checksById.get(id) ?? [];
    const worst = ids.some((i) => checkAt.get(i)!.severity === 'error') ? 'fail' : ids.length ? 'warn' : null;
    const f = value === null ? null : formatValue(value, unit);
    return {
      id,
      zh: ind?.zh ?? id,
      unit,
      state: value === null ? (gapEntry ? 'gap' : 'missing') : derived !== undefined ? 'derived' : 'value',
      value,
      text: f?.text ?? '—',
      exact: f?.exact ?? null,
      flags: [...flags].map((k) => ({ key: k, short: flagZh(k).short, long: flagZh(k).long, mark: flagMark(k) })),
      fromProse: value !== null && derived === undefined && p?.source === 'prose',
      src: value !== null ? src(`p:${id}`) : gapEntry ? src(`g:${gapEntry.i}`) : null,
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
  const valueKind = (ind: Indicator) => ind.kind === 'cell' || ind.kind === 'derived' || ind.kind === 'extension';
  const shown = (ind: Indicator) => has(ind.id) || inForm(ind);

  const sectionsOrder: string[] = [];
  const bySection = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    if (ind.template !== family || ind.kind === 'text') continue;
    if (!bySection.has(ind.section)) {
      bySection.set(ind.section, []);
      sectionsOrder.push(ind.section);
    }
    bySection.get(ind.section)!.push(ind);
  }

  const depthOf = (ind: Indicator, within: Set<string>) => {
    let d = 0;
    for (let p = ind.parent; p && within.has(p); p = indicator(p)?.parent ?? null) d++;
    return d;
  };

  const sections: SectionView[] = [];
  // pre2019: the statistics table is one form; its sections become heading rows.
  const preRows: Row[] = [];
  for (const title of sectionsOrder) {
    const inds = bySection.get(title)!;
    const tables: TableView[] = [];
    if (family === 'pre2019') {
      const valueRows = inds.filter((i) => valueKind(i) && shown(i));
      if (!valueRows.length) continue;
      // headings that have a shown descendant
      const keep = new Set(valueRows.map((i) => i.id));
      for (const i of valueRows) for (let p = i.parent; p; p = indicator(p)?.parent ?? null) keep.add(p);
      const ids = new Set(inds.filter((i) => keep.has(i.id)).map((i) => i.id));
      const rows: Row[] = inds
        .filter((i) => keep.has(i.id))
        .filter((i) => !(i.kind === 'header' && i.parent === null && i.label_full === title))
        .map((i) => ({
          id: i.id,
          label: i.label_full,
          depth: Math.max(0, depthOf(i, ids) - (inds[0]?.kind === 'header' && inds[0].parent === null ? 1 : 0)),
          heading: i.kind === 'header',
          unit: i.unit,
          cells: i.kind === 'header' ? [] : [cell(i.id)],
        }));
      preRows.push({ id: `section:${title}`, label: title, depth: 0, heading: true, cells: [] }, ...rows.map((x) => ({ ...x, depth: x.depth + 1 })));
    } else if (title.startsWith('二、')) {
      // table 2: one small grid per 第二十条 item
      for (const h of inds.filter((i) => i.kind === 'header')) {
        const kids = inds.filter((i) => i.parent === h.id && valueKind(i) && shown(i));
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
      const candidates = inds.filter((i) => (i.kind === 'row' || i.kind === 'header') && (inForm(i) || inds.some((c) => c.parent === i.id && has(c.id))));
      // A heading (三、本年度办理结果) goes right before its first child row, as in the form.
      const rowNodes: Indicator[] = [];
      for (const n of candidates) {
        if (n.kind === 'header') continue;
        const h = n.parent ? candidates.find((x) => x.id === n.parent && x.kind === 'header') : undefined;
        if (h && !rowNodes.includes(h)) rowNodes.push(h);
        rowNodes.push(n);
      }
      const colKeys: string[] = [];
      for (const i of inds) if (i.col && !colKeys.includes(i.col) && (valueKind(i))) colKeys.push(i.col);
      const isT3 = colKeys.includes('natural');
      if (isT3) colKeys.sort((a, b) => T3_COLS.indexOf(a) - T3_COLS.indexOf(b));
      const cols: Column[] = colKeys
        .filter((k) => k !== 'org' || inds.some((i) => i.col === 'org' && has(i.id)))
        .map((k) => {
          const ex = inds.find((i) => i.col === k)!;
          return { key: k, zh: ex.col_zh ?? k, unit: ex.unit, ...(ex.kind === 'derived' && k === 'org' ? { derived: true } : {}) };
        });
      if (!rowNodes.length) continue;
      const nodeIds = new Set(rowNodes.map((i) => i.id));
      const rows: Row[] = rowNodes.map((n) => {
        const kids = inds.filter((i) => i.parent === n.id && i.col);
        const label = kids[0]?.row_zh ?? n.label_full ?? n.zh;
        return {
          id: n.id,
          label: n.kind === 'header' ? n.label_full : label,
          depth: depthOf(n, nodeIds),
          heading: n.kind === 'header',
          cells: n.kind === 'header' ? [] : cols.map((c) => (indicator(`${n.id}.${c.key}`) ? cell(`${n.id}.${c.key}`) : null)),
        };
      });
      const units = new Set(inds.filter((i) => i.unit).map((i) => i.unit));
      tables.push({
        shape: isT3 ? 'applicants' : 'review',
        caption: title,
        unit: units.size === 1 ? [...units][0]! : null,
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
  const rest = [...Object.keys(r.values), ...Object.keys(r.derived), ...gapById.keys()].filter(
    (id, i, a) => a.indexOf(id) === i && !used.has(id) && !(id in r.textValues),
  );
  if (rest.length) {
    const catalogOrder = new Map(indicators.map((x, i) => [x.id, i]));
    rest.sort((a, b) => (catalogOrder.get(a) ?? 1e9) - (catalogOrder.get(b) ?? 1e9) || a.localeCompare(b));
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
    const catalogOrder = new Map(indicators.map((x, i) => [x.id, i]));
    const ids = [...printedIds, ...Object.keys(r.derived).filter((id) => !(id in r.values))].sort(
      (a, b) => (catalogOrder.get(a) ?? 1e9) - (catalogOrder.get(b) ?? 1e9) || a.localeCompare(b),
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
    keptSrc: src(`k:${index}`) ?? src(`p:${c.id}`),
    otherSrc: src(`c:${index}`),
  }));
  const gaps = r.gaps.map((g, i) => ({ ...g, zh: indicator(g.id)?.zh ?? g.id, reasonZh: gapZh(g.reason).short, src: src(`g:${i}`) }));

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

/** The indicator chart URL for a value, highlighting this place. */
/** The indicator chart of the report's year with its place highlighted (a link without the year would change meaning). */
export function chartHref(id: string, placeKey: string, year: number | null): string {
  return indicatorHref(id, year, placeKey);
}

/** A table cell's tooltip: exact value, flags, prose origin, gap reason and readings, how a derived value was computed. */
export function cellTitle(c: CellView): string | undefined {
  return (
    [
      c.exact ? `精确值 ${c.exact}` : '',
      ...c.flags.map((f) => f.long),
      c.fromProse ? PROSE_MARK.long : '',
      c.gap ? c.gap.long : '',
      c.gap && c.gap.candidates.length > 0 ? `可能读作 ${c.gap.candidates.join(' 或 ')}` : '',
      c.state === 'missing' ? '报告未给出' : '',
      c.from.length ? `由 ${c.from.join(' + ')} 计算` : '',
    ]
      .filter(Boolean)
      .join('；') || undefined
  );
}
