// HTML report → plain text, with a real HTML parser (parse5).
// Paragraphs and other blocks become lines. Every table row becomes one line "| a | b | c |":
// rowspan/colspan are expanded so that every row of a table has the same number of cells and a
// spanned cell repeats its text in each grid position it covers. An empty cell (also &nbsp;)
// stays empty ("|  |"), so a blank is never confused with 0.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

type Node = T.Node;
type Element = T.Element;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'select', 'button', 'input', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'form', 'fieldset', 'figure', 'figcaption',
  'address', 'center', 'title', 'caption', 'body', 'html', 'tbody', 'thead', 'tfoot',
]);
/** <meta name=…> values worth keeping as "name: value" lines (publication date, title, source). */
const META_NAMES = new Set(['articletitle', 'pubdate', 'contentsource', 'firstimagetitle']);

const WS = /[\s\u00a0\u3000\u200b\ufeff]+/g;

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function span(el: Element, name: string): number {
  const n = parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 200) : 1;
}

class Out {
  lines: string[] = [];
  cur = '';
  text(s: string): void {
    this.cur += s;
  }
  flush(): void {
    const line = this.cur.replace(WS, ' ').trim();
    if (line) this.lines.push(line);
    this.cur = '';
  }
  line(s: string): void {
    this.flush();
    this.lines.push(s);
  }
}

/** Inline text of a node (used inside table cells): blocks and <br> become spaces. */
function inlineText(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  if (!isElement(n) || SKIP.has(n.tagName)) return '';
  if (n.tagName === 'br') return ' ';
  let s = '';
  for (const c of n.childNodes) s += inlineText(c);
  return BLOCK.has(n.tagName) || n.tagName === 'td' || n.tagName === 'th' || n.tagName === 'tr' ? ` ${s} ` : s;
}

function cellText(el: Element): string {
  return inlineText(el).replace(WS, ' ').trim().replace(/\|/g, '/');
}

/** Rows of a table (not of nested tables), in document order. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (el: Element): void => {
    for (const c of el.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') walk(c);
    }
  };
  walk(table);
  return rows;
}

/** Expand a table into a rectangular grid of cell texts (rowspan/colspan repeated). */
export function tableGrid(table: Element): string[][] {
  const grid: (string | undefined)[][] = [];
  const rows = tableRows(table);
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (grid[r]![col] !== undefined) col++;
      const text = cellText(td);
      const rs = span(td, 'rowspan');
      const cs = span(td, 'colspan');
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![col + dc] = text;
      }
      col += cs;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function hasNestedTable(table: Element): boolean {
  const walk = (el: Element): boolean =>
    el.childNodes.some((c) => isElement(c) && (c.tagName === 'table' || walk(c)));
  return walk(table);
}

/** The rows and cells of a layout table, rendered as blocks. */
function renderLayout(n: Node, out: Out): void {
  if (!isElement(n)) return render(n, out);
  if (['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'].includes(n.tagName)) {
    out.flush();
    for (const c of n.childNodes) renderLayout(c, out);
    out.flush();
    return;
  }
  render(n, out);
}

function render(n: Node, out: Out): void {
  if (n.nodeName === '#text') {
    out.text((n as T.TextNode).value);
    return;
  }
  if (!isElement(n)) {
    for (const c of (n as T.ParentNode).childNodes ?? []) render(c, out);
    return;
  }
  const tag = n.tagName;
  if (SKIP.has(tag)) return;
  if (tag === 'meta') {
    const name = (attr(n, 'name') ?? '').toLowerCase();
    const content = attr(n, 'content');
    if (META_NAMES.has(name) && content?.trim()) out.line(`${attr(n, 'name')}: ${content.trim()}`);
    return;
  }
  if (tag === 'br') {
    out.flush();
    return;
  }
  if (tag === 'table') {
    out.flush();
    if (hasNestedTable(n)) {
      // a layout table (old portals wrap the whole page in one): its cells are page regions,
      // so render them as blocks and let the tables inside become pipe rows
      for (const c of n.childNodes) renderLayout(c, out);
      return;
    }
    for (const c of n.childNodes) if (isElement(c) && c.tagName === 'caption') out.line(cellText(c));
    for (const row of tableGrid(n)) {
      if (row.every((c) => c === '')) continue;
      out.line(`| ${row.join(' | ')} |`);
    }
    return;
  }
  const block = BLOCK.has(tag) || tag === 'tr' || tag === 'td' || tag === 'th';
  if (block) out.flush();
  for (const c of n.childNodes) render(c, out);
  if (block) out.flush();
}

export function htmlToText(html: string): string {
  const doc = parse(html);
  const out = new Out();
  render(doc, out);
  out.flush();
  return out.lines.join('\n') + '\n';
}
