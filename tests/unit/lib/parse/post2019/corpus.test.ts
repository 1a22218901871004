// The post-2019 reports of the corpus: provenance of every table value points at its digits,
// the same PDF read by two extractors gives the same values, variants are recognised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse/index.ts';
import { post2019Variant } from '../../../../../src/lib/parse/detect.ts';
import { REPORTS } from '../../../../helpers/gold.ts';

const FILES = [
  'pt-syq-2019.txt', 'pt-syq-2021.txt', 'pt-syq-2023.txt', 'pt-syq-2025.txt', 'pt-syq-2023.html',
  'ha-city-2024.txt', 'ha-city-2024-pypdf.txt', 'hz-qu-2023.txt', 'hz-qu-2024.txt', 'sh-szfbgt-2019.html',
];

describe('post2019 corpus provenance', () => {
  for (const f of FILES) {
    it(`${f}: every table value has a span holding its digits and a cell`, () => {
      const rec = parseFile(join(REPORTS, f));
      const ids = Object.keys(rec.values).filter((id) => /^t[234]\./.test(id));
      expect(ids.length).toBeGreaterThan(50);
      for (const id of ids) {
        const p = rec.provenance[id]!;
        expect(p.source, id).toBe('table');
        expect(rec.text.slice(p.start, p.end), id).toBe(p.raw);
        expect(p.raw.replace(/\s+/g, ''), id).toMatch(/^-?\d+(\.\d+)?$/);
        expect(p.cell!.table, id).toBe(id.slice(0, 2));
        if (!p.flags.includes('unit-converted')) expect(Number(p.raw.replace(/\s+/g, '')), id).toBeCloseTo(rec.values[id]!, 9);
      }
      // no value and gap for the same id
      for (const g of rec.gaps) expect(g.id in rec.values, g.id).toBe(false);
    });
  }

  it('pdfminer and pypdf text of the same PDF give the same values', () => {
    const a = parseFile(join(REPORTS, 'ha-city-2024.txt'));
    const b = parseFile(join(REPORTS, 'ha-city-2024-pypdf.txt'));
    const pick = (v: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(v).filter(([k]) => /^t[234]\./.test(k)));
    expect(pick(a.values)).toEqual(pick(b.values));
    expect(a.textValues['text.fees.processing']).toBeCloseTo(0.394, 9);
    expect(b.textValues['text.fees.processing']).toBeCloseTo(0.394, 9);
  });

  it('sh-szfbgt-2019: blank (&nbsp;) cells are gaps, not zeros', () => {
    const rec = parseFile(join(REPORTS, 'sh-szfbgt-2019.html'));
    expect(rec.values['t3.granted.total']).toBeUndefined();
    expect(rec.gaps.find((g) => g.id === 't3.granted.total')?.reason).toBe('blank');
    expect(rec.values['t3.new_received.total']).toBe(859);
    expect(rec.values['t2.procurement.amount']).toBeCloseTo(25.1, 9);
    expect(rec.values['t4.lit_after_review.total']).toBeUndefined();
  });

  it('pt-syq-2023.html: record.chrome spans the portal navigation, the report text follows it', () => {
    const rec = parseFile(join(REPORTS, 'pt-syq-2023.html'));
    const nav = rec.chrome!.find((c) => rec.text.slice(c.start, c.end).includes('当前位置'))!;
    expect(rec.text.slice(nav.start, nav.end)).toMatch(/^国务院 省政府 省人大 省政协\n/);
    const last = rec.chrome!.find((c) => rec.text.slice(c.start, c.end).endsWith('相关链接：'))!;
    expect(rec.text.slice(last.end).trimStart()).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
  });

  it('pt-syq-2021: 行政规范性文件 693665 is left ambiguous, never guessed', () => {
    const rec = parseFile(join(REPORTS, 'pt-syq-2021.txt'));
    for (const id of ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force']) {
      expect(rec.values[id]).toBeUndefined();
      const g = rec.gaps.find((x) => x.id === id)!;
      expect(g.reason).toBe('ambiguous');
      expect(g.candidates!.length).toBeGreaterThan(1);
    }
    expect(rec.gaps.find((x) => x.id === 't2.normative.issued')!.candidates).toContain(69);
    expect(rec.values['t2.fees.amount']).toBe(24252.311082);
    expect(rec.values['t3.granted.natural']).toBe(27);
    expect(rec.provenance['t3.granted.natural']!.flags).toContain('decoded');
  });
});

describe('post2019Variant', () => {
  it('tells the 2019 trial form from the 2021 form, and a mix of both', () => {
    expect(post2019Variant('信息内容 本年新制作数量 本年新公开数量 对外公开总数量 （六）其他处理 0 0')).toBe('2019');
    expect(post2019Variant('本年制发件数 本年废止件数 现行有效件数 1.申请人无正当理由逾期不补正')).toBe('2021');
    expect(post2019Variant('本年制发件数 本年收费金额（单位：万元） （六）其他处理 0 0 0 （七）总计')).toBe('mixed');
    expect(post2019Variant('本年新制作数量 申请人逾期未按收费通知要求缴纳费用')).toBe('mixed');
    expect(post2019Variant('（六）其\n他处理 1、申请人无正当理由逾期不补\n正')).toBe('2021');
  });

  it('reads the corpus reports as printed', () => {
    const v = (f: string): string | null => parseFile(join(REPORTS, f)).meta.variant;
    expect(v('hz-qu-2024.txt')).toBe('mixed');
    expect(v('pt-syq-2019.txt')).toBe('2019');
    expect(v('ha-city-2024.txt')).toBe('2021');
    expect(readFileSync(join(REPORTS, 'sh-szfbgt-2019.html'), 'utf8')).toContain('<table');
  });
});
