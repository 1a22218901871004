// One small 2021-format report, printed in each layout the reader supports; every layout must
// give the same values (and fused text only where its digits can be split with the sum rules).
import { describe, expect, it } from 'vitest';
import { readPost2019Tables } from '../../../../../src/lib/parse/post2019/index.ts';
import { clean } from '../../../../../src/lib/parse/clean.ts';
import { detect } from '../../../../../src/lib/parse/detect.ts';
import { htmlToText } from '../../../../../src/lib/parse/html.ts';

const COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];

// [row id, printed label, group label printed before it (fused/row layouts), 自然人, 商业企业, 其他]
type Row = [string, string, string, number, number, number];
const ROWS: Row[] = [
  ['new_received', '一、本年新收政府信息公开申请数量', '', 64, 0, 4],
  ['carried_over', '二、上年结转政府信息公开申请数量', '', 0, 0, 0],
  ['granted', '（一）予以公开', '三、本年度办理结果', 27, 0, 1],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', 5, 0, 0],
  ['denied.state_secret', '1.属于国家秘密', '（三）不予公开', 0, 0, 0],
  ['denied.law_prohibited', '2.其他法律行政法规禁止公开', '', 0, 0, 0],
  ['denied.security', '3.危及“三安全一稳定”', '', 0, 0, 0],
  ['denied.third_party', '4.保护第三方合法权益', '', 0, 0, 0],
  ['denied.internal_affairs', '5.属于三类内部事务信息', '', 1, 0, 0],
  ['denied.process_info', '6.属于四类过程性信息', '', 0, 0, 0],
  ['denied.enforcement_file', '7.属于行政执法案卷', '', 6, 0, 0],
  ['denied.admin_query', '8.属于行政查询事项', '', 1, 0, 0],
  ['unable.not_held', '1.本机关不掌握相关政府信息', '（四）无法提供', 22, 0, 3],
  ['unable.needs_creation', '2.没有现成信息需要另行制作', '', 0, 0, 0],
  ['unable.unclear', '3.补正后申请内容仍不明确', '', 0, 0, 0],
  ['not_processed.petition', '1.信访举报投诉类申请', '（五）不予处理', 0, 0, 0],
  ['not_processed.repeat', '2.重复申请', '', 0, 0, 0],
  ['not_processed.publication', '3.要求提供公开出版物', '', 0, 0, 0],
  ['not_processed.excessive', '4.无正当理由大量反复申请', '', 0, 0, 0],
  ['not_processed.confirm', '5.要求行政机关确认或重新出具已获取信息', '', 0, 0, 0],
  ['other.no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '（六）其他处理', 0, 0, 0],
  ['other.unpaid_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '', 0, 0, 0],
  ['other.misc', '3.其他', '', 1, 0, 0],
  ['total', '（七）总计', '', 63, 0, 4],
  ['carried_forward', '四、结转下年度继续办理', '', 1, 0, 0],
];
const cells = (r: Row): number[] => [r[3], r[4], 0, 0, 0, r[5], r[3] + r[4] + r[5]];
const T4 = [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0];

const expected: Record<string, number> = {
  't2.regulations.issued': 0, 't2.regulations.repealed': 0, 't2.regulations.in_force': 2,
  't2.normative.issued': 8, 't2.normative.repealed': 26, 't2.normative.in_force': 66,
  't2.licensing.decisions': 2293, 't2.penalty.decisions': 1282, 't2.coercion.decisions': 42,
  't2.fees.amount': 24252.311082,
};
for (const r of ROWS) cells(r).forEach((v, i) => (expected[`t3.${r[0]}.${COLS[i]}`] = v));
['review', 'lit_direct', 'lit_after_review'].forEach((g, gi) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].forEach((c, ci) => (expected[`t4.${g}.${c}`] = T4[gi * 5 + ci]!)),
);

const HEAD = '二、主动公开政府信息情况\n';
const T3_HEAD = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n';
const T4_HEAD = '四、政府信息公开行政复议、行政诉讼情况\n';
const TAIL = '五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n全年收取信息处理费 380 元。\n';

function read(text: string) {
  const { text: cleaned } = clean(text);
  return readPost2019Tables(cleaned, detect(cleaned));
}

function rowwise(): string {
  const t2 =
    '第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 2\n行政规范性文件 8 26 66\n' +
    '第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 2293\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 1282\n行政强制 42\n' +
    '第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 24252.311082\n';
  const t3 = '申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n' +
    ROWS.map((r) => `${r[2] ? r[2] + '\n' : ''}${r[1]} ${cells(r).join(' ')}`).join('\n') + '\n';
  const t4 = '行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n' + T4.join(' ') + '\n';
  return HEAD + t2 + T3_HEAD + t3 + T4_HEAD + t4 + TAIL;
}

function fused(): string {
  const t2 =
    '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章002行政规范性文件82666' +
    '第二十条第（五）项信息内容本年处理决定数量行政许可2293 第二十条第（六）项信息内容 本年处理决定数量行政处罚1282行政强制42' +
    '第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费24252.311082';
  const t3 = '申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他' + ROWS.map((r) => `${r[2]}${r[1]}${cells(r).join('')}`).join('');
  const t4 = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计' + T4.join('');
  return '一、总体情况 全年共收到70件申请。二、主动公开政府信息情况 ' + t2 + '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' + t3 + ' 四、政府信息公开行政复议、行政诉讼情况 ' + t4 + '五、存在的主要问题及改进情况无。六、其他需要报告的事项2021年，无收取信息处理费情况。';
}

/** pdfminer-style: labels first, then each column's values one per line; a page break inside. */
function columnwise(): string {
  const page = (rows: Row[]): string =>
    rows.map((r) => r[1]).join('\n\n') + '\n\n三、\n本\n年\n度\n\n自然人\n\n商 业 企\n\n业\n\n科研机\n\n构\n\n总计\n\n其他\n\n' +
    COLS.map((_, c) => rows.map((r) => cells(r)[c]).join('\n\n')).join('\n\n') + '\n\n';
  const t2 = '第二十条 第（一）项\n\n信息内容\n\n规章\n\n行政规范性文件\n\n第二十条 第（五）项\n\n信息内容\n\n行政许可\n\n第二十条 第（六）项\n\n本年制发件数\n\n本年废止件数 现行有效件数\n\n' +
    '0\n\n8\n\n0\n\n26\n\n2\n\n66\n\n本年处理决定数量\n\n2293\n\n- 3 -\n\f信息内容\n\n行政处罚\n\n行政强制\n\n第二十条 第（八）项\n\n本年处理决定数量\n\n1282\n\n42\n\n信息内容\n\n本年收费金额（单位：万元）\n\n行政事业性收费\n\n24252.311082\n\n';
  const t3 = '（本列数据的勾稽关系为：第一项加第二项之和，\n\n法人或其他组织\n\n申请人情况\n\n' + page(ROWS.slice(0, 13)) + '- 4 -\n\f' + page(ROWS.slice(13));
  const t4 = '行政复议\n\n行政诉讼\n\n结 果\n\n维持\n\n尚 未\n\n审结\n\n总计\n\n' + T4.join('\n\n') + '\n\n';
  return HEAD + t2 + '三、收到和处理政府信息公开申请情况\n\n' + t3 + T4_HEAD + t4 + TAIL;
}

function html(): string {
  const td = (s: string | number, attrs = ''): string => `<td${attrs}>${s}</td>`;
  const t2 = '<table><tr><td colspan="4">第二十条第（一）项</td></tr>' +
    `<tr>${td('信息内容')}${td('本年制发件数')}${td('本年废止件数')}${td('现行有效件数')}</tr>` +
    `<tr>${td('规章')}${td(0)}${td(0)}${td(2)}</tr><tr>${td('行政规范性文件')}${td(8)}${td(26)}${td(66)}</tr>` +
    `<tr><td colspan="4">第二十条第（五）项</td></tr><tr>${td('信息内容')}${td('本年处理决定数量', ' colspan="3"')}</tr>` +
    `<tr>${td('行政许可')}${td(2293, ' colspan="3"')}</tr>` +
    `<tr><td colspan="4">第二十条第（六）项</td></tr><tr>${td('信息内容')}${td('本年处理决定数量', ' colspan="3"')}</tr>` +
    `<tr>${td('行政处罚')}${td(1282, ' colspan="3"')}</tr><tr>${td('行政强制')}${td(42, ' colspan="3"')}</tr>` +
    `<tr><td colspan="4">第二十条第（八）项</td></tr><tr>${td('信息内容')}${td('本年收费金额（单位：万元）', ' colspan="3"')}</tr>` +
    `<tr>${td('行政事业性收费')}${td('24252.311082', ' colspan="3"')}</tr></table>`;
  let t3 = '<table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>' +
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>` +
    `<tr>${td('商业<br/>企业')}${td('科研<br>机构')}${td('社会公益组织')}${td('法律服务机构')}${td('其他')}</tr>`;
  for (const r of ROWS) {
    const vals = cells(r).map((v) => td(v)).join('');
    if (['new_received', 'carried_over', 'carried_forward'].includes(r[0])) t3 += `<tr>${td(r[1], ' colspan="3"')}${vals}</tr>`;
    else if (['granted', 'partial', 'total'].includes(r[0])) t3 += `<tr>${r[0] === 'granted' ? td('三、本年度办理结果', ' rowspan="22"') : ''}${td(r[1], ' colspan="2"')}${vals}</tr>`;
    else t3 += `<tr>${r[2] ? td(r[2], ` rowspan="${r[2].includes('三') || r[2].includes('五') ? (r[2].includes('三') ? 8 : 5) : 3}"`) : ''}${td(r[1])}${vals}</tr>`;
  }
  t3 += '</table>';
  const g = (x: string): string => td(x, ' colspan="5"');
  const t4 = `<table><tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr><tr>${td('结果维持', ' rowspan="2"')}${td('结果纠正', ' rowspan="2"')}${td('其他结果', ' rowspan="2"')}${td('尚未审结', ' rowspan="2"')}${td('总计', ' rowspan="2"')}${g('未经复议直接起诉')}${g('复议后起诉')}</tr>` +
    `<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x)).join('')}</tr>` +
    `<tr>${T4.map((x) => td(x)).join('')}</tr></table>`;
  return `<html><head><title>年报</title><script>var x = "<p>1 2 3</p>";</script></head><body><p>二、主动公开政府信息情况</p>${t2}<p>三、收到和处理政府信息公开申请情况</p>${t3}<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4}<p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p><p>收取信息处理费 380 元。</p></body></html>`;
}

function expectValues(values: Record<string, number>, want: Record<string, number>): void {
  expect(Object.keys(values).sort()).toEqual(Object.keys(want).sort());
  for (const [id, v] of Object.entries(want)) expect(values[id], id).toBeCloseTo(v, 9);
}

describe('post2019 layouts give the same values', () => {
  it('row by row (pypdf, space separated)', () => {
    const ex = read(rowwise());
    expectValues(ex.values, expected);
    expect(ex.provenance['t3.unable.not_held.natural']!.flags).toEqual([]);
    expect(ex.textValues['text.fees.processing']).toBeCloseTo(0.038, 9);
  });

  it('column by column (pdfminer) with page footers, form feeds and spaced labels', () => {
    const ex = read(columnwise());
    expectValues(ex.values, expected);
    const p = ex.provenance['t2.normative.repealed']!;
    expect(p.raw).toBe('26');
  });

  it('fused single-line text: decoded with the sum rules, table-2 runs left ambiguous', () => {
    const text = fused();
    const ex = read(text);
    const want = { ...expected };
    for (const id of ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force']) delete want[id];
    expectValues(ex.values, want);
    // 82666 has several splits: no value, a gap listing the readings
    const gap = ex.gaps.find((g) => g.id === 't2.normative.repealed')!;
    expect(gap.reason).toBe('ambiguous');
    expect(gap.candidates).toContain(26);
    expect(gap.candidates!.length).toBeGreaterThan(1);
    // decoded cells point at their own digits inside the run
    const p = ex.provenance['t3.unable.not_held.natural']!;
    expect(p.flags).toContain('decoded');
    expect(p.raw).toBe('22');
    expect(text.slice(p.start, p.end)).toBe('22');
    expect(p.cell).toEqual({ table: 't3', row: 'unable.not_held', col: 'natural' });
    const t4 = ex.provenance['t4.lit_direct.total']!;
    expect(t4.raw).toBe('12');
    expect(ex.textValues['text.fees.processing']).toBe(0);
  });

  it('HTML tables with rowspan/colspan', () => {
    const ex = read(htmlToText(html()));
    expectValues(ex.values, expected);
    expect(ex.provenance['t2.licensing.decisions']!.raw).toBe('2293');
    expect(ex.textValues['text.fees.processing']).toBeCloseTo(0.038, 9);
  });

  it('never emits derived ids (subtotals, 法人或其他组织, 行政诉讼合计)', () => {
    for (const text of [rowwise(), fused(), columnwise(), htmlToText(html())]) {
      const ids = Object.keys(read(text).values);
      expect(ids.filter((id) => /^t3\.(denied|unable|not_processed)\.[a-z_]+$/.test(id) || id.endsWith('.org') || id.startsWith('t4.litigation'))).toEqual([]);
    }
  });
});

describe('post2019 details', () => {
  it('2019 trial table 2: negatives, 元 → 万元, stray spaces in fused table-3 rows', () => {
    const text =
      '二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 13 13 524\n规范性文件 60 60 368\n' +
      '第二十条第（五）项\n信息内容 上一年项目数量（指2018年事项数） 本年增/减（减用负值表示，如-8） 处理决定数量\n行政许可 396 -18 181\n' +
      '第二十条第（九）项\n信息内容 采购项目数量 采购总金额\n政府集中采购 135 75394432.52元\n' +
      '三、收到和处理政府信息公开申请情况 申请人情况 一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000四、结转下年度继续办理 0 0 00 00 0\n' +
      '四、政府信息公开行政复议、行政诉讼情况\n' + '0 '.repeat(15) + '\n五、存在的主要问题及改进情况\n';
    const ex = read(text);
    expect(ex.values['t2.licensing.delta']).toBe(-18);
    expect(ex.values['t2.licensing.prev_items']).toBe(396);
    expect(ex.values['t2.regulations.total_published']).toBe(524);
    expect(ex.values['t2.normative.new_made']).toBe(60);
    expect(ex.values['t2.procurement.items']).toBe(135);
    expect(ex.values['t2.procurement.amount']).toBeCloseTo(7539.443252, 9);
    expect(ex.provenance['t2.procurement.amount']!.flags).toContain('unit-converted');
    expect(ex.provenance['t2.procurement.amount']!.raw).toBe('75394432.52');
    expect(ex.values['t3.new_received.natural']).toBe(23);
    expect(ex.values['t3.new_received.other_org']).toBe(0);
    expect(ex.values['t3.new_received.total']).toBe(23);
    expect(ex.values['t3.carried_forward.total']).toBe(0);
    // the digits of a decoded cell may straddle a stray space: the span still covers them
    const p = ex.provenance['t3.new_received.natural']!;
    expect(text.slice(p.start, p.end)).toBe('23');
    expect(ex.values['t4.review.total']).toBe(0);
    // no year from the header note became a value
    expect(Object.values(ex.values)).not.toContain(2018);
  });

  it('reads an 8-column table 3 (printed 法人或其他组织 subtotal) without emitting the subtotal', () => {
    const rows = [
      ['一、本年新收政府信息公开申请数量', [12, 3, 2, 0, 0, 0, 1, 15]],
      ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 0, 1]],
      ['（一）予以公开', [10, 3, 2, 0, 0, 0, 1, 13]],
      ['（七）总计', [10, 3, 2, 0, 0, 0, 1, 13]],
      ['四、结转下年度继续办理', [3, 0, 0, 0, 0, 0, 0, 3]],
    ] as const;
    const text = '三、收到和处理政府信息公开申请情况\n申请人情况\n自然人 法人或其他组织 小计 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n' +
      rows.map(([l, v]) => `${l} ${v.join(' ')}`).join('\n') + '\n四、政府信息公开行政复议、行政诉讼情况\n';
    const ex = read(text);
    expect(ex.values['t3.new_received.natural']).toBe(12);
    expect(ex.values['t3.new_received.commercial']).toBe(2);
    expect(ex.values['t3.new_received.other_org']).toBe(1);
    expect(ex.values['t3.new_received.total']).toBe(15);
    expect(ex.values['t3.carried_forward.total']).toBe(3);
    expect(Object.keys(ex.values).some((id) => id.endsWith('.org'))).toBe(false);
  });

  it('matches labels with inner spaces and the typo 其他法律行政止公开', () => {
    const text = '三、收到和处理政府信息公开申请情况 申请人情况\n一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5\n' +
      '2.其他法律行政止 公开 1 0 0 0 0 0 1\n4.无正当理由大量反复 申请 2 0 0 0 0 0 2\n四、政府信息公开行政复议、行政诉讼情况\n';
    const ex = read(text);
    expect(ex.values['t3.denied.law_prohibited.natural']).toBe(1);
    expect(ex.values['t3.not_processed.excessive.total']).toBe(2);
  });

  it('a single 其他处理 row (2019 form) gives t3.other.*, never the 2021 sub-rows', () => {
    const text = '三、收到和处理政府信息公开申请情况 申请人情况\n（六）其他处理 2 0 0 0 0 0 2\n（七）总计 2 0 0 0 0 0 2\n四、政府信息公开行政复议、行政诉讼情况\n';
    const ex = read(text);
    expect(ex.values['t3.other.natural']).toBe(2);
    expect(ex.values['t3.other.total']).toBe(2);
    expect(Object.keys(ex.values).some((id) => id.startsWith('t3.other.misc'))).toBe(false);
  });

  it('keeps printed table-4 cells even when a group total is wrong (source error stays visible)', () => {
    const text = '四、政府信息公开行政复议、行政诉讼情况\n行政复议\n10\n1\n0\n0\n0\n0\n0\n0\n0\n0\n5\n0\n0\n0\n0\n五、存在的主要问题及改进情况\n';
    const ex = read(text);
    expect(ex.values['t4.review.upheld']).toBe(10);
    expect(ex.values['t4.review.total']).toBe(0);
    expect(ex.values['t4.lit_after_review.upheld']).toBe(5);
  });

  it('an ambiguous fused table 4 gives gaps with candidates, not values', () => {
    // 复议后起诉 '1010011' = 1,0,10,0,11 or 10,1,0,0,11: both satisfy the group total
    const text = '四、政府信息公开行政复议、行政诉讼情况 行政复议 11002110021010011 五、存在的主要问题及改进情况';
    const ex = read(text);
    expect(ex.values['t4.review.upheld']).toBe(1);
    expect(ex.values['t4.lit_direct.total']).toBe(2);
    expect(ex.values['t4.lit_after_review.total']).toBe(11);
    expect(ex.values['t4.lit_after_review.pending']).toBe(0);
    for (const id of ['t4.lit_after_review.upheld', 't4.lit_after_review.corrected', 't4.lit_after_review.other']) expect(ex.values[id]).toBeUndefined();
    const gaps = ex.gaps.filter((g) => g.id.startsWith('t4.'));
    expect(gaps.map((g) => g.id).sort()).toEqual(['t4.lit_after_review.corrected', 't4.lit_after_review.other', 't4.lit_after_review.upheld']);
    expect(gaps.find((g) => g.id === 't4.lit_after_review.upheld')!.candidates).toEqual([1, 10]);
    expect(gaps.every((g) => g.reason === 'ambiguous')).toBe(true);
  });
});
