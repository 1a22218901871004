// pdfjs-dist (legacy build: runs in Node without a canvas or a worker thread) → per page: text
// items with their boxes, the ruling lines drawn on the page, and how many images it paints.
// Coordinates are PDF points from the page's top-left corner (y grows downwards).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ParseError } from '../../../types.ts';

export interface Item {
  str: string;
  x0: number;
  x1: number;
  /** top and bottom of the glyph box (font size above the baseline) */
  top: number;
  bottom: number;
  size: number;
}

export interface Segment {
  /** horizontal: y, from a to b along x; vertical: x, from a to b along y */
  at: number;
  a: number;
  b: number;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  items: Item[];
  horizontal: Segment[];
  vertical: Segment[];
  images: number;
}

export type Loaded = { ok: true; pages: PageContent[] } | { ok: false; error: ParseError };

const pdfRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdfjs resolves these itself in Node as file paths (NodeCMapReaderFactory reads with fs)
const CMAPS = join(pdfRoot, 'cmaps') + '/';
const FONTS = join(pdfRoot, 'standard_fonts') + '/';

// pdfjs is large: load it the first time a PDF is read, not whenever the parser is imported
let lib: Promise<typeof PdfJs> | null = null;
const pdfjsLib = (): Promise<typeof PdfJs> =>
  (lib ??= (async () => {
    // pdfjs runs its "worker" on this thread in Node; handing it the worker module up front
    // (globalThis.pdfjsWorker, which pdfjs looks for) saves a second dynamic import per document
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })());

/**
 * Load pdfjs ahead of the first PDF (about a second of start-up on a busy machine), so that a
 * worker's per-file time budget measures parsing, not module loading.
 */
export async function warmUp(): Promise<void> {
  await pdfjsLib();
}
/** A filled rectangle this thin is a drawn rule, not a cell background. */
const RULE = 2.5;

type M = [number, number, number, number, number, number];
const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Every complete PDF ends with %%EOF (servers may append a little junk after it). */
function truncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 4096));
  return tail.lastIndexOf('%%EOF') < 0;
}

export async function loadPdf(bytes: Uint8Array): Promise<Loaded> {
  if (truncated(bytes)) return { ok: false, error: { code: 'corrupt', message: 'PDF 不完整（文件被截断：末尾没有 %%EOF），无法读取' } };
  const pdfjs = await pdfjsLib();
  let doc: PdfJs.PDFDocumentProxy;
  const task = pdfjs.getDocument({
    // pdfjs may detach the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: FONTS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error).name ?? '';
    if (name === 'PasswordException') return { ok: false, error: { code: 'encrypted', message: 'PDF 已加密（需要密码才能打开），无法读取' } };
    return { ok: false, error: { code: 'corrupt', message: `PDF 已损坏或不完整，无法打开 (${(e as Error).message})` } };
  }
  try {
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(page, n, pdfjs.OPS));
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, error: { code: 'corrupt', message: `PDF 已损坏或不完整，页面无法读取 (${(e as Error).message})` } };
  } finally {
    await doc.destroy();
  }
}

async function readPage(page: PdfJs.PDFPageProxy, number: number, OPS: typeof PdfJs.OPS): Promise<PageContent> {
  const [vx0, vy0, vx1, vy1] = page.view as [number, number, number, number];
  const width = vx1 - vx0;
  const height = vy1 - vy0;
  const toTop = (y: number): number => vy1 - y;
  const tc = await page.getTextContent({ disableNormalization: false });
  const items: Item[] = [];
  for (const it of tc.items) {
    if (!('str' in it) || !it.str.trim()) continue;
    const t = it.transform as number[];
    const size = Math.hypot(t[2]!, t[3]!) || it.height || 1;
    const x0 = t[4]! - vx0;
    const base = toTop(t[5]!);
    items.push({ str: it.str, x0, x1: x0 + (it.width || size * it.str.length), top: base - size * 0.88, bottom: base + size * 0.12, size });
  }
  const ol = await page.getOperatorList();
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  let images = 0;
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  const pt = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - vx0, toTop(ctm[1] * x + ctm[3] * y + ctm[5])];
  const line = (p: [number, number], q: [number, number]): void => {
    const dx = Math.abs(p[0] - q[0]);
    const dy = Math.abs(p[1] - q[1]);
    if (dy < 0.8 && dx > 1) horizontal.push({ at: (p[1] + q[1]) / 2, a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) });
    else if (dx < 0.8 && dy > 1) vertical.push({ at: (p[0] + q[0]) / 2, a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) });
  };
  const rect = (x0: number, y0: number, x1: number, y1: number, filled: boolean): void => {
    const w = Math.abs(x1 - x0);
    const h = Math.abs(y1 - y0);
    if (filled) {
      // a thin filled bar is a rule; a wide fill is a cell background
      if (h <= RULE && w > h) line([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
      else if (w <= RULE && h > w) line([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
      return;
    }
    line([x0, y0], [x1, y0]);
    line([x0, y1], [x1, y1]);
    line([x0, y0], [x0, y1]);
    line([x1, y0], [x1, y1]);
  };
  for (let i = 0; i < ol.fnArray.length; i++) {
    const fn = ol.fnArray[i];
    const args = ol.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args as M);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject || fn === OPS.paintImageXObjectRepeat) images++;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const stroked = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
      const filled = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke;
      if (!stroked && !filled) continue;
      const data = (args[1] as ArrayLike<number>[])[0];
      if (!data) continue;
      walkPath(data, pt, line, rect, stroked);
    }
  }
  return { number, width, height, items, horizontal, vertical, images };
}

/** Path data of pdfjs 5 (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath), already flattened. */
function walkPath(
  d: ArrayLike<number>,
  pt: (x: number, y: number) => [number, number],
  line: (p: [number, number], q: [number, number]) => void,
  rect: (x0: number, y0: number, x1: number, y1: number, filled: boolean) => void,
  stroked: boolean,
): void {
  const pts: Array<[number, number]> = [];
  let curved = false;
  const flush = (): void => {
    if (pts.length >= 4 && !curved) {
      // a closed axis-aligned quadrilateral: a rectangle (rule bar when filled and thin)
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const axis = pts.every((p, k) => {
        const q = pts[(k + 1) % pts.length]!;
        return Math.abs(p[0] - q[0]) < 0.8 || Math.abs(p[1] - q[1]) < 0.8;
      });
      if (axis && (pts.length === 4 || pts.length === 5)) {
        rect(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), !stroked);
        pts.length = 0;
        return;
      }
    }
    if (stroked && !curved) for (let k = 1; k < pts.length; k++) line(pts[k - 1]!, pts[k]!);
    pts.length = 0;
    curved = false;
  };
  let i = 0;
  while (i < d.length) {
    const op = d[i]!;
    if (op === 0) {
      flush();
      pts.push(pt(d[i + 1]!, d[i + 2]!));
      i += 3;
    } else if (op === 1) {
      pts.push(pt(d[i + 1]!, d[i + 2]!));
      i += 3;
    } else if (op === 2) {
      curved = true;
      i += 7;
    } else if (op === 3) {
      curved = true;
      i += 5;
    } else if (op === 4) {
      i += 1;
    } else break;
  }
  flush();
}
