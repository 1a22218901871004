// HTML report → plain text, with a real HTML parser (parse5; html-fast.ts for well-formed markup).
// Paragraphs and other blocks become lines. Every table row becomes one line "| a | b | c |":
// rowspan/colspan are expanded so that every row of a table has the same number of cells and a
// spanned cell repeats its text in each grid position it covers. An empty cell (also &nbsp;)
// stays empty ("|  |"), so a blank is never confused with 0.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { fastHtmlTree } from './html-fast.ts';

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

// Every walk below keeps its own stack: report HTML can nest thousands of elements deep (one
// <div> per line of a broken page, <table><tr><td> repeated), which overflows the call stack of
// a recursive walk.

const CELL_LIKE = new Set(['td', 'th', 'tr']);

/** Inline text of a node (used inside table cells): blocks and <br> become spaces. */
function inlineText(root: Node): string {
  const parts: string[] = [];
  const stack: Array<Node | string> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n.nodeName === '#text') {
      parts.push((n as T.TextNode).value);
      continue;
    }
    if (!isElement(n) || SKIP.has(n.tagName)) continue;
    if (n.tagName === 'br') {
      parts.push(' ');
      continue;
    }
    const spaced = BLOCK.has(n.tagName) || CELL_LIKE.has(n.tagName);
    if (spaced) stack.push(' ');
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    if (spaced) parts.push(' ');
  }
  return parts.join('');
}

function cellText(el: Element): string {
  return inlineText(el).replace(WS, ' ').trim().replace(/\|/g, '/');
}

/** Rows of a table (not of nested tables), in document order. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: Element[] = [table];
  while (stack.length) {
    const el = stack.pop()!;
    for (let i = el.childNodes.length - 1; i >= 0; i--) {
      const c = el.childNodes[i]!;
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') stack.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') stack.push(c);
    }
    if (el.tagName === 'tr') rows.push(el);
  }
  return rows;
}

/** A form table has a few dozen columns: past these sizes spans are not expanded (see tableGrid). */
const MAX_GRID_COLS = 256;
const MAX_GRID_CELLS = 100_000;

/**
 * Expand a table into a rectangular grid of cell texts (rowspan/colspan repeated). A table whose
 * expansion would be huge (thousands of rows of colspan="200" cells) keeps one grid cell per
 * written cell instead, so a malformed table costs what its markup costs.
 */
export function tableGrid(table: Element): string[][] {
  const rows = tableRows(table);
  const cellsOf = (tr: Element) => tr.childNodes.filter((td): td is Element => isElement(td) && (td.tagName === 'td' || td.tagName === 'th'));
  let spanned = 0;
  let widest = 0;
  for (const tr of rows) {
    let w = 0;
    for (const td of cellsOf(tr)) {
      const cs = span(td, 'colspan');
      w += cs;
      spanned += cs * Math.min(span(td, 'rowspan'), rows.length);
    }
    widest = Math.max(widest, w);
  }
  if (widest > MAX_GRID_COLS || spanned > MAX_GRID_CELLS || widest * rows.length > MAX_GRID_CELLS) return rows.map((tr) => cellsOf(tr).map(cellText));
  const grid: (string | undefined)[][] = [];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const td of cellsOf(tr)) {
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
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** Elements that have a <table> somewhere below them: one pass over the document. */
function tableAncestors(doc: Node): Set<Node> {
  const marked = new Set<Node>();
  const stack: Node[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) && n.tagName === 'table') {
      for (let p = n.parentNode as Node | null; p && !marked.has(p); p = (p as Element).parentNode as Node | null) marked.add(p);
    }
    const kids = (n as T.ParentNode).childNodes;
    if (kids) for (const c of kids) stack.push(c);
  }
  return marked;
}

const LAYOUT_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** Render the document into `out`. A task is a node (in layout-table mode or not) or a deferred flush. */
function render(doc: Node, out: Out): void {
  const hasTable = tableAncestors(doc);
  type Task = { n: Node; layout: boolean } | 'flush';
  const stack: Task[] = [{ n: doc, layout: false }];
  const children = (n: Node, layout: boolean) => {
    const kids = (n as T.ParentNode).childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i]!, layout });
  };
  while (stack.length) {
    const task = stack.pop()!;
    if (task === 'flush') {
      out.flush();
      continue;
    }
    const { n, layout } = task;
    if (n.nodeName === '#text') {
      out.text((n as T.TextNode).value);
      continue;
    }
    if (!isElement(n)) {
      children(n, false);
      continue;
    }
    const tag = n.tagName;
    if (layout && LAYOUT_PARTS.has(tag)) {
      // the rows and cells of a layout table are rendered as blocks
      out.flush();
      stack.push('flush');
      children(n, true);
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'meta') {
      const name = (attr(n, 'name') ?? '').toLowerCase();
      const content = attr(n, 'content');
      if (META_NAMES.has(name) && content?.trim()) out.line(`${attr(n, 'name')}: ${content.trim()}`);
      continue;
    }
    if (tag === 'br') {
      out.flush();
      continue;
    }
    if (tag === 'table') {
      out.flush();
      if (hasTable.has(n)) {
        // a layout table (old portals wrap the whole page in one): its cells are page regions,
        // so render them as blocks and let the tables inside become pipe rows
        children(n, true);
        continue;
      }
      for (const c of n.childNodes) if (isElement(c) && c.tagName === 'caption') out.line(cellText(c));
      for (const row of tableGrid(n)) {
        if (row.every((c) => c === '')) continue;
        out.line(`| ${row.join(' | ')} |`);
      }
      continue;
    }
    const block = BLOCK.has(tag) || CELL_LIKE.has(tag);
    if (block) {
      out.flush();
      stack.push('flush');
    }
    children(n, false);
  }
}

export function htmlToText(html: string): string {
  // well-formed markup through the one-pass reader (the same tree), the rest through parse5
  return documentText(fastHtmlTree(html) ?? parse(html));
}

/** The text of a parsed document (parse5's tree or html-fast's). */
export function documentText(doc: T.Document): string {
  const out = new Out();
  render(doc, out);
  out.flush();
  return out.lines.join('\n') + '\n';
}
