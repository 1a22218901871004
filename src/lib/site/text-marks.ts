// Split a report's text into paragraphs of text and <mark> segments for provenance spans.
// Spans may overlap or nest: nested spans become nested marks; a span that crosses the end of an
// enclosing one is split, and a span that crosses a paragraph break is split at the break. Only the
// first piece of a span carries its id (so `#src-n` targets exactly one element); later pieces are
// id-less continuations with the same class.

export interface MarkSpan {
  start: number;
  end: number;
  /** Element id of the mark, e.g. "src-3". */
  id: string;
  /** Extra class(es), e.g. "conflict". */
  cls?: string;
}

export type MarkNode = string | { id: string | null; cls: string; children: MarkNode[] };

interface Piece {
  start: number;
  end: number;
  id: string | null;
  cls: string;
  order: number;
}

interface TreeNode extends Piece {
  children: TreeNode[];
}

const byPos = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.order - b.order;

function insertSorted(queue: Piece[], p: Piece): void {
  let i = 0;
  while (i < queue.length && byPos(queue[i]!, p) <= 0) i++;
  queue.splice(i, 0, p);
}

/** Paragraph ranges: each line that is not blank (or that holds a span). */
export function paragraphRanges(text: string, spans: readonly MarkSpan[] = []): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  const push = (s: number, e: number) => {
    if (e <= s) return;
    if (/\S/.test(text.slice(s, e)) || spans.some((x) => x.start < e && x.end > s)) out.push([s, e]);
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

export interface Range {
  start: number;
  end: number;
}

/** `hidden` minus every part a span covers (a provenance span is never hidden), merged and sorted. */
export function hiddenOutsideSpans(hidden: readonly Range[], spans: readonly Range[], length: number): Range[] {
  const cuts = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const h of [...hidden].sort((a, b) => a.start - b.start)) {
    let start = Math.max(0, h.start);
    const end = Math.min(length, h.end);
    for (const c of cuts) {
      if (c.end <= start || c.start >= end) continue;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
    }
    if (end > start) out.push({ start, end });
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Paragraphs of nodes; every valid span id appears exactly once as a node id. Characters inside
 * `hidden` ranges (the record's web chrome) are left out of the display — but never a character a
 * span covers — and a paragraph left with only blanks is dropped. Offsets are not changed: spans
 * keep pointing into `text`.
 */
export function markText(text: string, spans: readonly MarkSpan[], hidden: readonly Range[] = []): MarkNode[][] {
  const valid = spans
    .map((s, order) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), id: s.id, cls: s.cls ?? '', order }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const paras = paragraphRanges(text, valid);
  const cut = visibleSlicer(text, hiddenOutsideSpans(hidden, valid, text.length));
  const seen = new Set<string>();
  // Pieces per paragraph (in span order so the first piece of a span keeps the id).
  const perPara: Piece[][] = paras.map(() => []);
  for (const s of [...valid].sort(byPos)) {
    // paragraphs are sorted and disjoint: from the first that ends after the span starts
    for (let i = firstEndingAfter(paras, s.start); i < paras.length && paras[i]![0] < s.end; i++) {
      const [ps, pe] = paras[i]!;
      const start = Math.max(ps, s.start);
      const end = Math.min(pe, s.end);
      if (end <= start) continue;
      const first = !seen.has(s.id);
      seen.add(s.id);
      perPara[i]!.push({ start, end, id: first ? s.id : null, cls: s.cls, order: s.order });
    }
  }
  return paras.map(([ps, pe], i) => {
    const root: TreeNode = { start: ps, end: pe, id: null, cls: '', order: -1, children: [] };
    const stack: TreeNode[] = [root];
    const queue = perPara[i]!.sort(byPos);
    while (queue.length) {
      const p = queue.shift()!;
      while (stack.length > 1 && stack[stack.length - 1]!.end <= p.start) stack.pop();
      const top = stack[stack.length - 1]!;
      if (p.end > top.end) {
        insertSorted(queue, { ...p, start: top.end, id: null });
        p.end = top.end;
      }
      const node: TreeNode = { ...p, children: [] };
      top.children.push(node);
      stack.push(node);
    }
    return walk(text, root, cut);
  }).filter((nodes) => nodes.some((n) => typeof n !== 'string' || /\S/.test(n)));
}

/** The index of the first range ending after `pos` (ranges sorted, disjoint), or ranges.length. */
function firstEndingAfter(ranges: ReadonlyArray<readonly [number, number]>, pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Cut = (start: number, end: number) => string;

function visibleSlicer(text: string, hidden: readonly Range[]): Cut {
  if (hidden.length === 0) return (a, b) => text.slice(a, b);
  return (a, b) => {
    let out = '';
    let cursor = a;
    for (const h of hidden) {
      if (h.end <= cursor || h.start >= b) continue;
      if (h.start > cursor) out += text.slice(cursor, h.start);
      cursor = Math.max(cursor, h.end);
    }
    if (b > cursor) out += text.slice(cursor, b);
    return out;
  };
}

function walk(text: string, node: TreeNode, cut: Cut): MarkNode[] {
  const out: MarkNode[] = [];
  const push = (s: string) => {
    if (s) out.push(s);
  };
  let cursor = node.start;
  for (const c of node.children) {
    if (c.start > cursor) push(cut(cursor, c.start));
    out.push({ id: c.id, cls: c.cls, children: walk(text, c, cut) });
    cursor = c.end;
  }
  if (node.end > cursor) push(cut(cursor, node.end));
  return out;
}

/** The hidden pieces as short lines of text (what the page lists under 网页框架文字). */
export function hiddenPieces(text: string, hidden: readonly Range[]): string[] {
  return hidden.map((h) => text.slice(Math.max(0, h.start), Math.min(text.length, h.end)).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Plain text of nodes (for tests). */
export function nodeText(nodes: readonly MarkNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : nodeText(n.children))).join('');
}
