import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHoldsReport } from '../../../../src/lib/collect/report-text.ts';
import { FIXTURES } from './portal.ts';

describe('does a page hold the report itself', () => {
  it('says yes for a portal page with the report inline', () => {
    expect(pageHoldsReport(readFileSync(join(FIXTURES, 'pt-syq-2023.html'), 'utf8'))).toBe(true);
  });

  it('says no for a page with a title, a menu naming 主动公开/依申请公开 and an attachment link', () => {
    const html = `<div class="nav"><a>主动公开</a><a>依申请公开</a><a>政府信息公开年报</a></div><h1>某某县2023年政府信息公开工作年度报告</h1>
      <p>${'发布日期：2024-01-20 '.repeat(40)}</p><a href="x.pdf">附件：某某县2023年政府信息公开工作年度报告.pdf</a>`;
    expect(pageHoldsReport(html)).toBe(false);
  });
});
