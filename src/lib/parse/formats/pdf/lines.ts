// Text outside tables: items → lines (same baseline), running headers/footers and page numbers
// dropped, and lines re-joined into paragraphs (a PDF breaks a line wherever the page ends it).
import type { Item, PageContent } from './load.ts';
import { CJK_SPACE } from './tables.ts';

export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

const ASCII_END = /[A-Za-z0-9.,:;%)\]）]$/;
const ASCII_START = /^[A-Za-z0-9(\[（]/;

export function joinText(a: string, b: string): string {
  return a && ASCII_END.test(a) && ASCII_START.test(b) ? `${a} ${b}` : a + b;
}

export function toLines(page: number, items: Item[]): Line[] {
  const sorted = [...items].sort((p, q) => p.bottom - q.bottom || p.x0 - q.x0);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups.find((l) => Math.abs(l[0]!.bottom - it.bottom) < Math.min(l[0]!.size, it.size) * 0.45);
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => {
      g.sort((p, q) => p.x0 - q.x0);
      let text = '';
      let prev: Item | null = null;
      for (const it of g) {
        const t = it.str.replace(/\s+/g, ' ');
        const gap = prev ? it.x0 - prev.x1 : 0;
        const size = Math.min(it.size, prev?.size ?? it.size);
        const needSpace = prev && (gap > size * 1.5 || (gap > size * 0.3 && ASCII_END.test(text) && ASCII_START.test(t.trimStart())));
        text = needSpace ? `${text.trimEnd()} ${t.trimStart()}` : text + t;
        prev = it;
      }
      const size = Math.max(...g.map((i) => i.size));
      return {
        page,
        text: text.replace(CJK_SPACE, '').trim(),
        x0: Math.min(...g.map((i) => i.x0)),
        x1: Math.max(...g.map((i) => i.x1)),
        top: Math.min(...g.map((i) => i.top)),
        bottom: Math.max(...g.map((i) => i.bottom)),
        size,
      };
    })
    .filter((l) => l.text)
    .sort((p, q) => p.top - q.top || p.x0 - q.x0);
}

const PAGE_NUMBER = /^[-—–－_~·\s]*(?:第\s*)?[0-9一二三四五六七八九十]{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–－_~·\s]*$|^(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i;
const EDGE = 0.09;

/** Lines in the top or bottom margin that are page numbers or repeat on other pages. */
export function runningLines(pages: PageContent[], lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  const pageOf = new Map(pages.map((p) => [p.number, p]));
  const inEdge = (l: Line): 'top' | 'bottom' | null => {
    const p = pageOf.get(l.page)!;
    if (l.bottom < p.height * EDGE) return 'top';
    if (l.top > p.height * (1 - EDGE)) return 'bottom';
    return null;
  };
  const key = (l: Line): string => `${inEdge(l)}:${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const counts = new Map<string, Set<number>>();
  for (const l of lines) {
    if (!inEdge(l)) continue;
    const k = key(l);
    const s = counts.get(k) ?? new Set<number>();
    s.add(l.page);
    counts.set(k, s);
  }
  const many = Math.max(2, Math.ceil(pages.length / 2));
  for (const l of lines) {
    if (!inEdge(l)) continue;
    if (PAGE_NUMBER.test(l.text) || (pages.length >= 2 && (counts.get(key(l))?.size ?? 0) >= many)) out.add(l);
  }
  return out;
}

export interface Margins {
  left: number;
  right: number;
}

/** The body text's left and right edges on a page: where most lines start and end. */
export function margins(lines: Line[]): Margins | null {
  if (!lines.length) return null;
  const lefts = lines.map((l) => l.x0).sort((a, b) => a - b);
  const rights = lines.map((l) => l.x1).sort((a, b) => a - b);
  return { left: lefts[Math.floor(lefts.length * 0.1)]!, right: rights[Math.floor(rights.length * 0.9)]! };
}

/** Does `next` continue the paragraph `prev` ends with? (prev runs to the right margin, next starts at the left one) */
export function continues(prev: Line, next: Line, mPrev: Margins, mNext: Margins): boolean {
  const size = Math.min(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 1.5) return false;
  if (prev.x1 < mPrev.right - size * 1.6) return false;
  if (next.x0 > mNext.left + size * 0.6) return false;
  if (prev.page === next.page && next.top - prev.bottom > size * 1.8) return false;
  return true;
}
