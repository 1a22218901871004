// PDF → the text the parser reads: body text as re-joined paragraphs (no running headers,
// footers or page numbers), tables as pipe rows "| a | b |" built from the page layout (one row
// per grid row, spanned cells repeated — exactly what html.ts gives for an HTML table), and a
// map from text offsets back to the page and box each piece came from.
import type { DocumentText } from '../index.ts';
import { loadPdf, type PageContent } from './load.ts';
import { findTables, type Table } from './tables.ts';
import { continues, joinText, margins, runningLines, toLines, type Line, type Margins } from './lines.ts';

export interface PdfPlace {
  page: number;
  box?: [number, number, number, number];
}
export type PdfLocator = (offset: number) => PdfPlace | null;

/** Fewer visible characters than this per page on average: the pages are pictures (a scan). */
const MIN_CHARS_PER_PAGE = 20;

interface Piece {
  start: number;
  end: number;
  page: number;
  box: [number, number, number, number];
}

type Block = { kind: 'line'; line: Line } | { kind: 'table'; table: Table };

export async function pdfToText(bytes: Uint8Array): Promise<DocumentText> {
  const loaded = await loadPdf(bytes);
  if (!loaded.ok) return { ok: false, format: 'pdf', error: loaded.error };
  const { pages } = loaded;
  const images = pages.reduce((s, p) => s + p.images, 0);
  const chars = pages.reduce((s, p) => s + p.items.reduce((t, i) => t + i.str.replace(/\s/g, '').length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length) && chars < 200) {
    const what = images > 0 ? `${pages.length} 页均为图片（扫描件），没有文字层` : `${pages.length} 页中没有可读的文字`;
    return { ok: false, format: 'pdf', error: { code: 'image-only', message: `${what}，无法读取（需要 OCR）` } };
  }
  const { text, pieces } = render(pages);
  const starts = pieces.map((p) => p.start);
  const locate: PdfLocator = (offset) => {
    // last piece starting at or before offset
    let lo = 0;
    let hi = starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const p = best >= 0 ? pieces[best]! : null;
    return p && offset < p.end ? { page: p.page, box: p.box.map((v) => Math.round(v * 10) / 10) as PdfPlace['box'] } : null;
  };
  return {
    ok: true,
    format: 'pdf',
    text,
    notes: [`PDF 已按版面转为文本（${pages.length} 页）；表格按页面上的格线还原，位置指向转换后的文本`],
    locate,
    pages: pages.length,
    images,
  };
}

function blocksOf(page: PageContent): { blocks: Block[]; lines: Line[] } {
  const tables = findTables(page.number, page.items, page.horizontal, page.vertical);
  const used = new Set<number>();
  for (const t of tables) for (const i of t.used) used.add(i);
  const lines = toLines(page.number, page.items.filter((_, i) => !used.has(i)));
  const blocks: Block[] = [
    ...lines.map((line): Block => ({ kind: 'line', line })),
    ...tables.map((table): Block => ({ kind: 'table', table })),
  ];
  const top = (b: Block): number => (b.kind === 'line' ? b.line.top : b.table.box[1]);
  blocks.sort((p, q) => top(p) - top(q));
  return { blocks, lines };
}

/** Same columns (a table continued on the next page): the column boundaries line up. */
function sameColumns(a: Table, b: Table): boolean {
  if (a.xs.length !== b.xs.length) return Math.abs(a.box[0] - b.box[0]) < 4 && Math.abs(a.box[2] - b.box[2]) < 4;
  return a.xs.every((x, i) => Math.abs(x - b.xs[i]!) < 4);
}

function rowTexts(t: Table, r: number): string[] {
  return t.grid[r]!.map((c) => c.text);
}

function render(pages: PageContent[]): { text: string; pieces: Piece[] } {
  const perPage = pages.map(blocksOf);
  const running = runningLines(pages, perPage.flatMap((p) => p.lines));
  // margins of the whole document: a page with a few short lines does not define its own
  const m = margins(perPage.flatMap((p) => p.lines.filter((l) => !running.has(l)))) ?? { left: 0, right: pages[0]?.width ?? 0 };
  let text = '';
  const pieces: Piece[] = [];
  let prevLine: { line: Line; m: Margins } | null = null;
  let lastTable: Table | null = null;
  /** the header rows of the table being continued, to drop when a page repeats them */
  let headerKeys = new Set<string>();
  /** the last row written of the table being continued (texts aligned to its first part's columns) */
  let bottom: Array<{ text: string; spans: boolean }> = [];
  for (let pi = 0; pi < pages.length; pi++) {
    const page = pages[pi]!;
    let first = true;
    for (const b of perPage[pi]!.blocks) {
      if (b.kind === 'line') {
        if (running.has(b.line)) continue;
        const l = b.line;
        const start = text.length;
        if (prevLine && continues(prevLine.line, l, prevLine.m, m)) {
          const joined = joinText(text, l.text);
          text = joined;
        } else {
          if (text && !text.endsWith('\n')) text += '\n';
          text += l.text;
        }
        pieces.push({ start, end: text.length, page: page.number, box: [l.x0, l.top, l.x1, l.bottom] });
        prevLine = { line: l, m };
        lastTable = null;
        first = false;
        continue;
      }
      const t = b.table;
      const continued = first && lastTable !== null && sameColumns(lastTable, t);
      let firstRow = -1;
      if (!continued) headerKeys = new Set();
      if (text && !text.endsWith('\n')) text += '\n';
      for (let r = 0; r < t.grid.length; r++) {
        const cells = t.grid[r]!;
        const texts = continued && lastTable ? alignTo(lastTable, t, r) : rowTexts(t, r);
        if (continued && lastTable) inheritSpans(bottom, t, lastTable, r, firstRow < 0 ? r : firstRow, texts);
        if (texts.every((s) => s === '')) continue;
        const key = rowTexts(t, r).join('|');
        if (continued && headerKeys.has(key)) continue; // a header repeated on the new page
        if (firstRow < 0) firstRow = r;
        if (!continued && r < 4 && !texts.some((s) => /^\d+(\.\d+)?$/.test(s))) headerKeys.add(key);
        bottom = texts.map((s, c) => {
          const cell = continued && lastTable ? cellAt(t, r, lastTable, c) : cells[c];
          return { text: s, spans: (cell?.rowSpan ?? 1) > 1 && r === (cell?.row ?? 0) + (cell?.rowSpan ?? 1) - 1 };
        });
        text += '|';
        for (let c = 0; c < texts.length; c++) {
          text += ' ';
          const start = text.length;
          text += texts[c]!;
          const cell = continued && lastTable ? cellAt(t, r, lastTable, c) : cells[c];
          if (texts[c] && cell) pieces.push({ start, end: text.length, page: page.number, box: cell.box });
          text += ' |';
        }
        text += '\n';
      }
      prevLine = null;
      // a continued table keeps the first part's columns for the next page too
      if (!continued) lastTable = t;
      first = false;
    }
  }
  return { text: text.endsWith('\n') ? text : text + '\n', pieces };
}

/** The cell of table t, row r, under column c of the table it continues (matched by x position). */
function cellAt(t: Table, r: number, head: Table, c: number) {
  const cx = (head.xs[c]! + head.xs[c + 1]!) / 2;
  const k = t.xs.findIndex((x, i) => i < t.xs.length - 1 && cx >= x && cx <= t.xs[i + 1]!);
  return k >= 0 ? t.grid[r]![k] : undefined;
}

/**
 * A merged label cell cut by the page break (三、本年度办理结果 over 22 rows) goes on, empty, on
 * the next page: it keeps the label of its part above. Only label columns inherit — an empty
 * cell under a number stays empty (a blank is not a value).
 */
function inheritSpans(above: Array<{ text: string; spans: boolean }>, t: Table, head: Table, r: number, firstRow: number, texts: string[]): void {
  texts.forEach((s, c) => {
    const cell = cellAt(t, r, head, c);
    const up = above[c];
    if (s || !cell || !up || cell.row !== firstRow || !up.text || NUMBER.test(up.text)) return;
    if (cell.rowSpan > 1 || up.spans) texts[c] = up.text;
  });
}

const NUMBER = /^[-\d.,\s%]+$/;

function alignTo(head: Table, t: Table, r: number): string[] {
  if (head.xs.length === t.xs.length) return rowTexts(t, r);
  return head.xs.slice(0, -1).map((_, c) => cellAt(t, r, head, c)?.text ?? '');
}
