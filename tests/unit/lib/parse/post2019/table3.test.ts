// Table 3 as other offices print it: columns named by no header, rows ending in an empty cell,
// thousands separators in running text, cells that are not counts.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../../src/lib/parse/index.ts';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';
import { findT3Labels, readTable3 } from '../../../../../src/lib/parse/post2019/table3.ts';
import { makeViews } from '../../../../../src/lib/parse/post2019/text.ts';

const T2 = '二、主动公开政府信息情况\n第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n';
const report = (t3: string): string =>
  `某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n概述。\n${T2}三、收到和处理政府信息公开申请情况\n${t3}\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n`;

const t3 = (id: string, rec: ReturnType<typeof parseText>): Record<string, number> =>
  Object.fromEntries(Object.entries(rec.values).filter(([k]) => k.startsWith(`t3.${id}.`)));

describe('table 3 grid columns', () => {
  it('an 8-column table (小计) without a usable header is read by the row sums, not by position', () => {
    const rec = parseText(
      report(
        [
          '| 项目 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 | 辛 |',
          '| 一、本年新收政府信息公开申请数量 | 10 | 1 | 2 | 0 | 0 | 3 | 6 | 16 |',
          '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
          '| （七）总计 | 10 | 1 | 2 | 0 | 0 | 3 | 6 | 16 |',
          '| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
        ].join('\n'),
      ),
      'x.txt',
    );
    expect(t3('new_received', rec)).toEqual({
      't3.new_received.natural': 10, 't3.new_received.commercial': 1, 't3.new_received.research': 2, 't3.new_received.nonprofit': 0,
      't3.new_received.legal': 0, 't3.new_received.other_org': 3, 't3.new_received.total': 16,
    });
  });

  it('a row ending in an empty cell is not shifted by one column', () => {
    const rec = parseText(report('| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |  |\n| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |\n| （七）总计 | 33 | 2 | 0 | 0 | 0 | 0 | 35 |  |'), 'x.txt');
    expect(t3('new_received', rec)).toMatchObject({ 't3.new_received.natural': 32, 't3.new_received.commercial': 2, 't3.new_received.total': 34 });
    expect(rec.values['t3.new_received.other_org']).toBe(0);
  });

  it('a bare row with no header row is identified by its own sums', () => {
    const rec = parseText(report('| 一、本年新收政府信息公开申请数量 | 3746 | 20 | 0 | 1 | 3 | 0 | 3770 |'), 'x.txt');
    expect(t3('new_received', rec)).toMatchObject({ 't3.new_received.natural': 3746, 't3.new_received.nonprofit': 1, 't3.new_received.total': 3770 });
  });

  it('cells no reading of the sums accepts are gaps (ambiguous), never values', () => {
    const rec = parseText(report('| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 9 | 4 |\n| 二、上年结转政府信息公开申请数量 | 2 | 1 | 1 | 0 | 0 | 0 | 7 | 8 |\n| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 3 |'), 'x.txt');
    expect(t3('new_received', rec)).toEqual({});
    expect(rec.gaps.filter((g) => g.id.startsWith('t3.new_received.')).map((g) => g.reason)).toEqual(Array(7).fill('ambiguous'));
  });

  it('thousands separators in a running-text row keep the row (1,010 is one cell)', () => {
    const rec = parseText(report('一、本年新收政府信息公开申请数量 1,010 2 0 0 0 0 1,012\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'), 'x.txt');
    expect(t3('new_received', rec)).toMatchObject({ 't3.new_received.natural': 1010, 't3.new_received.total': 1012 });
  });

  it('count cells -1, 1.5 and abc become gaps with a reason (implausible, implausible, unreadable); none vanishes', () => {
    const header = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
    const rec = parseText(report(`${header}\n| 一、本年新收政府信息公开申请数量 | -1 | 1.5 | abc | 0 | 0 | 0 | 3 |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`), 'x.txt');
    const gap = (col: string) => rec.gaps.find((g) => g.id === `t3.new_received.${col}`);
    expect([gap('natural')?.reason, gap('commercial')?.reason, gap('research')?.reason]).toEqual(['implausible', 'implausible', 'unreadable']);
    expect(rec.values['t3.new_received.total']).toBe(3);
    expect(rec.values['t3.new_received.natural']).toBeUndefined();
  });
});

describe('table 3 in running text', () => {
  it('count cells -1, 1.5 and abc in a text row become gaps with a reason; the other cells keep their columns', () => {
    const rec = parseText(report('一、本年新收政府信息公开申请数量 -1 1.5 abc 0 0 0 3\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0'), 'x.txt');
    const gap = (col: string) => rec.gaps.find((g) => g.id === `t3.new_received.${col}`)?.reason;
    expect([gap('natural'), gap('commercial'), gap('research'), t3('new_received', rec)]).toEqual([
      'implausible', 'implausible', 'unreadable',
      { 't3.new_received.nonprofit': 0, 't3.new_received.legal': 0, 't3.new_received.other_org': 0, 't3.new_received.total': 3 },
    ]);
  });
});

describe('table 3 reader, called directly', () => {
  it('findT3Labels gives the data-row labels in text order, numbering included', () => {
    const text = '一、本年新收政府信息公开申请数量 1\n二、上年结转政府信息公开申请数量 0\n（七）总计 1\n四、结转下年度继续办理 0';
    expect(findT3Labels(makeViews(text), { from: 0, to: text.length }).map((h) => [h.rowId, h.match])).toEqual([
      ['new_received', '一、本年新收'], ['carried_over', '二、上年结转'], ['total', '（七）总计'], ['carried_forward', '四、结转下年度'],
    ]);
  });
  it('readTable3 reads a region of text rows into the extraction', () => {
    const text = '一、本年新收政府信息公开申请数量 2 0 0 0 0 1 3\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0';
    const ex = emptyExtraction();
    readTable3(text, makeViews(text), { from: 0, to: text.length }, ex);
    expect([ex.values['t3.new_received.natural'], ex.values['t3.new_received.other_org'], ex.values['t3.new_received.total'], ex.provenance['t3.new_received.total']?.cell]).toEqual([
      2, 1, 3, { table: 't3', row: 'new_received', col: 'total' },
    ]);
  });
});
