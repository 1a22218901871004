// The links of a web page: absolute URL, link text, title attribute and the text of the list item around it.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export interface Anchor {
  url: string;
  text: string;
  title: string;
  /** Text of the nearest enclosing list item / table row / block (where portals print the date). */
  context: string;
}

export interface PageLinks {
  anchors: Anchor[];
  title: string;
}

const CONTEXT = new Set(['li', 'tr', 'dd', 'dt', 'p', 'div', 'td', 'span']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const WS = /[\s\u00a0\u3000\u200b\ufeff]+/g;

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Text below a node, without recursion (portal pages nest deeply). */
export function textOf(root: T.Node): string {
  let out = '';
  const stack: T.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') out += (n as T.TextNode).value;
    else if (isElement(n) && SKIP.has(n.tagName)) continue;
    else if (n.nodeName === 'img') out += attr(n as T.Element, 'alt') ?? '';
    else if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out.replace(WS, ' ').trim();
}

export function pageLinks(html: string, pageUrl: string): PageLinks {
  const doc = parse(html);
  let base = pageUrl;
  let title = '';
  const found: T.Element[] = [];
  const stack: T.Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) && n.nodeName !== '#document') continue;
    if (isElement(n)) {
      if (SKIP.has(n.tagName)) continue;
      if (n.tagName === 'base' && attr(n, 'href')) base = resolve(attr(n, 'href')!, pageUrl) ?? base;
      if (n.tagName === 'title' && !title) title = textOf(n);
      if (n.tagName === 'a' && attr(n, 'href')) found.push(n);
    }
    const children = (n as T.ParentNode).childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const anchors: Anchor[] = [];
  for (const a of found) {
    const url = resolve(attr(a, 'href')!, base);
    if (!url) continue;
    anchors.push({ url, text: textOf(a), title: (attr(a, 'title') ?? '').replace(WS, ' ').trim(), context: contextOf(a) });
  }
  return { anchors, title };
}

/** The list item around a link; a block holding much more than one item (the whole list) is not its context. */
function contextOf(a: T.Element): string {
  const own = textOf(a).length;
  let n: T.ParentNode | null = a.parentNode;
  while (n && isElement(n as T.Node)) {
    const el = n as T.Element;
    if (CONTEXT.has(el.tagName)) {
      const t = textOf(el);
      if (t.length > own + 80) return '';
      if (t.length > own) return t;
    }
    if (el.tagName === 'body' || el.tagName === 'ul' || el.tagName === 'table') break;
    n = el.parentNode;
  }
  return '';
}

/** Absolute http(s) URL without the #fragment, or null for javascript:, mailto: and broken hrefs. */
export function resolve(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
