import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { fastHtmlTree } from '../../../../src/lib/parse/html-fast.ts';
import { documentText } from '../../../../src/lib/parse/html.ts';

const READ = ['name', 'content', 'colspan', 'rowspan'];

/** What the text reader sees of a tree: elements, the attributes it reads, text (adjacent texts joined, comments dropped). */
function shape(n: T.ParentNode, depth = 0, out: string[] = []): string[] {
  let text: string | null = null;
  const flush = () => {
    if (text !== null) out.push(`${' '.repeat(depth)}${JSON.stringify(text)}`);
    text = null;
  };
  for (const c of n.childNodes) {
    if (c.nodeName === '#text') text = (text ?? '') + (c as T.TextNode).value;
    else if ('tagName' in c) {
      flush();
      out.push(`${' '.repeat(depth)}<${c.tagName} ${JSON.stringify(c.attrs.filter((a) => READ.includes(a.name)))}>`);
      shape(c, depth + 1, out);
    }
  }
  flush();
  return out;
}

const HTML_DIRS = ['content/reports', '../shared/corpus', '../shared/seeds'];
const htmlFiles = HTML_DIRS.flatMap((d) => {
  try {
    return readdirSync(d).filter((f) => /\.html?$/i.test(f)).map((f) => join(d, f));
  } catch {
    return [];
  }
});

// Markup pieces: well-formed trees (what the fast reader takes) and token soup (what it must refuse or read as parse5 does).
const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'font', 'strong', 'em', 'center', 'ul', 'ol', 'li', 'dl', 'dd', 'dt', 'h1', 'h2',
  'pre', 'form', 'button', 'text', 'section', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'br',
  'img', 'hr', 'input', 'meta', 'link', 'title', 'script', 'style', 'iframe', 'noscript', 'select', 'option', 'textarea', 'svg',
  'template', 'html', 'head', 'body', 'TD', 'P', 'Div', 'listing', 'xmp', 'nobr', 'object'];
const TEXTS = ['年度报告', '政府信息公开', ' ', '\n', '\t', '  \n ', '12', '0', '|', '&nbsp;', '&amp;', '&lt;', '&gt;', '&quot;',
  '&#32;', '&#10;', '&#x4e00;', '&#20013;', '&copy;', '&mdash;', '&foo;', '&amp', '&', '& ', '&#', '&#0;', '&#128;', '&中', '<',
  '< 5', '\r\n', '\r', '\u3000', '\u00a0', '>', '"', "'", '='];
const attrName = fc.constantFrom('colspan', 'rowspan', 'name', 'content', 'class', 'style', 'href', 'COLSPAN', 'x=y', '"a', '/');
const attrValue = fc.constantFrom('2', '3', '0', '-1', '999', 'x', 'pubdate', 'ArticleTitle', 'a&amp;b', 'a&b', '&site=1', '&#50;',
  '', ' 2 ', 'it"s', "it's", 'a>b', '&nbsp;');
const attr = fc.tuple(attrName, attrValue, fc.constantFrom('"', "'", '', 'none')).map(([n, v, q]) =>
  q === 'none' ? ` ${n}` : q === '' ? ` ${n}=${v.replace(/[\s>"']/g, '') || 'v'}` : ` ${n}=${q}${v.replace(q, '')}${q}`,
);
const startTag = fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([t, a, sc]) => `<${t}${a.join('')}${sc ? ' /' : ''}>`);
const endTag = fc.constantFrom(...TAGS).map((t) => `</${t}>`);
const special = fc.constantFrom('<!-- c -->', '<!-->', '<!--->', '<!-- a --!>', '<!---->', '<!-- x', '<!DOCTYPE html>',
  '<!doctype html PUBLIC "-//W3C//DTD HTML 4.01//EN">', '<![CDATA[x]]>', '<?xml?>', '</>', '</ x>', '<script>var a="<p>";</script>',
  '<script><!-- x --></script>', '<style>td{}</style>', '<title>A &amp; B</title>', '<textarea>x</textarea>', '</br>', '<br/>', '<p/>');
const text = fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const soup = fc.array(fc.oneof(text, startTag, endTag, special), { maxLength: 40 }).map((a) => a.join(''));

const cleanText = fc.array(fc.constantFrom('年度报告', ' ', '\n', '  \n ', '12', '0', '|', '&nbsp;', '&amp;', '&#32;', '&#10;', '&mdash;', '<', '\r\n', '\u3000'), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { arbitrary: cleanText, weight: 3 }, { arbitrary: text, weight: 1 }, { arbitrary: tie('element'), weight: 3 }, { arbitrary: tie('table'), weight: 2 }, { arbitrary: fc.oneof(startTag, endTag, special), weight: 1 }),
  element: fc.tuple(fc.constantFrom('p', 'div', 'span', 'a', 'b', 'font', 'li', 'ul', 'dl', 'dd', 'h2', 'pre', 'td', 'center', 'strong', 'form', 'text', 'button', 'title', 'noscript'), fc.array(attr, { maxLength: 2 }), fc.array(tie('tree'), { maxLength: 4 }))
    .map(([t, a, kids]) => `<${t}${a.join('')}>${(kids as string[]).join('')}</${t}>`),
  table: fc.tuple(fc.boolean(), fc.array(fc.array(fc.tuple(fc.constantFrom('td', 'th'), fc.array(attr, { maxLength: 2 }), fc.array(tie('tree'), { maxLength: 2 })), { maxLength: 4 }), { maxLength: 4 }))
    .map(([tbody, rows]) => {
      const body = rows.map((cells) => `<tr>${cells.map(([t, a, kids]) => `<${t}${a.join('')}>${(kids as string[]).join('')}</${t}>`).join('')}</tr>\n`).join('');
      return `<table>\n${tbody ? `<tbody>${body}</tbody>` : body}</table>`;
    }),
}));
const page = fc.tuple(fc.boolean(), fc.boolean(), fc.array(fc.oneof({ arbitrary: tree, weight: 4 }, { arbitrary: soup, weight: 1 }), { maxLength: 6 })).map(([doctype, prologue, parts]) =>
  `${doctype ? '<!DOCTYPE html>\n' : ''}${prologue ? '<html lang="zh">\n<head><meta charset="utf-8"><meta name="PubDate" content="2020-01-02"><title>报告</title></head>\n<body>' : ''}${parts.join('')}${prologue ? '</body></html>\n' : ''}`,
);

describe('fastHtmlTree', () => {
  it('reads every HTML report (content/reports, shared corpus and seeds) itself, with the tree and text parse5 gives', () => {
    const results = htmlFiles.map((f) => {
      const html = readFileSync(f, 'utf8');
      const fast = fastHtmlTree(html);
      const slow = parse(html);
      return { f, accepted: fast !== null, same: fast !== null && shape(fast).join('\n') === shape(slow).join('\n') && documentText(fast) === documentText(slow) };
    });
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.filter((r) => !r.accepted || !r.same)).toEqual([]);
  });

  it('gives parse5’s tree and text, or refuses (null), on any generated markup', () => {
    fc.assert(
      fc.property(page, (html) => {
        const fast = fastHtmlTree(html);
        const slow = parse(html);
        expect(fast === null ? null : [shape(fast).join('\n'), documentText(fast)]).toEqual(fast === null ? null : [shape(slow).join('\n'), documentText(slow)]);
      }),
      { numRuns: 3000 },
    );
  });
});
