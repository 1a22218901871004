// Row and column labels of tables 2, 3 and 4 (spec/templates.md §3.3–3.5), as patterns over the
// compact (whitespace-free) text. A row pattern matches the START of the printed label, including
// an optional numbering prefix ("2." / "（三）" / "四、"), so that in fused single-line text the row
// number is never read as the last digit of the previous row.

export type CellKind = 'int' | 'signed' | 'decimal';

export interface RowDef {
  id: string;
  re: RegExp;
}

const N = '[.、．,，]'; // numbering punctuation after an Arabic row number
const num = (d: string): string => `(?:${d}${N})?`;
const paren = (zh: string): string => `(?:[(（]${zh}[)）])?`;

// ---------------------------------------------------------------- table 3
export const T3_ROWS: RowDef[] = [
  { id: 'new_received', re: new RegExp(`(?:一[、.．])?本年新收`) },
  { id: 'carried_over', re: new RegExp(`(?:二[、.．])?上年结转`) },
  { id: 'granted', re: new RegExp(`${paren('一')}予以公开`) },
  { id: 'partial', re: new RegExp(`${paren('二')}部分公开`) },
  { id: 'denied.state_secret', re: new RegExp(`${num('1')}属于国家秘密`) },
  { id: 'denied.law_prohibited', re: new RegExp(`${num('2')}其他法律行政`) },
  { id: 'denied.security', re: new RegExp(`${num('3')}危及`) },
  { id: 'denied.third_party', re: new RegExp(`${num('4')}保护第三方`) },
  { id: 'denied.internal_affairs', re: new RegExp(`${num('5')}属于三类内部`) },
  { id: 'denied.process_info', re: new RegExp(`${num('6')}属于四类过程`) },
  { id: 'denied.enforcement_file', re: new RegExp(`${num('7')}属于行政执法案卷`) },
  { id: 'denied.admin_query', re: new RegExp(`${num('8')}属于行政查询`) },
  { id: 'unable.not_held', re: new RegExp(`${num('1')}本机关不掌握`) },
  { id: 'unable.needs_creation', re: new RegExp(`${num('2')}没有现成信息`) },
  { id: 'unable.unclear', re: new RegExp(`${num('3')}补正后申请内容`) },
  { id: 'not_processed.petition', re: new RegExp(`${num('1')}信访举报投诉`) },
  { id: 'not_processed.repeat', re: new RegExp(`${num('2')}重复申请`) },
  { id: 'not_processed.publication', re: new RegExp(`${num('3')}要求提供公开出版物`) },
  { id: 'not_processed.excessive', re: new RegExp(`${num('4')}无正当理由大量反复`) },
  { id: 'not_processed.confirm', re: new RegExp(`${num('5')}要求行政机关确认`) },
  { id: 'other', re: new RegExp(`${paren('六')}其他处理`) },
  { id: 'other.no_correction', re: new RegExp(`${num('1')}(?:申请人)?无正当理由逾期不补正`) },
  { id: 'other.unpaid_fee', re: new RegExp(`${num('2')}(?:申请人)?逾期未按收费通知`) },
  { id: 'other.misc', re: new RegExp(`3${N}其他(?!法律|处理|结果|组织)`) },
  { id: 'total', re: new RegExp(`[(（]七[)）](?:总计|合计)`) },
  { id: 'carried_forward', re: new RegExp(`(?:四[、.．])?结转下年度`) },
];

export const T3_OTHER_SUBROWS = ['other.no_correction', 'other.unpaid_fee', 'other.misc'];

export const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'] as const;
export const T3_COL_ZH: Record<string, string> = {
  natural: '自然人', commercial: '商业企业', research: '科研机构', nonprofit: '社会公益组织',
  legal: '法律服务机构', other_org: '其他', total: '总计', org: '法人或其他组织',
};

/** Column id of a table-3 header signature (header cells of one column, joined, compact). */
export function t3ColumnOf(sig: string): string | null {
  if (/勾稽|本列数据/.test(sig)) return null;
  if (/自然人/.test(sig)) return 'natural';
  if (/总计|合计/.test(sig)) return 'total';
  if (/商业企业|企业/.test(sig)) return 'commercial';
  if (/科研/.test(sig)) return 'research';
  if (/公益/.test(sig)) return 'nonprofit';
  if (/法律服务/.test(sig)) return 'legal';
  const rest = sig.replace(/法人或其他组织|申请人情况/g, '');
  if (/其他/.test(rest)) return 'other_org';
  if (/小计/.test(rest) || (/法人或其他组织/.test(sig) && rest === '')) return 'org';
  return null;
}

// ---------------------------------------------------------------- table 4
export const T4_GROUPS = ['review', 'lit_direct', 'lit_after_review'] as const;
export const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const T4_GROUP_ZH: Record<string, string> = { review: '行政复议', lit_direct: '未经复议直接起诉', lit_after_review: '复议后起诉' };
export const T4_COL_ZH: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };

export function t4GroupOf(sig: string): string | null {
  if (/复议后起诉/.test(sig)) return 'lit_after_review';
  if (/未经复议|直接起诉/.test(sig)) return 'lit_direct';
  if (/行政复议/.test(sig)) return 'review';
  return null;
}
export function t4ColumnOf(sig: string): string | null {
  if (/维持/.test(sig)) return 'upheld';
  if (/纠正/.test(sig)) return 'corrected';
  if (/其他结果|其他/.test(sig)) return 'other';
  if (/尚未审结|未审结/.test(sig)) return 'pending';
  if (/总计|合计|小计/.test(sig)) return 'total';
  return null;
}

// ---------------------------------------------------------------- table 2
export interface T2Col {
  id: string;
  zh: string;
  kind: CellKind;
  re: RegExp;
}

export const T2_COLS: Record<string, T2Col> = {
  issued: { id: 'issued', zh: '本年制发件数', kind: 'int', re: /本年制发|本年制定|本年新制发/ },
  repealed: { id: 'repealed', zh: '本年废止件数', kind: 'int', re: /本年废止/ },
  in_force: { id: 'in_force', zh: '现行有效件数', kind: 'int', re: /现行有效|本年有效/ },
  new_made: { id: 'new_made', zh: '本年新制作数量', kind: 'int', re: /新制作/ },
  new_published: { id: 'new_published', zh: '本年新公开数量', kind: 'int', re: /新公开/ },
  total_published: { id: 'total_published', zh: '对外公开总数量', kind: 'int', re: /对外公开总数/ },
  prev_items: { id: 'prev_items', zh: '上一年项目数量', kind: 'int', re: /上一年项目数/ },
  delta: { id: 'delta', zh: '本年增/减', kind: 'signed', re: /增[/／、]?减/ },
  decisions: { id: 'decisions', zh: '处理决定数量', kind: 'int', re: /处理决定数|办件量/ },
  amount: { id: 'amount', zh: '本年收费金额(万元)', kind: 'decimal', re: /收费金额/ },
  items: { id: 'items', zh: '采购项目数量', kind: 'int', re: /采购项目数/ },
  proc_amount: { id: 'amount', zh: '采购总金额', kind: 'decimal', re: /采购总金额/ },
};

export interface T2RowDef extends RowDef {
  zh: string;
  /** Column sets: [2021-style, 2019-style]; the one whose headers the table prints is used. */
  cols2021: string[] | null;
  cols2019: string[] | null;
}

export const T2_ROWS: T2RowDef[] = [
  { id: 'regulations', zh: '规章', re: /规章/, cols2021: ['issued', 'repealed', 'in_force'], cols2019: ['new_made', 'new_published', 'total_published'] },
  { id: 'normative', zh: '规范性文件', re: /(?:行政)?规范性文件/, cols2021: ['issued', 'repealed', 'in_force'], cols2019: ['new_made', 'new_published', 'total_published'] },
  { id: 'licensing', zh: '行政许可', re: /行政许可/, cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'other_services', zh: '其他对外管理服务事项', re: /其他对外管理服务/, cols2021: null, cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'penalty', zh: '行政处罚', re: /行政处罚/, cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'coercion', zh: '行政强制', re: /行政强制/, cols2021: ['decisions'], cols2019: ['prev_items', 'delta', 'decisions'] },
  { id: 'fees', zh: '行政事业性收费', re: /行政事业性收费/, cols2021: ['amount'], cols2019: ['prev_items', 'delta'] },
  { id: 'procurement', zh: '政府集中采购', re: /政府集中采购/, cols2021: ['items', 'proc_amount'], cols2019: ['items', 'proc_amount'] },
];
