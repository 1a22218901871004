import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToHtml } from '../../../../../src/lib/parse/formats/docx.ts';
import { FIXTURES } from '../../../../helpers/gold.ts';

const fixture = readFileSync(join(FIXTURES, 'formats', 'vmerge.docx'));

describe('docxToHtml (mammoth)', () => {
  it('keeps w:vMerge as rowspan and w:gridSpan as colspan', async () => {
    const r = await docxToHtml(fixture);
    expect(r.ok).toBe(true);
    const html = r.ok ? r.html : '';
    expect(html).toContain('<td rowspan="5"><p>三、本年度办理结果</p></td>');
    expect(html).toContain('<td rowspan="2"><p>（三）不予公开</p></td>');
    expect(html).toContain('<td colspan="3" rowspan="3"><p>（本列数据的勾稽关系');
  });

  it('names a truncated DOCX as corrupt', async () => {
    const r = await docxToHtml(fixture.subarray(0, fixture.length >> 1));
    expect(r.ok ? null : r.error.code).toBe('corrupt');
  });
});
