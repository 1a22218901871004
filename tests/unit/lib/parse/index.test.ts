import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseBytesAsync, parseFileAsync, parseText } from '../../../../src/lib/parse/index.ts';
import { FIXTURES, REPORTS } from '../../../helpers/gold.ts';

const fixture = (f: string): Buffer => readFileSync(join(FIXTURES, 'formats', f));

describe('parseBytesAsync decides the kind from the bytes, not the extension', () => {
  it('reads a PDF named .html and a DOCX named .doc', async () => {
    const pdf = await parseBytesAsync(fixture('continued-table.pdf'), 'report.html');
    const docx = await parseBytesAsync(fixture('vmerge.docx'), 'report.doc');
    expect([pdf.format, pdf.values['t3.new_received.total']]).toEqual(['pdf', 62]);
    expect([docx.format, docx.values['t3.new_received.total'], docx.values['t3.denied.law_prohibited.natural']]).toEqual(['docx', 62, 1]);
  });

  it('reads a text file named .pdf as text', async () => {
    const r = await parseBytesAsync(Buffer.from('某某县2023年政府信息公开工作年度报告\n本年新收政府信息公开申请12件。'), 'fake.pdf');
    expect(r.format).toBeUndefined();
    expect(r.errors).toEqual([]);
  });
});

describe('DOCX tables with vertically merged cells', () => {
  it('read every row under a merged label (w:vMerge → rowspan)', async () => {
    const r = await parseBytesAsync(fixture('vmerge.docx'), 'vmerge.docx');
    expect(r.values['t3.granted.total']).toBe(34);
    expect(r.values['t3.denied.state_secret.total']).toBe(0);
    expect(r.values['t3.denied.law_prohibited.total']).toBe(1);
    expect(r.values['t3.carried_forward.total']).toBe(22);
  });
});

describe('parseFileAsync', () => {
  it('reads the DOC of the corpus through word-extractor', async () => {
    const r = await parseFileAsync(join(REPORTS, 'pt-syq-2023.doc'));
    expect([r.format, r.errors, r.values['t3.new_received.total']]).toEqual(['doc', [], 81]);
  });
});

describe('parseBytes (synchronous, text kinds)', () => {
  it('names a PDF as not text instead of decoding its bytes', () => {
    const r = parseBytes(fixture('continued-table.pdf'), 'a.pdf');
    expect(r.errors.map((e) => e.code)).toEqual(['not-text']);
  });
});

describe('approximate figures', () => {
  it('近300件 is kept with flag approximate and stays out of the rule checks', () => {
    const rec = parseText('某县2016年政府信息公开工作年度报告\n今年，我县共受理政府信息公开申请近300件，其中当面申请100件。', 'x.txt');
    expect(rec.provenance['requests.received']?.flags).toContain('approximate');
    const sum = rec.checks.find((c) => c.rule === 'pre.requests.received.sum');
    expect(sum?.values).toMatchObject({ 'requests.received': null, 'requests.received.in_person': 100 });
  });
});
