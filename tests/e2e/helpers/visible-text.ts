// The text a reader sees on a built page, from its HTML (parse5): without scripts, styles, code
// (ids are shown as codes on purpose), form values (embed snippets), hidden or aria-hidden
// elements, English text marked lang="en", and the report's own words (the report text, its web
// chrome, variant differences), which are data, not interface.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

const SKIP_TAGS = new Set(['script', 'style', 'template', 'code', 'textarea', 'input', 'select', 'svg', 'head', 'noscript']);

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function skipped(el: T.Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  if ((attr(el, 'lang') ?? '').startsWith('en')) return true;
  return (attr(el, 'data-report-content') ?? null) !== null;
}

/** Visible text of an HTML document, one string per text node (whitespace collapsed). */
export function visibleTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (n: T.ChildNode | T.Document) => {
    if ('tagName' in n && skipped(n)) return;
    if (n.nodeName === '#text') {
      const t = (n as T.TextNode).value.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if ('childNodes' in n) for (const c of n.childNodes) walk(c);
  };
  walk(parse(html));
  return out;
}
