// A generator of annual reports: values that satisfy a form's sums (2021 format tables 二/三/四,
// 2014 statistics table), rendered in the layouts the parser claims to read. The property test
// (tests/unit/lib/fuzz/reports.test.ts) and `npm run fuzz -- --reports N` assert the parser's
// invariant: each value it gives is exactly the drawn value, or absent (a gap), never another number.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseBytes } from '../parse/index.ts';

export interface GeneratedReport {
  file: string;
  bytes: Uint8Array;
  /** Every value printed in the report, by catalog id. */
  drawn: Record<string, number>;
  template: 'post2019' | 'pre2019';
  year: number;
  /** How it was rendered (shown when the property fails). */
  layout: string;
}

// ------------------------------------------------------------------ numbers

const count = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10, max: 999 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 99_999 }) },
);
/** Amounts in 万元, printed with up to 6 decimals. */
const amount = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99_999_999 }).map((n) => n / 10 ** (n % 7)));

export interface NumberStyle {
  thousands: 'none' | 'comma' | 'fullwidth-comma' | 'space';
  fullWidth: boolean;
}

const FW = (s: string): string => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function formatNumber(v: number, style: NumberStyle): string {
  let s = String(v);
  if (style.thousands !== 'none') {
    const [int, frac] = s.split('.');
    const sep = style.thousands === 'comma' ? ',' : style.thousands === 'fullwidth-comma' ? '，' : ' ';
    s = int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac !== undefined ? `.${frac}` : '');
  }
  return style.fullWidth ? FW(s) : s;
}

// ------------------------------------------------------------------ the 2021 form

const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org'] as const;
/** Table-3 data rows of the 2021 form: id, group label (三、本年度办理结果 → (三)不予公开), row label. */
const T3_ROWS: Array<[string, string, string, string]> = [
  ['new_received', '一、本年新收政府信息公开申请数量', '', ''],
  ['carried_over', '二、上年结转政府信息公开申请数量', '', ''],
  ['granted', '三、本年度办理结果', '（一）予以公开', ''],
  ['partial', '三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  ['denied.state_secret', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密'],
  ['denied.law_prohibited', '三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开'],
  ['denied.security', '三、本年度办理结果', '（三）不予公开', '3.危及“三安全一稳定”'],
  ['denied.third_party', '三、本年度办理结果', '（三）不予公开', '4.保护第三方合法权益'],
  ['denied.internal_affairs', '三、本年度办理结果', '（三）不予公开', '5.属于三类内部事务信息'],
  ['denied.process_info', '三、本年度办理结果', '（三）不予公开', '6.属于四类过程性信息'],
  ['denied.enforcement_file', '三、本年度办理结果', '（三）不予公开', '7.属于行政执法案卷'],
  ['denied.admin_query', '三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项'],
  ['unable.not_held', '三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息'],
  ['unable.needs_creation', '三、本年度办理结果', '（四）无法提供', '2.没有现成信息需要另行制作'],
  ['unable.unclear', '三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确'],
  ['not_processed.petition', '三、本年度办理结果', '（五）不予处理', '1.信访举报投诉类申请'],
  ['not_processed.repeat', '三、本年度办理结果', '（五）不予处理', '2.重复申请'],
  ['not_processed.publication', '三、本年度办理结果', '（五）不予处理', '3.要求提供公开出版物'],
  ['not_processed.excessive', '三、本年度办理结果', '（五）不予处理', '4.无正当理由大量反复申请'],
  ['not_processed.confirm', '三、本年度办理结果', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'],
  ['other.no_correction', '三、本年度办理结果', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other.unpaid_fee', '三、本年度办理结果', '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other.misc', '三、本年度办理结果', '（六）其他处理', '3.其他'],
  ['total', '三、本年度办理结果', '（七）总计', ''],
  ['carried_forward', '四、结转下年度继续办理', '', ''],
];
const LEAVES = T3_ROWS.map((r) => r[0]).filter((id) => !['new_received', 'carried_over', 'total', 'carried_forward'].includes(id));

const T2_BLOCKS: Array<{ head: string; cols: string[]; rows: Array<[string, string[]]> }> = [
  { head: '第二十条第（一）项', cols: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', ['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.in_force']], ['行政规范性文件', ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force']]] },
  { head: '第二十条第（五）项', cols: ['本年处理决定数量'], rows: [['行政许可', ['t2.licensing.decisions']]] },
  { head: '第二十条第（六）项', cols: ['本年处理决定数量'], rows: [['行政处罚', ['t2.penalty.decisions']], ['行政强制', ['t2.coercion.decisions']]] },
  { head: '第二十条第（八）项', cols: ['本年收费金额（单位：万元）'], rows: [['行政事业性收费', ['t2.fees.amount']]] },
];
const T4_GROUPS = ['review', 'lit_direct', 'lit_after_review'] as const;
const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const T4_COL_ZH = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export interface Values2021 {
  t2: Record<string, number>;
  /** rowId → 7 values (6 applicant columns, total) */
  t3: Record<string, number[]>;
  /** 3 groups × 5 */
  t4: number[][];
}

export const values2021: fc.Arbitrary<Values2021> = fc
  .record({
    t2: fc.record({
      regs: fc.array(count, { minLength: 6, maxLength: 6 }),
      decisions: fc.array(count, { minLength: 3, maxLength: 3 }),
      fee: amount,
    }),
    leaves: fc.array(fc.array(count, { minLength: 6, maxLength: 6 }), { minLength: LEAVES.length, maxLength: LEAVES.length }),
    carriedOver: fc.array(count, { minLength: 6, maxLength: 6 }),
    carriedForward: fc.array(count, { minLength: 6, maxLength: 6 }),
    t4: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ t2, leaves, carriedOver, carriedForward, t4 }) => {
    const t2v: Record<string, number> = {};
    const regIds = T2_BLOCKS[0]!.rows.flatMap((r) => r[1]);
    regIds.forEach((id, i) => (t2v[id] = t2.regs[i]!));
    ['t2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions'].forEach((id, i) => (t2v[id] = t2.decisions[i]!));
    t2v['t2.fees.amount'] = t2.fee;
    const t3: Record<string, number[]> = {};
    const withTotal = (six: number[]): number[] => [...six, six.reduce((a, b) => a + b, 0)];
    LEAVES.forEach((id, i) => (t3[id] = withTotal(leaves[i]!)));
    const total = T3_COLS.map((_, c) => LEAVES.reduce((a, id) => a + t3[id]![c]!, 0));
    const co = T3_COLS.map((_, c) => Math.min(carriedOver[c]!, total[c]! + carriedForward[c]!));
    t3.total = withTotal(total);
    t3.carried_over = withTotal(co);
    t3.carried_forward = withTotal(carriedForward);
    t3.new_received = withTotal(T3_COLS.map((_, c) => total[c]! + carriedForward[c]! - co[c]!));
    return { t2: t2v, t3, t4: t4.map((g) => [...g, g.reduce((a, b) => a + b, 0)]) };
  });

export function drawn2021(v: Values2021, t3ColsPrinted: boolean): Record<string, number> {
  // section 六 says 本年度未收取信息处理费 (a prose figure, textValues)
  const out: Record<string, number> = { ...v.t2, 'text.fees.processing': 0 };
  for (const [row, vals] of Object.entries(v.t3)) {
    if (!t3ColsPrinted) continue;
    [...T3_COLS, 'total'].forEach((c, i) => (out[`t3.${row}.${c}`] = vals[i]!));
  }
  T4_GROUPS.forEach((g, gi) => T4_COLS.forEach((c, ci) => (out[`t4.${g}.${c}`] = v.t4[gi]![ci]!)));
  return out;
}

// ------------------------------------------------------------------ grids and their renderings

/** A logical table: header rows and data rows of cell texts; `value` marks numeric cells. */
interface Cell {
  text: string;
  value?: boolean;
}
interface Grid {
  header: Cell[][];
  rows: Cell[][];
}

export type GridStyle = 'pipe' | 'html' | 'markdown' | 'text-rows' | 'cell-lines' | 'cell-pipe' | 'fused';

export interface GridOptions {
  style: GridStyle;
  header: boolean;
  trailingEmpty: boolean;
  wrapLabels: boolean;
}

const label = (text: string): Cell => ({ text });
const val = (text: string): Cell => ({ text, value: true });

function wrap(text: string, on: boolean, br: string): string {
  if (!on || text.length < 12) return text;
  const at = Math.floor(text.length / 2);
  return text.slice(0, at) + br + text.slice(at);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HTML with rowspan/colspan: identical label cells forming a rectangle are merged. */
function renderHtml(g: Grid, o: GridOptions): string {
  const all = [...(o.header ? g.header : []), ...g.rows.map((r) => (o.trailingEmpty ? [...r, label('')] : r))];
  const width = Math.max(...all.map((r) => r.length));
  const taken = all.map(() => Array<boolean>(width).fill(false));
  const lines: string[] = ['<table border="1">'];
  all.forEach((row, r) => {
    const tds: string[] = [];
    row.forEach((cell, c) => {
      if (taken[r]![c]) return;
      let cs = 1;
      let rs = 1;
      if (!cell.value && cell.text !== '') {
        while (c + cs < row.length && !row[c + cs]!.value && row[c + cs]!.text === cell.text && !taken[r]![c + cs]) cs++;
        const same = (rr: number): boolean => {
          for (let k = c; k < c + cs; k++) {
            const x = all[rr]?.[k];
            if (!x || x.value || x.text !== cell.text || taken[rr]![k]) return false;
          }
          const left = all[rr]?.[c - 1];
          const right = all[rr]?.[c + cs];
          return !(left && !left.value && left.text === cell.text) && !(right && !right.value && right.text === cell.text);
        };
        while (r + rs < all.length && same(r + rs)) rs++;
      }
      for (let rr = r; rr < r + rs; rr++) for (let k = c; k < c + cs; k++) taken[rr]![k] = true;
      const attrs = `${cs > 1 ? ` colspan="${cs}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}`;
      tds.push(`<td${attrs}>${wrap(escapeHtml(cell.text), o.wrapLabels && !cell.value, '<br/>')}</td>`);
    });
    lines.push(`<tr>${tds.join('')}</tr>`);
  });
  lines.push('</table>');
  return lines.join('\n');
}

/** Pipe rows as html.ts renders tables (spans expanded), or a markdown table. */
function renderPipe(g: Grid, o: GridOptions, markdown: boolean): string {
  const rows = g.rows.map((r) => (o.trailingEmpty ? [...r, label('')] : r));
  const line = (r: Cell[]): string => `| ${r.map((c) => c.text).join(' | ')} |`;
  const lines: string[] = [];
  if (markdown) {
    const width = Math.max(...rows.map((r) => r.length), ...g.header.map((r) => r.length));
    const head = o.header ? g.header[g.header.length - 1]! : Array.from({ length: width }, () => label(''));
    lines.push(line(head.length < width ? [...head, ...Array.from({ length: width - head.length }, () => label(''))] : head));
    lines.push(`|${Array.from({ length: width }, () => ' --- ').join('|')}|`);
  } else if (o.header) lines.push(...g.header.map(line));
  lines.push(...rows.map(line));
  return lines.join('\n');
}

/** Row labels (distinct, in order) then the values: running text without cell markup. */
function rowLabel(r: Cell[]): string {
  const parts: string[] = [];
  for (const c of r) if (!c.value && c.text && parts[parts.length - 1] !== c.text) parts.push(c.text);
  return parts.join(' ');
}

function renderText(g: Grid, o: GridOptions): string {
  const lines: string[] = [];
  if (o.header) for (const h of g.header) lines.push(rowLabel(h));
  for (const r of g.rows) {
    const lab = wrap(rowLabel(r), o.wrapLabels, '\n');
    const vals = r.filter((c) => c.value).map((c) => c.text);
    if (o.style === 'text-rows') lines.push([lab, ...vals].join(' '));
    else if (o.style === 'cell-lines') lines.push(lab, ...vals);
    else lines.push(`${lab} |`, ...vals.map((v) => `${v} |`));
  }
  return lines.join('\n');
}

/** Single-line scrape: every separator lost, digits glued. */
function renderFused(g: Grid, o: GridOptions): string {
  const parts: string[] = [];
  if (o.header) for (const h of g.header) parts.push(rowLabel(h).replace(/\s+/g, ''));
  for (const r of g.rows) parts.push(rowLabel(r).replace(/\s+/g, '') + r.filter((c) => c.value).map((c) => c.text).join(''));
  return parts.join('');
}

export function renderGrid(g: Grid, o: GridOptions): string {
  switch (o.style) {
    case 'html':
      return renderHtml(g, o);
    case 'pipe':
      return renderPipe(g, o, false);
    case 'markdown':
      return renderPipe(g, o, true);
    case 'fused':
      return renderFused(g, o);
    default:
      return renderText(g, o);
  }
}

// ------------------------------------------------------------------ 2021 tables as grids

function t2Grids(v: Values2021, fmt: (n: number) => string): Array<{ title: string; grid: Grid }> {
  return T2_BLOCKS.map((b) => {
    const width = 1 + b.cols.length;
    const head = Array.from({ length: width }, () => label(b.head));
    return {
      title: b.head,
      grid: {
        header: [head, [label('信息内容'), ...b.cols.map(label)]],
        rows: b.rows.map(([zh, ids]) => [label(zh), ...ids.map((id) => val(fmt(v.t2[id]!)))]),
      },
    };
  });
}

export type T3Shape = '7' | '8-after' | '8-before';

function t3Grid(v: Values2021, shape: T3Shape, fmt: (n: number) => string): Grid {
  const note = label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  const orgCols = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const leafHeads = shape === '7' ? orgCols : shape === '8-after' ? [...orgCols, '小计'] : ['小计', ...orgCols];
  const h1 = [note, note, note, ...Array.from({ length: leafHeads.length + 2 }, () => label('申请人情况'))];
  const h2 = [note, note, note, label('自然人'), ...leafHeads.map(() => label('法人或其他组织')), label('总计')];
  const h3 = [note, note, note, label('自然人'), ...leafHeads.map(label), label('总计')];
  const rows = T3_ROWS.map(([id, g, r, s]) => {
    const labels = [g, r || g, s || r || g].map(label);
    const vals = v.t3[id]!;
    const org = vals.slice(1, 6).reduce((a, b) => a + b, 0);
    const printed = shape === '7' ? vals : shape === '8-after' ? [...vals.slice(0, 6), org, vals[6]!] : [vals[0]!, org, ...vals.slice(1)];
    return [...labels, ...printed.map((n) => val(fmt(n)))];
  });
  return { header: [h1, h2, h3], rows };
}

export type T4Shape = 'one-row' | 'three-rows' | 'three-tables';

function t4Grids(v: Values2021, shape: T4Shape, fmt: (n: number) => string): Array<{ title: string; grid: Grid }> {
  const groupZh = ['行政复议', '未经复议直接起诉', '复议后起诉'];
  if (shape === 'one-row') {
    const h1 = [...Array(5).fill(label('行政复议')), ...Array(10).fill(label('行政诉讼'))];
    const h2 = [...T4_COL_ZH.map(label), ...Array(5).fill(label('未经复议直接起诉')), ...Array(5).fill(label('复议后起诉'))];
    const h3 = [...T4_COL_ZH, ...T4_COL_ZH, ...T4_COL_ZH].map(label);
    return [{ title: '', grid: { header: [h1, h2, h3], rows: [v.t4.flat().map((n) => val(fmt(n)))] } }];
  }
  if (shape === 'three-rows') {
    return [{ title: '', grid: { header: [[label('类别'), ...T4_COL_ZH.map(label)]], rows: v.t4.map((g, i) => [label(groupZh[i]!), ...g.map((n) => val(fmt(n)))]) } }];
  }
  const titles = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
  return v.t4.map((g, i) => ({ title: titles[i]!, grid: { header: [T4_COL_ZH.map(label)], rows: [g.map((n) => val(fmt(n)))] } }));
}

// ------------------------------------------------------------------ whole reports

const PLACES = ['杭州市西湖区人民政府', '宿迁市沭阳县人民政府', '上海市奉贤区人民政府', '云南省普洱市思茅区人民政府', '湖南省常德市桃源县人民政府', '江苏省淮安市统计局'];

export interface ReportOptions {
  grid: GridOptions;
  numbers: NumberStyle;
  crlf: boolean;
  gbk: boolean;
  place: string;
  year: number;
}

export const GRID_STYLES: GridStyle[] = ['pipe', 'html', 'markdown', 'text-rows', 'cell-lines', 'cell-pipe', 'fused'];

const gridOptions = (styles: GridStyle[]): fc.Arbitrary<GridOptions> => fc.record({
  style: fc.constantFrom<GridStyle>(...styles),
  header: fc.boolean(),
  trailingEmpty: fc.boolean(),
  wrapLabels: fc.boolean(),
});

function reportOptions(years: [number, number], styles: GridStyle[] = GRID_STYLES): fc.Arbitrary<ReportOptions> {
  return fc.record({
    grid: gridOptions(styles),
    numbers: fc.record({
      thousands: fc.constantFrom<NumberStyle['thousands']>('none', 'none', 'comma', 'fullwidth-comma', 'space'),
      fullWidth: fc.boolean(),
    }),
    crlf: fc.boolean(),
    gbk: fc.boolean(),
    place: fc.constantFrom(...PLACES),
    year: fc.integer({ min: years[0], max: years[1] }),
  });
}

/** The options a layout can actually print: trailing cells and thousands separators need cell borders. */
function normalise(o: ReportOptions): ReportOptions {
  const g = { ...o.grid };
  const bordered = g.style === 'pipe' || g.style === 'html' || g.style === 'markdown';
  if (!bordered) g.trailingEmpty = false;
  if (g.style === 'markdown') g.wrapLabels = false;
  // without borders, "1 234" is two cells and "1,234" is ambiguous with a list; a scrape loses separators
  const thousands = bordered || (g.style !== 'fused' && o.numbers.thousands !== 'space') ? o.numbers.thousands : 'none';
  return { ...o, grid: g, numbers: { ...o.numbers, thousands } };
}

/** Counterexamples print as their layout and text, not as bytes. */
function shown(r: GeneratedReport, body: string): GeneratedReport {
  return Object.assign(r, { [fc.toStringMethod]: () => `${r.file} ${r.layout}\n${body}` });
}

function finish(body: string, o: ReportOptions): Uint8Array {
  const text = o.crlf ? body.replace(/\n/g, '\r\n') : body;
  return o.gbk ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text);
}

function asDocument(parts: string[], o: ReportOptions): string {
  const fused = o.grid.style === 'fused';
  if (o.grid.style !== 'html') return parts.join(fused ? '' : '\n');
  return `<html><head><meta charset="${o.gbk ? 'gbk' : 'utf-8'}"><title>年度报告</title></head><body>\n${parts
    .map((p) => (p.startsWith('<table') ? p : `<p>${escapeHtml(p)}</p>`))
    .join('\n')}\n</body></html>`;
}

export interface Case2021 {
  values: Values2021;
  options: ReportOptions;
  t3Shape: T3Shape;
  t4Shape: T4Shape;
  /** 一、总体情况 states the totals in a sentence (the text.* ids). */
  prose: boolean;
}

export const case2021Of = (styles: GridStyle[]): fc.Arbitrary<Case2021> => fc.record({
  values: values2021,
  options: reportOptions([2021, 2025], styles).map(normalise),
  t3Shape: fc.constantFrom<T3Shape>('7', '8-after', '8-before'),
  t4Shape: fc.constantFrom<T4Shape>('one-row', 'three-rows', 'three-tables'),
  prose: fc.boolean(),
});
export const case2021 = case2021Of(GRID_STYLES);

/** The sentence of 一、总体情况 with the totals of tables 三 and 四, and the text.* values it states. */
function overview(v: Values2021, numbers: NumberStyle): { sentence: string; drawn: Record<string, number> } {
  // a space is no thousands separator in running text
  const fmt = (n: number): string => formatNumber(n, { ...numbers, thousands: numbers.thousands === 'space' ? 'none' : numbers.thousands });
  const drawn = {
    'text.requests.received': v.t3.new_received![6]!,
    'text.requests.closed': v.t3.total![6]!,
    'text.review.total': v.t4[0]![4]!,
    'text.litigation.total': v.t4[1]![4]! + v.t4[2]![4]!,
  };
  return {
    sentence: `本年度共收到政府信息公开申请${fmt(drawn['text.requests.received'])}件，办结${fmt(drawn['text.requests.closed'])}件；发生政府信息公开行政复议${fmt(drawn['text.review.total'])}件，行政诉讼${fmt(drawn['text.litigation.total'])}件。`,
    drawn,
  };
}

export function render2021(c: Case2021): GeneratedReport {
  const o = c.options;
  const fmt = (n: number): string => formatNumber(n, o.numbers);
  const g = o.grid;
  const said = c.prose ? overview(c.values, o.numbers) : null;
  const parts: string[] = [
    `${o.place}${o.year}年政府信息公开工作年度报告`,
    '本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。',
    '一、总体情况',
    '本机关坚持以公开为常态、不公开为例外，扎实推进政务公开工作。',
    ...(said ? [said.sentence] : []),
    '二、主动公开政府信息情况',
  ];
  for (const b of t2Grids(c.values, fmt)) parts.push(renderGrid(b.grid, g));
  parts.push('三、收到和处理政府信息公开申请情况');
  parts.push(renderGrid(t3Grid(c.values, c.t3Shape, fmt), g));
  parts.push('四、政府信息公开行政复议、行政诉讼情况');
  for (const t of t4Grids(c.values, c.t4Shape, fmt)) {
    if (t.title) parts.push(t.title);
    parts.push(renderGrid(t.grid, g));
  }
  parts.push('五、存在的主要问题及改进情况', '主要问题是公开内容的规范性有待提高，下一步将加强培训。', '六、其他需要报告的事项', '本年度未收取信息处理费。');
  const body = asDocument(parts, o);
  return shown({
    file: `gen-${o.year}.${g.style === 'html' ? 'html' : 'txt'}`,
    bytes: finish(body, o),
    drawn: { ...drawn2021(c.values, true), ...(said?.drawn ?? {}) },
    template: 'post2019',
    year: o.year,
    layout: JSON.stringify({ ...o, t3: c.t3Shape, t4: c.t4Shape }),
  }, body);
}

// ------------------------------------------------------------------ the 2014 statistics table

/** Rows of the 2014 form as printed: id, label, unit ('' for section headers). */
export const FORM_2014: Array<[string, string, string]> = [
  ['active', '一、主动公开情况', ''],
  ['active.total', '(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)', '条'],
  ['active.normative_docs', '其中:主动公开规范性文件数', '条'],
  ['active.normative_docs_issued', '制发规范性文件总数', '件'],
  ['active.channel', '(二)通过不同渠道和方式公开政府信息的情况', ''],
  ['active.channel.gazette', '1.政府公报公开政府信息数', '条'],
  ['active.channel.website', '2.政府网站公开政府信息数', '条'],
  ['active.channel.weibo', '3.政务微博公开政府信息数', '条'],
  ['active.channel.wechat', '4.政务微信公开政府信息数', '条'],
  ['active.channel.other', '5.其他方式公开政府信息数', '条'],
  ['response', '二、回应解读情况', ''],
  ['response.hot_topics', '(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)', '次'],
  ['response.channel', '(二)通过不同渠道和方式回应解读的情况', ''],
  ['response.press_conferences', '1.参加或举办新闻发布会总次数', '次'],
  ['response.press_conferences.leaders', '其中:主要负责同志参加新闻发布会次数', '次'],
  ['response.online_interviews', '2.政府网站在线访谈次数', '次'],
  ['response.online_interviews.leaders', '其中:主要负责同志参加政府网站在线访谈次数', '次'],
  ['response.policy_interpretations', '3.政策解读稿件发布数', '篇'],
  ['response.weibo_wechat', '4.微博微信回应事件数', '次'],
  ['response.other', '5.其他方式回应事件数', '次'],
  ['requests', '三、依申请公开情况', ''],
  ['requests.received', '(一)收到申请数', '件'],
  ['requests.received.in_person', '1.当面申请数', '件'],
  ['requests.received.fax', '2.传真申请数', '件'],
  ['requests.received.online', '3.网络申请数', '件'],
  ['requests.received.mail', '4.信函申请数', '件'],
  ['requests.closed', '(二)申请办结数', '件'],
  ['requests.closed.on_time', '1.按时办结数', '件'],
  ['requests.closed.extended', '2.延期办结数', '件'],
  ['requests.answered', '(三)申请答复数', '件'],
  ['requests.answered.already_public', '1.属于已主动公开范围数', '件'],
  ['requests.answered.granted', '2.同意公开答复数', '件'],
  ['requests.answered.partial', '3.同意部分公开答复数', '件'],
  ['requests.answered.denied', '4.不同意公开答复数', '件'],
  ['requests.answered.denied.state_secret', '其中:涉及国家秘密', '件'],
  ['requests.answered.denied.commercial_secret', '涉及商业秘密', '件'],
  ['requests.answered.denied.privacy', '涉及个人隐私', '件'],
  ['requests.answered.denied.security', '危及国家安全、公共安全、经济安全和社会稳定', '件'],
  ['requests.answered.denied.not_gov_info', '不是《条例》所指政府信息', '件'],
  ['requests.answered.denied.other_law', '法律法规规定的其他情形', '件'],
  ['requests.answered.not_this_agency', '5.不属于本行政机关公开数', '件'],
  ['requests.answered.nonexistent', '6.申请信息不存在数', '件'],
  ['requests.answered.clarify', '7.告知作出更改补充数', '件'],
  ['requests.answered.other_channel', '8.告知通过其他途径办理数', '件'],
  ['review.total', '四、行政复议数量', '件'],
  ['review.upheld', '(一)维持具体行政行为数', '件'],
  ['review.corrected', '(二)被依法纠错数', '件'],
  ['review.other', '(三)其他情形数', '件'],
  ['litigation.total', '五、行政诉讼数量', '件'],
  ['litigation.upheld', '(一)维持具体行政行为或者驳回原告诉讼请求数', '件'],
  ['litigation.corrected', '(二)被依法纠错数', '件'],
  ['litigation.other', '(三)其他情形数', '件'],
  ['complaints.total', '六、举报投诉数量', '件'],
  ['fees.total', '七、依申请公开信息收取的费用', '万元'],
  ['org', '八、机构建设和保障经费情况', ''],
  ['org.units', '(一)政府信息公开工作专门机构数', '个'],
  ['org.reading_points', '(二)设置政府信息公开查阅点数', '个'],
  ['org.staff', '(三)从事政府信息公开工作人员数', '人'],
  ['org.staff.full_time', '1.专职人员数(不包括政府公报及政府网站工作人员数)', '人'],
  ['org.staff.part_time', '2.兼职人员数', '人'],
  ['org.budget', '(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)', '万元'],
  ['training', '九、政府信息公开会议和培训情况', ''],
  ['training.meetings', '(一)召开政府信息公开工作会议或专题会议数', '次'],
  ['training.sessions', '(二)举办各类培训班数', '次'],
  ['training.trainees', '(三)接受培训人员数', '人次'],
];

const SUMS_2014: Array<[string, string[]]> = [
  ['requests.answered.denied', ['requests.answered.denied.state_secret', 'requests.answered.denied.commercial_secret', 'requests.answered.denied.privacy', 'requests.answered.denied.security', 'requests.answered.denied.not_gov_info', 'requests.answered.denied.other_law']],
  ['requests.answered', ['requests.answered.already_public', 'requests.answered.granted', 'requests.answered.partial', 'requests.answered.denied', 'requests.answered.not_this_agency', 'requests.answered.nonexistent', 'requests.answered.clarify', 'requests.answered.other_channel']],
  ['requests.received', ['requests.received.in_person', 'requests.received.fax', 'requests.received.online', 'requests.received.mail']],
  ['review.total', ['review.upheld', 'review.corrected', 'review.other']],
  ['litigation.total', ['litigation.upheld', 'litigation.corrected', 'litigation.other']],
  ['org.staff', ['org.staff.full_time', 'org.staff.part_time']],
];
const VALUE_ROWS_2014 = FORM_2014.filter((r) => r[2] !== '');
const DERIVED_2014 = new Set([...SUMS_2014.map((s) => s[0]), 'requests.closed', 'requests.closed.on_time', 'requests.closed.extended']);

export const values2014: fc.Arbitrary<Record<string, number>> = fc
  .record({
    free: fc.array(count, { minLength: VALUE_ROWS_2014.length, maxLength: VALUE_ROWS_2014.length }),
    fees: fc.array(amount, { minLength: 2, maxLength: 2 }),
    extended: count,
  })
  .map(({ free, fees, extended }) => {
    const v: Record<string, number> = {};
    VALUE_ROWS_2014.forEach(([id], i) => {
      if (!DERIVED_2014.has(id)) v[id] = free[i]!;
    });
    v['fees.total'] = fees[0]!;
    v['org.budget'] = fees[1]!;
    for (const [sum, parts] of SUMS_2014) v[sum] = parts.reduce((a, p) => a + v[p]!, 0);
    // closed = answered (the form's warning rule), split into on time / extended
    v['requests.closed'] = v['requests.answered']!;
    v['requests.closed.extended'] = Math.min(extended, v['requests.closed']!);
    v['requests.closed.on_time'] = v['requests.closed']! - v['requests.closed.extended']!;
    // a report receives at least what it closes
    v['requests.received.in_person'] = v['requests.received.in_person']! + Math.max(0, v['requests.closed']! - v['requests.received']!);
    v['requests.received'] = SUMS_2014.find((s) => s[0] === 'requests.received')![1].reduce((a, p) => a + v[p]!, 0);
    return v;
  });

export type Style2014 = 'pipe' | 'html' | 'markdown' | 'pipe-lines' | 'cell-pipe' | 'stream' | 'fused';

export interface Case2014 {
  values: Record<string, number>;
  options: ReportOptions;
  style: Style2014;
}

export const STYLES_2014: Style2014[] = ['pipe', 'html', 'markdown', 'pipe-lines', 'cell-pipe', 'stream', 'fused'];
export const case2014Of = (styles: Style2014[]): fc.Arbitrary<Case2014> => fc.record({
  values: values2014,
  options: reportOptions([2014, 2018]).map(normalise),
  style: fc.constantFrom<Style2014>(...styles),
});
export const case2014 = case2014Of(STYLES_2014);

export function render2014(c: Case2014): GeneratedReport {
  const o = c.options;
  // without cell borders "1 234" is two cells; a scrape loses every separator
  const thousands = c.style === 'fused' || (c.style === 'stream' && o.numbers.thousands === 'space') ? 'none' : o.numbers.thousands;
  const fmt = (n: number): string => formatNumber(n, { ...o.numbers, thousands });
  const rows = FORM_2014.map(([id, lab, unit]) => ({ lab, unit, v: unit ? fmt(c.values[id]!) : '' }));
  const header = o.grid.header;
  const tail = o.grid.trailingEmpty ? ' |' : '';
  const tailTd = o.grid.trailingEmpty ? '<td></td>' : '';
  let table: string;
  switch (c.style) {
    case 'pipe':
      table = [...(header ? ['| 统计指标 | 单位 | 统计数 |'] : []), ...rows.map((r) => `| ${r.lab} | ${r.unit || '——'} | ${r.v} |${tail}`)].join('\n');
      break;
    case 'markdown':
      table = [header ? `| 统计指标 | 单位 | 统计数 |${tail}` : `|  |  |  |${tail}`, `| --- | --- | --- |${o.grid.trailingEmpty ? ' --- |' : ''}`, ...rows.map((r) => `| ${r.lab} | ${r.unit || '——'} | ${r.v} |${tail}`)].join('\n');
      break;
    case 'html':
      table = `<table>\n${header ? `<tr><td>统计指标</td><td>单位</td><td>统计数</td>${tailTd}</tr>\n` : ''}${rows
        .map((r) => `<tr><td>${wrap(escapeHtml(r.lab), o.grid.wrapLabels, '<br/>')}</td><td>${r.unit || '——'}</td><td>${r.v}</td>${tailTd}</tr>`)
        .join('\n')}\n</table>`;
      break;
    case 'pipe-lines':
      table = [...(header ? ['统计指标', '单位', '统计数'] : []), ...rows.flatMap((r) => [wrap(r.lab, o.grid.wrapLabels, '\n'), r.unit, r.v])].join('\n|\n') + '\n|';
      break;
    case 'cell-pipe':
      table = [...(header ? ['统计指标', '单位', '统计数'] : []), ...rows.flatMap((r) => [wrap(r.lab, o.grid.wrapLabels, '\n'), r.unit || '——', r.v])].map((x) => `${x} |`).join('\n');
      break;
    case 'stream':
      table = `${header ? `指标名称 单位 ${o.year}年度\n` : ''}${rows.map((r) => (r.unit ? `${r.lab} ${r.unit} ${r.v}` : r.lab)).join('\n')}`;
      break;
    default:
      table = `${header ? `指标名称 单位 ${o.year}年度 ` : ''}${rows.map((r) => `${r.lab}${r.unit}${r.v}`).join('')}`;
  }
  const parts = [
    `${o.place}${o.year}年政府信息公开工作年度报告`,
    `本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${o.year}年1月1日起至${o.year}年12月31日止。`,
    '一、概述',
    '本年度，我单位认真做好回应解读情况的各项工作，政府信息公开工作有序推进。',
    '二、存在的主要问题及改进措施',
    '公开内容还不够全面，下一步将加以改进。',
    `附件：${o.year}年度政府信息公开情况统计表`,
    '政府信息公开情况统计表',
    table,
    '单位负责人：张三 审核人：李四 填报人：王五',
  ];
  const fused = c.style === 'fused';
  const body =
    c.style === 'html'
      ? `<html><head><meta charset="${o.gbk ? 'gbk' : 'utf-8'}"></head><body>\n${parts.map((p) => (p.startsWith('<table') ? p : `<p>${escapeHtml(p)}</p>`)).join('\n')}\n</body></html>`
      : parts.join(fused ? '' : '\n');
  return shown({
    file: `gen-${o.year}.${c.style === 'html' ? 'html' : 'txt'}`,
    bytes: finish(body, o),
    drawn: { ...c.values },
    template: 'pre2019',
    year: o.year,
    layout: JSON.stringify({ style: c.style, numbers: { ...o.numbers, thousands }, crlf: o.crlf, gbk: o.gbk, wrap: o.grid.wrapLabels, header, trailingEmpty: o.grid.trailingEmpty }),
  }, body);
}

// ------------------------------------------------------------------ the invariant

export interface Finding {
  id: string;
  got: number;
  want: number | null;
}

/** Values the parser gave (form and prose ids) that are not the drawn value (or were never printed). */
export function wrongValues(values: Record<string, number>, drawn: Record<string, number>): Finding[] {
  const out: Finding[] = [];
  for (const [id, got] of Object.entries(values)) {
    const want = drawn[id];
    if (want === undefined || Math.abs(got - want) > 1e-9) out.push({ id, got, want: want ?? null });
  }
  return out;
}

/** Any generated report: the 2021 form in every grid style, the 2014 form in every style. */
export const anyReport: fc.Arbitrary<GeneratedReport> = fc.oneof(case2021.map(render2021), case2014.map(render2014));

export interface ReportViolation {
  layout: string;
  template: string;
  wrong: Finding[];
  /** The report's text, for a fixed test. */
  text: string;
}

/** What parsing one generated report broke: wrong template or values other than the drawn ones. */
export function violations(r: GeneratedReport): { template: string; wrong: Finding[] } {
  const rec = parseBytes(r.bytes, r.file);
  return { template: rec.meta.template === r.template ? 'ok' : rec.meta.template, wrong: wrongValues({ ...rec.values, ...rec.textValues }, r.drawn) };
}

/** n generated reports from a seed: how many values were read, how many wrong, and the violations. */
export function runReports(n: number, seed: number): { cases: number; drawn: number; read: number; violations: ReportViolation[] } {
  let drawn = 0;
  let read = 0;
  const out: ReportViolation[] = [];
  for (const r of fc.sample(anyReport, { numRuns: n, seed })) {
    const rec = parseBytes(r.bytes, r.file);
    drawn += Object.keys(r.drawn).length;
    read += Object.keys(r.drawn).filter((id) => id in rec.values).length;
    const wrong = wrongValues({ ...rec.values, ...rec.textValues }, r.drawn);
    if (wrong.length || rec.meta.template !== r.template)
      out.push({ layout: r.layout, template: rec.meta.template, wrong, text: String((r as unknown as Record<symbol, () => string>)[fc.toStringMethod]!()) });
  }
  return { cases: n, drawn, read, violations: out };
}
