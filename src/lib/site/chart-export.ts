// A chart on screen as a file of its own: the SVG markup made standalone (namespace, white
// background, font, title) for the SVG download and as the source the PNG is drawn from.

export const CHART_FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
/** The PNG is drawn at twice the chart's size (sharp on high-density screens and in slides). */
export const PNG_SCALE = 2;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `markup` is an <svg …>…</svg> element's outerHTML. Returns an XML document: the same drawing
 * with xmlns, explicit width/height, a white background, the site font (and `fontSize` when the
 * chart sets none) and a <title>.
 */
export function standaloneSvg(markup: string, opts: { width: number; height: number; title: string; fontSize?: number }): string {
  const m = /^<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(markup.trim());
  if (!m) throw new Error('not an <svg> element');
  let attrs = m[1]!
    .replace(/\s(xmlns(?::xlink)?|width|height|font-family)="[^"]*"/g, '')
    .replace(/\s(role|aria-[a-z]+|class|style|tabindex|focusable|data-[a-z-]+)="[^"]*"/g, '');
  // Text sized by the page's stylesheet on screen gets the same size in the file.
  if (opts.fontSize && !/\sfont-size=/.test(attrs)) attrs += ` font-size="${opts.fontSize}"`;
  if (!/\sviewBox=/.test(attrs)) attrs += ` viewBox="0 0 ${opts.width} ${opts.height}"`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${opts.width}" height="${opts.height}" font-family="${esc(CHART_FONT)}"${attrs}>`;
  // Empty <title>/<desc> a chart library writes would shadow the file's own title.
  const body = m[2]!.replace(/<(title|desc)><\/\1>/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}<title>${esc(opts.title)}</title><rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>${body}</svg>\n`;
}

/** The size a chart is drawn at: its width/height attributes, else its viewBox. */
export function svgSize(attrs: { width: string | null; height: string | null; viewBox: string | null }): { width: number; height: number } | null {
  const vb = (attrs.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  const px = (v: string | null) => (/^\s*\d+(\.\d+)?(px)?\s*$/.test(v ?? '') ? Number.parseFloat(v!) : 0);
  const width = px(attrs.width) || vb[2] || 0;
  const height = px(attrs.height) || vb[3] || 0;
  return width > 0 && height > 0 ? { width, height } : null;
}

/** File name of a chart download: <id>-<year>-….svg / .png. */
export function chartFileName(id: string, parts: Array<string | number | null>, ext: 'svg' | 'png'): string {
  const rest = parts.filter((p) => p !== null && p !== '').map((p) => String(p).replace(/[\\/:*?"<>|\s,]+/g, '_'));
  return [id, ...rest].join('-') + '.' + ext;
}
