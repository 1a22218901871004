// The table readers' label matchers, generated from the catalog.
import { describe, expect, it } from 'vitest';
import { columnHeaders, indicators } from '../../../../../src/lib/catalog/index.ts';
import { T2_COLS, T2_ROWS, T3_COL_ZH, T3_ROWS, T4_COL_ZH, t3ColumnOf, t4ColumnOf, t4GroupOf } from '../../../../../src/lib/parse/post2019/labels.ts';

const row = (id: string) => T3_ROWS.find((r) => r.id === id)!.re;

describe('table-3 row matchers', () => {
  it('exist for every table-3 row node of the catalog with match stems, in catalog order', () => {
    const nodes = indicators.filter((i) => i.id.startsWith('t3.') && i.match).map((i) => i.id.slice(3));
    expect(T3_ROWS.map((r) => r.id)).toEqual(nodes);
  });
  it('take the numbering of the printed label (row_zh) as optional, in its punctuation variants', () => {
    const re = row('denied.state_secret');
    expect(['1.属于国家秘密', '1、属于国家秘密', '属于国家秘密'].map((t) => re.exec(t)?.[0])).toEqual(['1.属于国家秘密', '1、属于国家秘密', '属于国家秘密']);
  });
  it('require the numbering a stem begins with ((七)总计, 3.其他)', () => {
    expect([row('total').test('总计'), row('total').test('（七）合计'), row('other.misc').test('其他'), row('other.misc').test('3.其他')]).toEqual([false, true, false, true]);
  });
  it('do not match where another label of the form begins with the stem (3.其他法律…, 3.其他处理)', () => {
    expect([row('other.misc').test('3.其他法律行政法规禁止公开'), row('other.misc').test('3.其他处理')]).toEqual([false, false]);
  });
});

describe('table-3 and table-4 column headers (catalog column_headers)', () => {
  it('name every catalog column by its display name, which is the one the readers print', () => {
    expect(columnHeaders.t3.columns.map((c) => t3ColumnOf(c.zh))).toEqual(columnHeaders.t3.columns.map((c) => c.col));
    expect(columnHeaders.t4.columns.map((c) => t4ColumnOf(c.zh))).toEqual(columnHeaders.t4.columns.map((c) => c.col));
    expect([T3_COL_ZH.natural, T4_COL_ZH.corrected]).toEqual(['自然人', '结果纠正']);
  });
  it('read the 法人或其他组织 header group: 其他 and 小计 beneath it, the bare group as its subtotal, a 勾稽 note as no column', () => {
    expect(['申请人情况法人或其他组织其他', '法人或其他组织小计', '法人或其他组织', '本列数据的勾稽关系为', '申请人情况'].map(t3ColumnOf)).toEqual(['other_org', 'org', 'org', null, null]);
  });
});

describe('table-4 groups', () => {
  it('are named by the group mentioned last (a header signature names 行政诉讼 above 复议后起诉)', () => {
    expect([t4GroupOf('行政复议/结果维持'), t4GroupOf('行政诉讼/未经复议直接起诉/总计'), t4GroupOf('行政复议行政诉讼复议后起诉')]).toEqual(['review', 'lit_direct', 'lit_after_review']);
  });
});

describe('table-2 matchers', () => {
  it('columns come from col_zh and aliases (本年制定 is 本年制发件数)', () => {
    expect([T2_COLS.issued!.re.test('本年制定件数'), T2_COLS.delta!.re.test('增/减'), T2_COLS.proc_amount!.re.test('收费金额')]).toEqual([true, true, false]);
  });
  it('rows come from row_zh (规范性文件 with or without 行政)', () => {
    const normative = T2_ROWS.find((r) => r.id === 'normative')!.re;
    expect([normative.test('行政规范性文件'), normative.test('规范性文件'), normative.test('规章')]).toEqual([true, true, false]);
  });
});
