import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/lib/parse/html.ts';
import { extractHtmlFromJs, readStringLiteral } from '../../../../src/lib/parse/jsdata.ts';

const lines = (html: string): string[] => htmlToText(html).split('\n').filter(Boolean);

describe('htmlToText', () => {
  it('renders paragraphs and breaks as lines, decodes entities, skips scripts and styles', () => {
    const out = lines('<html><head><style>p{}</style><script>var a = "<p>x</p>";</script></head><body><p>一、总体情况</p><div>第一行<br/>第二行 &lt;3&gt; &amp;</div><p>  多  个   空格 </p></body></html>');
    expect(out).toEqual(['一、总体情况', '第一行', '第二行 <3> &', '多 个 空格']);
  });

  it('renders a table row as a pipe line', () => {
    const out = lines('<table><tr><td>规章</td><td>0</td><td>1</td></tr></table>');
    expect(out).toEqual(['| 规章 | 0 | 1 |']);
  });

  it('expands colspan and rowspan consistently (the spanned text repeats in each grid cell)', () => {
    const out = lines(
      '<table>' +
        '<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>' +
        '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>' +
        '</table>',
    );
    expect(out).toEqual([
      '| 三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 5 |',
      '| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 |',
    ]);
  });

  it('keeps blank cells (also &nbsp;) empty, distinct from 0', () => {
    const out = lines('<table><tr><td>总计</td><td>&nbsp;</td><td>0</td><td></td><td><p>&nbsp;</p></td></tr></table>');
    expect(out).toEqual(['| 总计 |  | 0 |  |  |']);
    const cells = out[0]!.split('|').slice(1, -1).map((c) => c.trim());
    expect(cells).toEqual(['总计', '', '0', '', '']);
  });

  it('joins the text inside a cell (<br>, <p>, spans) with spaces and never leaks a pipe', () => {
    const out = lines('<table><tr><td>商业<br/>企业</td><td><p>科研</p><p>机构</p></td><td>a|b</td></tr></table>');
    expect(out).toEqual(['| 商业 企业 | 科研 机构 | a/b |']);
  });

  it('pads short rows so that every row of a table has the same width', () => {
    const out = lines('<table><tr><td colspan="3">第二十条第（一）项</td></tr><tr><td>规章</td><td>1</td></tr></table>');
    expect(out).toEqual(['| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |', '| 规章 | 1 |  |']);
  });

  it('handles thead/tbody and rowspan overlapping the next rows', () => {
    const out = lines(
      '<table><thead><tr><th rowspan="3">A</th><th>b</th></tr></thead><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>',
    );
    expect(out).toEqual(['| A | b |', '| A | 1 |', '| A | 2 |']);
  });

  it('renders a layout table (one holding tables) as blocks, and the inner tables as pipe rows', () => {
    const out = lines('<table><tr><td>导航</td><td><p>正文</p><table><tr><td>1</td><td>2</td></tr></table></td></tr></table>');
    expect(out).toEqual(['导航', '正文', '| 1 | 2 |']);
  });

  it('keeps a table caption as a line', () => {
    expect(lines('<table><caption>表一</caption><tr><td>a</td></tr></table>')).toEqual(['表一', '| a |']);
  });

  it('keeps the page title and publication meta tags as lines', () => {
    const out = lines('<html><head><title>平潭 2023 年报</title><meta name="PubDate" content="2024-03-08 15:34"><meta name="keywords" content="x"></head><body><p>正文</p></body></html>');
    expect(out).toEqual(['平潭 2023 年报', 'PubDate: 2024-03-08 15:34', '正文']);
  });
});

describe('htmlToText on hostile markup', () => {
  it('renders 30,000 nested <div>s without overflowing the stack', () => {
    expect(lines('<div>'.repeat(30000) + '收到申请 5 件' + '</div>'.repeat(30000))).toEqual(['收到申请 5 件']);
  });

  it('renders 1,000 nested <table><tr><td> levels (each a layout table) down to the innermost text', () => {
    expect(lines('<table><tr><td>'.repeat(1000) + '规章 | 3')).toEqual(['| 规章 / 3 |']);
  });

  it('keeps one grid cell per written cell when expanding spans would make a huge grid', () => {
    const row = '<tr>' + '<td colspan="200" rowspan="200">1</td>'.repeat(3) + '</tr>';
    const out = lines('<table>' + row.repeat(2000) + '</table>');
    expect(out).toHaveLength(2000);
    expect(out[0]).toBe('| 1 | 1 | 1 |');
  });

  it('does not expand a small file into a huge grid (fuzz: 1,000 rows of one colspan="200" rowspan="50" cell)', () => {
    const out = lines('<table>' + '<tr><td colspan="200" rowspan="50">7</td></tr>'.repeat(1000) + '</table>');
    expect(out).toHaveLength(1000);
    expect(out[0]).toBe('| 7 |');
  });
});

describe('jsdata: a report held as an HTML string in a JS data file', () => {
  it('decodes JS string escapes', () => {
    expect(readStringLiteral('"a\\"b\\n\\u4e2d\\x41\\\\"', 0)).toEqual({ value: 'a"b\n中A\\', end: 20 });
    expect(readStringLiteral("'it\\'s'", 0)!.value).toBe("it's");
    expect(readStringLiteral('"unterminated', 0)).toBeNull();
  });

  it('picks the string with the HTML and names its variable', () => {
    const js = '//字典项\nlet menu = [{"id": "1", "name": "<b>上海市</b>"}]\nlet content = "<p>2019年报告</p><table><tr><td class=\\"a\\">规章</td><td>&nbsp;</td></tr></table>"\n';
    const got = extractHtmlFromJs(js)!;
    expect(got.name).toBe('content');
    expect(got.html).toBe('<p>2019年报告</p><table><tr><td class="a">规章</td><td>&nbsp;</td></tr></table>');
    expect(js.slice(got.start, got.end).startsWith('"<p>')).toBe(true);
    expect(lines(got.html)).toEqual(['2019年报告', '| 规章 |  |']);
  });

  it('tolerates raw line breaks inside the string and ignores comments', () => {
    const js = '/* "<p>not this</p>" */ var content = "<p>第一段</p>\n<p>第二段</p><div>x</div>";';
    const got = extractHtmlFromJs(js)!;
    expect(lines(got.html)).toEqual(['第一段', '第二段', 'x']);
  });

  it('returns null when no string holds HTML', () => {
    expect(extractHtmlFromJs('let a = "plain"; const b = 3;')).toBeNull();
  });
});
