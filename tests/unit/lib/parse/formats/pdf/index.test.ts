// PDF fixtures are made by tests/fixtures/formats/make-fixtures.ts (committed; see there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfToText } from '../../../../../../src/lib/parse/formats/pdf/index.ts';
import { parseBytesAsync } from '../../../../../../src/lib/parse/index.ts';
import type { ReportRecord } from '../../../../../../src/lib/types.ts';
import { FIXTURES } from '../../../../../helpers/gold.ts';

const fixture = (f: string): Buffer => readFileSync(join(FIXTURES, 'formats', f));
const pipeRows = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('|'));

describe('a two-page report whose table 3 continues over the page break', () => {
  let text = '';
  let rec: ReportRecord;
  beforeAll(async () => {
    const r = await pdfToText(fixture('continued-table.pdf'));
    text = r.ok ? r.text : '';
    rec = await parseBytesAsync(fixture('continued-table.pdf'), 'continued-table.pdf');
  });

  it('gives one table: its rows are consecutive lines, the header repeated on page 2 is dropped', () => {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const last = lines.findLastIndex((l) => l.startsWith('|'));
    expect(lines.slice(first, last + 1).every((l) => l.startsWith('|'))).toBe(true);
    expect(pipeRows(text).filter((l) => l.includes('申请人情况'))).toHaveLength(1);
    expect(pipeRows(text)).toHaveLength(3 + 25);
  });

  it('reads the rows after the page break with their labels, the 22-row label continued empty on page 2 included', () => {
    expect(pipeRows(text).find((l) => l.includes('4.无正当理由大量反复申请'))).toBe(
      '| 三、本年度办理结果 | （五）不予处理 | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(rec.values['t3.total.total']).toBe(64);
    expect(rec.values['t3.carried_forward.total']).toBe(2);
    expect(rec.values['t3.not_processed.excessive.natural']).toBe(0);
  });

  it('joins labels and headers that wrap inside their cell', () => {
    const header = pipeRows(text)[2]!.split('|').map((c) => c.trim());
    expect(header).toContain('社会公益组织');
    expect(header).toContain('法律服务机构');
    expect(text).toContain('| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 |');
  });

  it('drops page numbers and the running header, re-joins paragraphs and has no form feeds', () => {
    expect(text).not.toMatch(/^- \d+ -$/m);
    expect(text).not.toContain('示例县人民政府政府信息公开工作年度报告');
    expect(text).not.toContain('\f');
    expect(text).toContain('本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n');
  });

  it('keeps the page and the cell box of every table value', () => {
    expect(rec.errors).toEqual([]);
    expect(rec.format).toBe('pdf');
    const first = rec.provenance['t3.new_received.total']!;
    const after = rec.provenance['t3.carried_forward.total']!;
    expect([first.page, after.page]).toEqual([1, 2]);
    expect(text.slice(first.start, first.end)).toBe('62');
    const [x0, y0, x1, y1] = first.box!;
    expect(x0 < x1 && y0 < y1 && x1 <= 595 && y1 <= 842).toBe(true);
  });
});

describe('PDFs that cannot be read get a named reason', () => {
  it('image-only (scanned) PDF', async () => {
    const r = await parseBytesAsync(fixture('image-only.pdf'), 'scan.pdf');
    expect(r.errors.map((e) => e.code)).toEqual(['image-only']);
    expect(r.values).toEqual({});
  });

  it('encrypted PDF', async () => {
    const r = await parseBytesAsync(fixture('encrypted.pdf'), 'locked.pdf');
    expect(r.errors.map((e) => e.code)).toEqual(['encrypted']);
  });

  it('truncated PDF', async () => {
    const whole = fixture('continued-table.pdf');
    const r = await parseBytesAsync(whole.subarray(0, Math.floor(whole.length * 0.7)), 'cut.pdf');
    expect(r.errors.map((e) => e.code)).toEqual(['corrupt']);
  });

  it('tables drawn as pictures', async () => {
    const r = await parseBytesAsync(fixture('table-image.pdf'), 'pictures.pdf');
    expect(r.errors.map((e) => e.code)).toEqual(['table-image']);
    expect(r.values).toEqual({});
  });
});
