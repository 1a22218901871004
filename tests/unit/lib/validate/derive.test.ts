import { describe, expect, it } from 'vitest';
import { indicator, rules } from '../../../../src/lib/catalog/index.ts';
import { asDefinition, deriveValues } from '../../../../src/lib/validate/derive.ts';
import { COLS, DENIED, ORG_COLS, OTHER_2021, table3, table4, without } from './fixtures.ts';

const sum = (v: Record<string, number>, ids: string[]) => ids.reduce((s, id) => s + v[id]!, 0);

describe('deriveValues, post2019 2021', () => {
  const printed = { ...table3('2021'), ...table4() };
  const { values, provenance } = deriveValues(printed, 'post2019', '2021');

  it('computes the table 3 subtotals for every column', () => {
    for (const col of [...COLS, 'total']) {
      expect(values[`t3.denied.${col}`]).toBe(sum(printed, DENIED.map((r) => `t3.denied.${r}.${col}`)));
      expect(values[`t3.other.${col}`]).toBe(sum(printed, OTHER_2021.map((r) => `t3.other.${r}.${col}`)));
      expect(values[`t3.unable.${col}`]).toBe(sum(printed, ['not_held', 'needs_creation', 'unclear'].map((r) => `t3.unable.${r}.${col}`)));
    }
  });

  it('computes the 法人或其他组织 column, including rows that are themselves derived', () => {
    expect(values['t3.granted.org']).toBe(sum(printed, ORG_COLS.map((c) => `t3.granted.${c}`)));
    expect(values['t3.total.org']).toBe(sum(printed, ORG_COLS.map((c) => `t3.total.${c}`)));
    const deniedOrg = ORG_COLS.reduce((s, c) => s + values[`t3.denied.${c}`]!, 0);
    expect(values['t3.denied.org']).toBe(deniedOrg);
    expect(values['t3.other.org']).toBe(ORG_COLS.reduce((s, c) => s + values[`t3.other.${c}`]!, 0));
  });

  it('computes the 行政诉讼 合计 columns of table 4', () => {
    for (const col of ['upheld', 'corrected', 'other', 'pending', 'total'])
      expect(values[`t4.litigation.${col}`]).toBe(printed[`t4.lit_direct.${col}`]! + printed[`t4.lit_after_review.${col}`]!);
  });

  it('derives only catalog indicators that are not printed', () => {
    for (const id of Object.keys(values)) {
      expect(printed[id], id).toBeUndefined();
      expect(indicator(id), id).toBeDefined();
    }
  });

  it('reaches a fixed point: deriving again from printed + derived adds nothing', () => {
    expect(deriveValues({ ...printed, ...values }, 'post2019', '2021').values).toEqual({});
  });

  it('gives every derived value a provenance naming its rule and operands', () => {
    expect(Object.keys(provenance).sort()).toEqual(Object.keys(values).sort());
    expect(provenance['t4.litigation.total']).toEqual({
      source: 'derived',
      label: rules.find((r) => r.id === 't4.def.litigation.total')!.zh,
      raw: '',
      start: 0,
      end: 0,
      flags: ['derived'],
      from: ['t4.lit_direct.total', 't4.lit_after_review.total'],
      note: 't4.def.litigation.total',
    });
  });
});

describe('deriveValues: what it must not do', () => {
  it('never overwrites a printed value, even a wrong one', () => {
    const printed = { ...table3('2021'), 't3.denied.total': 999 };
    const { values } = deriveValues(printed, 'post2019', '2021');
    expect(values['t3.denied.total']).toBeUndefined();
    expect(values['t3.denied.natural']).toBeDefined();
  });

  it('does not derive from a partial set of operands', () => {
    const printed = without(table3('2021'), (id) => id === 't3.denied.security.natural');
    const { values } = deriveValues(printed, 'post2019', '2021');
    expect(values['t3.denied.natural']).toBeUndefined();
    expect(values['t3.denied.commercial']).toBeDefined();
    // t3.denied.total has its own printed leaves, so it is still known
    expect(values['t3.denied.total']).toBeDefined();
  });

  it('does nothing for a report without a template', () => {
    expect(deriveValues(table3('2021'), 'none', null)).toEqual({ values: {}, provenance: {} });
  });

  it('does not derive 2021-only subtotals from a 2019 report', () => {
    const { values } = deriveValues(table3('2019'), 'post2019', '2019');
    for (const col of COLS) expect(values[`t3.other.${col}`]).toBeUndefined();
    // t3.other.org is the 法人或其他组织 sum of the printed 2019 row
    expect(values['t3.other.org']).toBe(sum(table3('2019'), ORG_COLS.map((c) => `t3.other.${c}`)));
  });
});

describe('deriveValues, mixed variant', () => {
  it('keeps a printed single 其他处理 row and derives the rest', () => {
    const printed = table3('2019');
    const { values } = deriveValues(printed, 'post2019', 'mixed');
    for (const col of [...COLS, 'total']) expect(values[`t3.other.${col}`]).toBeUndefined();
    expect(values['t3.denied.total']).toBeDefined();
  });

  it('derives 其他处理 from three printed rows', () => {
    const printed = table3('2021');
    const { values } = deriveValues(printed, 'post2019', 'mixed');
    expect(values['t3.other.total']).toBe(sum(printed, OTHER_2021.map((r) => `t3.other.${r}.total`)));
  });
});

describe('deriveValues, pre2019', () => {
  it('folds legacy e-mail and web requests into 网络申请', () => {
    const printed = { 'legacy.requests.received.email': 10, 'legacy.requests.received.web': 14 };
    for (const variant of ['2008-2013', '2014'] as const) {
      const { values, provenance } = deriveValues(printed, 'pre2019', variant);
      expect(values).toEqual({ 'requests.received.online': 24 });
      expect(provenance['requests.received.online']!.from).toEqual(['legacy.requests.received.email', 'legacy.requests.received.web']);
    }
  });

  it('leaves a printed 网络申请 alone', () => {
    const { values } = deriveValues(
      { 'requests.received.online': 24, 'legacy.requests.received.email': 10, 'legacy.requests.received.web': 14 },
      'pre2019',
      '2014',
    );
    expect(values).toEqual({});
  });
});

describe('asDefinition', () => {
  it('splits every definition rule into a target and its operands', () => {
    for (const r of rules.filter((x) => x.severity === 'definition')) {
      const d = asDefinition(r);
      expect(d, r.id).not.toBeNull();
      expect(d!.operands.length, r.id).toBeGreaterThan(1);
      expect(d!.operands, r.id).not.toContain(d!.target);
    }
  });
});
