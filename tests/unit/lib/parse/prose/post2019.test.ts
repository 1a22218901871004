// Sentences of 2019/2021-format reports: the text.* figures, and how they are checked against tables 三 and 四.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../../src/lib/parse/index.ts';
import { PROSE_TABLE_PAIRS, readPost2019Prose } from '../../../../../src/lib/parse/prose/post2019.ts';

const head = '某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n';
const T3 = '三、收到和处理政府信息公开申请情况\n| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| 一、本年新收政府信息公开申请数量 | 32 | 2 | 0 | 0 | 0 | 0 | 34 |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n';

describe('post-2019 prose', () => {
  it('a report whose tables are pictures still gives the figures its sentences state', () => {
    const rec = parseText(`${head}本年新收政府信息公开申请12件，办结10件，2件结转下年度继续办理。发生政府信息公开行政复议1件，行政诉讼2件。\n二、主动公开政府信息情况\n（表格为图片）\n三、收到和处理政府信息公开申请情况\n（表格为图片）\n`, 'x.txt');
    expect([rec.meta.template, rec.textValues, rec.provenance['text.requests.received']?.source]).toEqual([
      'post2019',
      { 'text.requests.received': 12, 'text.requests.closed': 10, 'text.review.total': 1, 'text.litigation.total': 2 },
      'prose',
    ]);
  });

  it('a sentence that disagrees with table 3 is a failed warning and a conflict; the table value stays', () => {
    const rec = parseText(`${head}全年共收到政府信息公开申请30件。\n二、主动公开政府信息情况\n第二十条第（一）项\n${T3}四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n`, 'x.txt');
    const check = rec.checks.find((c) => c.rule === 'prose.requests.received');
    expect([rec.values['t3.new_received.total'], check?.status, check?.severity, rec.conflicts.map((c) => [c.id, c.kept, c.other]), rec.provenance['t3.new_received.total']?.flags]).toEqual([
      34, 'FAIL', 'warning', [['t3.new_received.total', 34, 30]], ['conflict'],
    ]);
  });

  it('an agreeing sentence passes its check and flags nothing', () => {
    const rec = parseText(`${head}全年共收到政府信息公开申请34件。\n二、主动公开政府信息情况\n第二十条第（一）项\n${T3}四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n`, 'x.txt');
    expect([rec.checks.find((c) => c.rule === 'prose.requests.received')?.status, rec.conflicts, rec.provenance['t3.new_received.total']?.flags]).toEqual(['PASS', [], []]);
  });

  it('a report without such sentences gets no prose-vs-table checks', () => {
    const rec = parseText(`${head}概述。\n二、主动公开政府信息情况\n第二十条第（一）项\n${T3}四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n`, 'x.txt');
    expect(rec.checks.filter((c) => c.rule.startsWith('prose.'))).toEqual([]);
  });

  it('carried-over requests and one kind of lawsuit are not the totals', () => {
    expect(readPost2019Prose('上年结转政府信息公开申请3件。复议后起诉的行政诉讼2件。').textValues).toEqual({});
  });

  it('two different figures for one id give a gap with both candidates', () => {
    const ex = readPost2019Prose('本年收到政府信息公开申请12件。另据统计，收到政府信息公开申请15件。');
    expect([ex.textValues, ex.gaps.map((g) => [g.id, g.reason, g.candidates])]).toEqual([{}, [['text.requests.received', 'ambiguous', [12, 15]]]]);
  });

  it('pairs every prose id with its table id from the catalog rules', () => {
    expect(PROSE_TABLE_PAIRS).toEqual([
      ['text.requests.received', 't3.new_received.total'],
      ['text.requests.closed', 't3.total.total'],
      ['text.review.total', 't4.review.total'],
      ['text.litigation.total', 't4.litigation.total'],
    ]);
  });
});
