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

/** Paragraphs of nodes; every valid span id appears exactly once as a node id. */
export function markText(text: string, spans: readonly MarkSpan[]): MarkNode[][] {
  const valid = spans
    .map((s, order) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), id: s.id, cls: s.cls ?? '', order }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const paras = paragraphRanges(text, valid);
  const seen = new Set<string>();
  // Pieces per paragraph (in span order so the first piece of a span keeps the id).
  const perPara: Piece[][] = paras.map(() => []);
  for (const s of [...valid].sort(byPos)) {
    paras.forEach(([ps, pe], i) => {
      const start = Math.max(ps, s.start);
      const end = Math.min(pe, s.end);
      if (end <= start) return;
      const first = !seen.has(s.id);
      seen.add(s.id);
      perPara[i]!.push({ start, end, id: first ? s.id : null, cls: s.cls, order: s.order });
    });
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
    return walk(text, root);
  });
}

function walk(text: string, node: TreeNode): MarkNode[] {
  const out: MarkNode[] = [];
  let cursor = node.start;
  for (const c of node.children) {
    if (c.start > cursor) out.push(text.slice(cursor, c.start));
    out.push({ id: c.id, cls: c.cls, children: walk(text, c) });
    cursor = c.end;
  }
  if (node.end > cursor) out.push(text.slice(cursor, node.end));
  return out;
}

/** Plain text of nodes (for tests). */
export function nodeText(nodes: readonly MarkNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : nodeText(n.children))).join('');
}
