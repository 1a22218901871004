import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { codebookRows } from '../../../../src/lib/site/codebook.ts';
import { columnZh, wideXlsx } from '../../../../src/lib/site/xlsx.ts';

describe('codebook', () => {
  it('lists rates with their formula and derived indicators with their definition rule', () => {
    const rows = codebookRows();
    const granted = rows.find((r) => r.id === 'rate.granted')!;
    const lit = rows.find((r) => r.id === 't4.litigation.total')!;
    expect([granted.unit, granted.template, granted.formula, lit.formula]).toEqual([
      '%',
      'pre2019+post2019',
      'pre2019: (requests.answered.granted + requests.answered.already_public) / requests.answered * 100; post2019: t3.granted.total / t3.total.total * 100',
      't4.litigation.total = t4.lit_direct.total + t4.lit_after_review.total',
    ]);
  });
});

describe('wide XLSX', () => {
  it('has a Chinese header row, an id row, then the values as numbers', async () => {
    const buf = (await wideXlsx(['report_id', 'requests.received', 'rate.granted'], [{ report_id: '430725-2017', 'requests.received': 210, 'rate.granted': 4.3 }]))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('宽表')!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect([row(1), row(2), row(3), columnZh('requests.received')]).toEqual([
      ['报告编号', '收到申请数（件）', '予以公开率（%）'],
      ['report_id', 'requests.received', 'rate.granted'],
      ['430725-2017', 210, 4.3],
      '收到申请数（件）',
    ]);
  });
});
