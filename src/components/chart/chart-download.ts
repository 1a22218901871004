// Browser side of the chart downloads: a chart on screen → SVG file, PNG file (drawn from that
// SVG on a canvas at PNG_SCALE), and saving a Blob under a file name. The markup work is in
// lib/site/chart-export.ts (tested there); this file only touches the DOM.
import { PNG_SCALE, standaloneSvg, svgSize } from '../../lib/site/chart-export.ts';

/** The SVG file of a chart element, with its size and title (default: its aria-label); null when it has no size. */
export function chartSvgFile(svg: SVGSVGElement, title?: string, fontSize = 13): { text: string; width: number; height: number } | null {
  const size = svgSize({ width: svg.getAttribute('width'), height: svg.getAttribute('height'), viewBox: svg.getAttribute('viewBox') });
  if (!size) return null;
  return { text: standaloneSvg(svg.outerHTML, { ...size, title: title ?? svg.getAttribute('aria-label') ?? '', fontSize }), ...size };
}

/** Draw an SVG file on a canvas PNG_SCALE times its size; resolves with the PNG. */
export async function svgToPng(file: { text: string; width: number; height: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(file.width * PNG_SCALE);
    canvas.height = Math.round(file.height * PNG_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas');
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.drawImage(img, 0, 0, file.width, file.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a Blob as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}
