// DOCX → HTML with mammoth, then the HTML path (html.ts): Word tables keep their merged cells
// (w:gridSpan → colspan, w:vMerge → rowspan; tests/unit/lib/parse/formats/docx.test.ts checks it),
// so their cells reach the same grid reader as every other table.
import type { ParseError } from '../../types.ts';

export type DocxResult = { ok: true; html: string; images: number } | { ok: false; error: ParseError };

export async function docxToHtml(bytes: Uint8Array): Promise<DocxResult> {
  let images = 0;
  try {
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // images are not needed (and would bloat the HTML as data URIs); count them instead
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    );
    return { ok: true, html: result.value, images };
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    return { ok: false, error: { code: 'corrupt', message: `DOCX 文件已损坏或不完整，无法读取 (${msg.slice(0, 160)})` } };
  }
}
