// Table 4 printed as three 5-column tables, as one labelled row per group, or as 15 cells whose
// header is not recognised.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../../src/lib/parse/index.ts';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';
import { readTable4 } from '../../../../../src/lib/parse/post2019/table4.ts';
import { makeViews } from '../../../../../src/lib/parse/post2019/text.ts';

const report = (t4: string): string =>
  `某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n第二十条第（一）项\n三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n四、政府信息公开行政复议、行政诉讼情况\n${t4}\n五、存在的主要问题及改进情况\n无。\n`;
const t4 = (rec: ReturnType<typeof parseText>): Record<string, number> => Object.fromEntries(Object.entries(rec.values).filter(([k]) => k.startsWith('t4.')));
const H = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |';

describe('table 4 layouts', () => {
  it('three 5-column tables under their headings give all 15 cells', () => {
    const rec = parseText(report(`行政复议\n${H}\n| 1 | 2 | 0 | 0 | 3 |\n行政诉讼（未经复议直接起诉）\n${H}\n| 4 | 0 | 0 | 1 | 5 |\n行政诉讼（复议后起诉）\n${H}\n| 0 | 0 | 1 | 0 | 1 |`), 'x.txt');
    expect(t4(rec)).toEqual({
      't4.review.upheld': 1, 't4.review.corrected': 2, 't4.review.other': 0, 't4.review.pending': 0, 't4.review.total': 3,
      't4.lit_direct.upheld': 4, 't4.lit_direct.corrected': 0, 't4.lit_direct.other': 0, 't4.lit_direct.pending': 1, 't4.lit_direct.total': 5,
      't4.lit_after_review.upheld': 0, 't4.lit_after_review.corrected': 0, 't4.lit_after_review.other': 1, 't4.lit_after_review.pending': 0, 't4.lit_after_review.total': 1,
    });
  });

  it('15 cells and a trailing empty cell under an unrecognised header: groups whose totals hold are read, others are gaps', () => {
    const rec = parseText(report(`| a | b | c |\n| 1 | 1 | 0 | 0 | 2 | 4 | 0 | 0 | 1 | 9 | 1 | 0 | 1 | 0 | 2 |  |`), 'x.txt');
    expect(t4(rec)).toMatchObject({ 't4.review.total': 2, 't4.lit_after_review.total': 2 });
    expect(rec.values['t4.lit_direct.total']).toBeUndefined();
    expect(rec.gaps.find((g) => g.id === 't4.lit_direct.total')?.reason).toBe('ambiguous');
  });

  it('three labelled rows fused to one line are split group by group on their totals (a 15-digit first row is not the whole table)', () => {
    // found by the report generator: the first group's run alone has 15 digits
    const rec = parseText(report('行政复议078186231578422未经复议直接起诉009998616386116372复议后起诉0240024'), 'x.txt');
    expect(t4(rec)).toEqual({
      't4.review.upheld': 0, 't4.review.corrected': 78186, 't4.review.other': 231, 't4.review.pending': 5, 't4.review.total': 78422,
      't4.lit_direct.upheld': 0, 't4.lit_direct.corrected': 0, 't4.lit_direct.other': 99986, 't4.lit_direct.pending': 16386, 't4.lit_direct.total': 116372,
      't4.lit_after_review.upheld': 0, 't4.lit_after_review.corrected': 24, 't4.lit_after_review.other': 0, 't4.lit_after_review.pending': 0, 't4.lit_after_review.total': 24,
    });
  });

  it('a fused group run that no split with a holding total explains gives gaps, not a forced split', () => {
    const rec = parseText(report('行政复议11111未经复议直接起诉10001复议后起诉00000'), 'x.txt');
    expect([rec.values['t4.review.total'], rec.gaps.find((g) => g.id === 't4.review.total')?.reason, rec.values['t4.lit_direct.total']]).toEqual([undefined, 'ambiguous', 1]);
  });
});

describe('table 4 reader, called directly', () => {
  const read = (text: string) => {
    const ex = emptyExtraction();
    readTable4(text, makeViews(text), { from: 0, to: text.length }, ex);
    return ex;
  };
  it('15 separated cells in running text are the form’s cells in order', () => {
    const ex = read('行政复议 1 0 0 0 1 0 0 0 0 0 2 1 0 0 3');
    expect([ex.values['t4.review.upheld'], ex.values['t4.review.total'], ex.values['t4.lit_after_review.upheld'], ex.values['t4.lit_after_review.total']]).toEqual([1, 1, 2, 3]);
  });
  it('a fused run of one row is split with the three group totals, flag decoded', () => {
    const ex = read('行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计12000120000000000');
    expect([ex.values['t4.review.total'], ex.values['t4.review.upheld'], ex.provenance['t4.review.total']?.flags]).toEqual([12, 12, ['decoded']]);
  });
  it('a grid with a recognised header takes each cell from its named column', () => {
    const ex = read(`| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 未经复议直接起诉 | 未经复议直接起诉 | 未经复议直接起诉 | 未经复议直接起诉 | 复议后起诉 | 复议后起诉 | 复议后起诉 | 复议后起诉 | 复议后起诉 |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 2 | 0 | 0 | 3 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |`);
    expect([ex.values['t4.review.corrected'], ex.values['t4.lit_direct.pending'], Object.keys(ex.values).length]).toEqual([2, 1, 15]);
  });
});
