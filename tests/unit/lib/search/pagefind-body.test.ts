import { describe, expect, it } from 'vitest';
import { pagefindBody } from '../../../../src/lib/search/pagefind-body.ts';

describe('pagefindBody', () => {
  it('keeps the <html> tag and each data-pagefind-body element whole, nested elements of its name included', () => {
    const page = `<!DOCTYPE html><html lang="zh-CN" style="x"><head><title>t</title></head><body><nav>菜单</nav>
<header class="h" data-pagefind-body><h1 data-pagefind-meta="title">思茅区</h1><header>内</header><p>普洱市</p></header>
<main>正文 data-pagefind-body 不是标记</main><section data-pagefind-body>二</section></body></html>`;
    expect(pagefindBody(page)).toBe(
      '<!DOCTYPE html><html lang="zh-CN" style="x"><body><header class="h" data-pagefind-body><h1 data-pagefind-meta="title">思茅区</h1><header>内</header><p>普洱市</p></header><section data-pagefind-body>二</section></body></html>',
    );
  });

  it('cuts the same parts out of the page as UTF-8 bytes (Chinese text around and inside the element)', () => {
    const page = `<html lang="zh-CN"><body><p>年度报告data-pagefind-body</p><header\ndata-pagefind-body>思茅区（普洱市）</header><p>正文</p></body></html>`;
    const expected = '<!DOCTYPE html><html lang="zh-CN"><body><header\ndata-pagefind-body>思茅区（普洱市）</header></body></html>';
    expect(pagefindBody(page)).toBe(expected);
    expect(pagefindBody(new TextEncoder().encode(page))).toBe(expected);
  });

  it('gives null for a page without a search summary', () => {
    expect(pagefindBody('<html lang="zh-CN"><body><h1>列表</h1></body></html>')).toBeNull();
  });
});
