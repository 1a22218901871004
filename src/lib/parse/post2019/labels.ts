// Row and column labels of tables 2, 3 and 4 (spec/templates.md §3.3–3.5), as patterns over the
// compact (whitespace-free) text, generated from the catalog (indicators.json): table-3 rows and
// table-4 groups from their row nodes' `match` stems with the numbering of their row_zh, table-2
// rows from row_zh and its columns from col_zh + aliases. A row pattern matches the START of the
// printed label, including an optional numbering prefix ("2." / "（三）" / "四、"), so that in fused
// single-line text the row number is never read as the last digit of the previous row.
import { columnHeaders, indicators, type Indicator } from '../../catalog/index.ts';
import type { ColumnTable } from '../../catalog/schema.ts';

export type CellKind = 'int' | 'signed' | 'decimal';

export interface RowDef {
  id: string;
  re: RegExp;
  /** Literal stems one of which every match of `re` contains (none given or null: no such list): `mayMatch`. */
  needles?: string[] | null;
}

/** False when `re` cannot match `s` (it holds none of the row's stems): a cheap test before the regex. */
export function mayMatch(def: RowDef, s: string): boolean {
  return !def.needles || def.needles.some((n) => s.includes(n));
}

const N = '[.、．,，]'; // numbering punctuation after an Arabic row number
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (stems: string[]): string => `(?:${[...stems].sort((a, b) => b.length - a.length).map(escape).join('|')})`;

const displayNames = (t: ColumnTable): Record<string, string> => Object.fromEntries(t.columns.map((c) => [c.col, c.zh]));

/** A table's column-header matcher, from the catalog's column_headers (their `about` says how it reads). */
function columnMatcher(t: ColumnTable): (sig: string) => string | null {
  const has = (text: string, list: string[] | undefined) => (list ?? []).some((x) => text.includes(x));
  const stripRe = t.strip ? new RegExp(alternation(t.strip), 'g') : null;
  return (sig) => {
    if (has(sig, t.not_a_column)) return null;
    const rest = stripRe ? sig.replace(stripRe, '') : sig;
    const hit = t.columns.find((c) => has(sig, c.match) || has(rest, c.match_after_strip) || (rest === '' && has(sig, c.when_only_stripped)));
    return hit?.col ?? null;
  };
}

/** The numbering a printed label starts with ("一、", "(一)", "1."), as a pattern. */
function numbering(label: string): string | null {
  let m = /^([一二三四五六七八九十]+)[、.．]/.exec(label);
  if (m) return `${m[1]}[、.．]`;
  m = /^[(（]([一二三四五六七八九十]+)[)）]/.exec(label);
  if (m) return `[(（]${m[1]}[)）]`;
  m = /^(\d+)[.、．]/.exec(label);
  if (m) return `${m[1]}${N}`;
  return null;
}

/**
 * A row's label pattern: its stems, after the numbering of its printed label (row_zh) — optional,
 * or required for a stem that begins with it. A stem that begins another label of the form
 * (其他 → 其他法律…, 其他处理) does not match there.
 */
const bareStem = (stem: string): string => (numbering(stem) ? stem.replace(/^[(（]?[一二三四五六七八九十\d]+[)）]?[、.．]?/, '') : stem);

/** The literal part of each of rowPattern's alternatives (every match holds one of them), or null when one is empty. */
function rowNeedles(stems: string[]): string[] | null {
  const bare = stems.map(bareStem);
  return bare.includes('') ? null : bare;
}

function rowPattern(stems: string[], rowZh: string, others: string[]): RegExp {
  const alts = stems.map((stem) => {
    const own = numbering(stem);
    const bare = bareStem(stem);
    const longer = [...new Set(others.filter((o) => o !== bare && o.startsWith(bare)).map((o) => o.slice(bare.length, bare.length + 2)))];
    const body = escape(bare) + (longer.length ? `(?!${longer.map(escape).join('|')})` : '');
    const num = own ?? numbering(rowZh);
    return own ? `${num}${body}` : num ? `(?:${num})?${body}` : body;
  });
  return new RegExp(alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`);
}

const t3Cells = indicators.filter((i) => i.id.startsWith('t3.') && i.kind === 'cell' && i.col === 'total');
const bareLabel = (l: string): string => l.replace(/^[(（]?[一二三四五六七八九十\d]+[)）]?[、.．]?/, '');
const postCells = indicators.filter((i) => i.template === 'post2019' && i.kind === 'cell');
/** The printed row and column labels of the form, without numbering, with the row they belong to. */
const FORM_LABELS = postCells.flatMap((i) => [
  ...(i.row_zh ?? '').split(' / ').map((l) => ({ label: bareLabel(l), row: i.parent })),
  ...(i.col_zh ? [{ label: bareLabel(i.col_zh), row: null }] : []),
]);

function rowDefs(prefix: string, rowZhOf: (row: string) => string): RowDef[] {
  return indicators
    .filter((i): i is Indicator & { match: string[] } => i.id.startsWith(prefix) && Array.isArray(i.match))
    .map((i) => {
      const id = i.id.slice(prefix.length);
      const others = FORM_LABELS.filter((l) => l.row !== i.id).map((l) => l.label);
      return { id, re: rowPattern(i.match, rowZhOf(id), others), needles: rowNeedles(i.match) };
    });
}

// ---------------------------------------------------------------- table 3
export const T3_ROWS: RowDef[] = rowDefs('t3.', (row) => t3Cells.find((c) => c.row === row)?.row_zh ?? '');

export const T3_OTHER_SUBROWS = ['other.no_correction', 'other.unpaid_fee', 'other.misc'];

export const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'] as const;
export const T3_COL_ZH: Record<string, string> = displayNames(columnHeaders.t3);

/** Column id of a table-3 header signature (header cells of one column, joined, compact). */
export const t3ColumnOf = columnMatcher(columnHeaders.t3);

// ---------------------------------------------------------------- table 4
export const T4_GROUPS = ['review', 'lit_direct', 'lit_after_review'] as const;
export const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const T4_GROUP_ZH: Record<string, string> = { review: '行政复议', lit_direct: '未经复议直接起诉', lit_after_review: '复议后起诉' };
export const T4_COL_ZH: Record<string, string> = displayNames(columnHeaders.t4);

const T4_GROUP_RE = rowDefs('t4.', () => '');

/** The table-4 group a header signature, row label or heading names: the one named last. */
const T4_GROUP_ALL = T4_GROUP_RE.map((g) => ({ ...g, all: new RegExp(g.re.source, 'g') }));
export function t4GroupOf(sig: string): string | null {
  let best: { id: string; at: number } | null = null;
  for (const g of T4_GROUP_ALL) {
    if (!mayMatch(g, sig)) continue;
    for (const m of sig.matchAll(g.all)) if (!best || m.index > best.at) best = { id: g.id, at: m.index };
  }
  return best?.id ?? null;
}
/** Column id of a table-4 header signature. */
export const t4ColumnOf = columnMatcher(columnHeaders.t4);

// ---------------------------------------------------------------- table 2
export interface T2Col {
  id: string;
  zh: string;
  kind: CellKind;
  re: RegExp;
}

const t2Cells = postCells.filter((i) => i.id.startsWith('t2.'));
/** The header texts of a table-2 column (col_zh and aliases of its cells), as a pattern. */
function t2ColumnRe(col: string, row?: string): RegExp {
  const cells = t2Cells.filter((i) => i.id.endsWith(`.${col}`) && (!row || i.id.startsWith(`t2.${row}.`)));
  return new RegExp(alternation([...new Set(cells.flatMap((i) => [i.col_zh ?? '', ...i.aliases]).filter(Boolean))]));
}
/** The printed names of a table-2 row (row_zh of its cells), as a pattern. */
function t2RowRe(row: string): RegExp {
  return new RegExp(alternation([...new Set(t2Cells.filter((i) => i.id.startsWith(`t2.${row}.`)).map((i) => i.row_zh ?? '').filter(Boolean))]));
}

const col = (id: string, zh: string, kind: CellKind, row?: string, key = id): T2Col => ({ id, zh, kind, re: t2ColumnRe(key, row) });

export const T2_COLS: Record<string, T2Col> = {
  issued: col('issued', '本年制发件数', 'int'),
  repealed: col('repealed', '本年废止件数', 'int'),
  in_force: col('in_force', '现行有效件数', 'int'),
  new_made: col('new_made', '本年新制作数量', 'int'),
  new_published: col('new_published', '本年新公开数量', 'int'),
  total_published: col('total_published', '对外公开总数量', 'int'),
  prev_items: col('prev_items', '上一年项目数量', 'int'),
  delta: col('delta', '本年增/减', 'signed'),
  decisions: col('decisions', '处理决定数量', 'int'),
  amount: col('amount', '本年收费金额(万元)', 'decimal', 'fees'),
  items: col('items', '采购项目数量', 'int'),
  proc_amount: col('amount', '采购总金额', 'decimal', 'procurement'),
};

export interface T2RowDef extends RowDef {
  zh: string;
  /** Column sets: [2021-style, 2019-style]; the one whose headers the table prints is used. */
  cols2021: string[] | null;
  cols2019: string[] | null;
}

export const T2_ROWS: T2RowDef[] = [
  { id: 'regulations', zh: '规章', re: t2RowRe('regulations'), cols2021: ['issued', 'repealed', 'in_force'], cols2019: ['new_made', 'new_published', 'total_published'] },
  { id: 'normative', zh: '规范性文件', re: t2RowRe('normative'), cols2021: ['issued', 'repealed', 'in_force'], cols2019: ['new_made', 'new_published', 'total_published'] },
  { id: 'licensing', zh: '行政许可', re: t2RowRe('licensing'), cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'other_services', zh: '其他对外管理服务事项', re: t2RowRe('other_services'), cols2021: null, cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'penalty', zh: '行政处罚', re: t2RowRe('penalty'), cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'coercion', zh: '行政强制', re: t2RowRe('coercion'), cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'fees', zh: '行政事业性收费', re: t2RowRe('fees'), cols2021: ['amount'], cols2019: ['prev_items', 'delta'] },
  { id: 'procurement', zh: '政府集中采购', re: t2RowRe('procurement'), cols2021: ['items', 'proc_amount'], cols2019: ['items', 'proc_amount'] },
];
