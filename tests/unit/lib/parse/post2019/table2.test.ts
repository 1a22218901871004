// Table 2 as other offices print it: no 第二十条 line, items as plain lines, thousands separators,
// `cell |` lines, rows shorter than their header.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../../src/lib/parse/index.ts';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';
import { columnsFor, readTable2 } from '../../../../../src/lib/parse/post2019/table2.ts';
import { T2_ROWS } from '../../../../../src/lib/parse/post2019/labels.ts';
import { makeViews } from '../../../../../src/lib/parse/post2019/text.ts';

const t2 = (text: string): Record<string, number> =>
  Object.fromEntries(Object.entries(parseText(text, 'x.txt').values).filter(([k]) => k.startsWith('t2.')));

describe('table 2', () => {
  it('items as plain lines after 信息内容 本年处理决定数量, without a 第二十条 line, are read', () => {
    expect(t2('某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 本年处理决定数量\n行政许可 97\n行政处罚 0\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0')).toEqual({
      't2.licensing.decisions': 97,
      't2.penalty.decisions': 0,
    });
  });

  it('a thousands separator in running text is one number (行政许可 12,345 is not 12)', () => {
    expect(t2('某局2023年政府信息公开工作年度报告\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 12,345\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0')).toEqual({ 't2.licensing.decisions': 12345 });
  });

  it('`cell |` lines give each cell its own value, not digits of one run', () => {
    expect(t2('某县2022年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 |\n429 |\n0 |\n564 |\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0')).toEqual({
      't2.regulations.issued': 429, 't2.regulations.repealed': 0, 't2.regulations.in_force': 564,
    });
  });

  it('a short row (| 规章 | 22 | 235 | under three columns) gives gaps, not 235 as 本年废止件数', () => {
    const rec = parseText('某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 22 | 235 |\n| 行政规范性文件 | 1 | 2 | 3 |\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0', 'x.txt');
    const regs = ['issued', 'repealed', 'in_force'].map((c) => rec.gaps.find((g) => g.id === `t2.regulations.${c}`));
    expect([regs.map((g) => [g?.reason, g?.candidates]), rec.values['t2.regulations.repealed'], rec.values['t2.normative.in_force']]).toEqual([
      [['ambiguous', [22, 235]], ['ambiguous', [22, 235]], ['ambiguous', [22, 235]]], undefined, 3,
    ]);
  });
});


describe('table 2 reader, called directly', () => {
  const def = (id: string) => T2_ROWS.find((d) => d.id === id)!;
  it('columnsFor takes the column set of the form the table prints', () => {
    expect([columnsFor(def('regulations'), '信息内容本年制发件数本年废止件数'), columnsFor(def('regulations'), '信息内容本年新制作数量'), columnsFor(def('regulations'), '信息内容')]).toEqual([
      ['issued', 'repealed', 'in_force'], ['new_made', 'new_published', 'total_published'], null,
    ]);
  });
  it('readTable2 reads a region of pipe rows by their header cells', () => {
    const text = '| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 1 | 0 | 11 |';
    const ex = emptyExtraction();
    readTable2(text, makeViews(text), { from: 0, to: text.length }, ex);
    expect(ex.values).toEqual({ 't2.regulations.issued': 1, 't2.regulations.repealed': 0, 't2.regulations.in_force': 11 });
  });
  it('readTable2 leaves a fused run with several readings as gaps with candidates', () => {
    const text = '信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1011';
    const ex = emptyExtraction();
    readTable2(text, makeViews(text), { from: 0, to: text.length }, ex);
    expect([ex.values, ex.gaps.find((g) => g.id === 't2.regulations.issued')?.reason]).toEqual([{}, 'ambiguous']);
  });
});
