// Office documents and PDFs → the text the parser reads. The kind comes from the bytes (sniff.ts);
// tables come out as pipe rows ("| a | b |"), the form html.ts gives HTML tables, so that one
// grid reader (post2019/grid.ts) reads every source of cells.
import type { ParseError } from '../../types.ts';
import { htmlToText } from '../html.ts';
import { sniffKind } from './sniff.ts';
import { docxToHtml } from './docx.ts';
import { docToText } from './doc.ts';
import { docIsEncrypted, oleKind } from './ole.ts';
import { pdfToText, type PdfLocator } from './pdf/index.ts';
import { warmUp } from './pdf/load.ts';

/** Load the PDF reader now (a worker calls this before it takes files against a time budget). */
export const warmUpReaders = warmUp;

export type DocumentFormat = 'pdf' | 'docx' | 'doc';

export type DocumentText =
  | {
      ok: true;
      format: DocumentFormat;
      text: string;
      notes: string[];
      /** PDF only: page and box of a text offset. */
      locate?: PdfLocator;
      pages?: number;
      /** The document has pictures (a table drawn as an image is then the likely reason for missing tables). */
      images: number;
    }
  | { ok: false; format: DocumentFormat | 'other'; error: ParseError };

const fail = (format: DocumentFormat | 'other', code: ParseError['code'], message: string): DocumentText => ({
  ok: false,
  format,
  error: { code, message },
});

/** true when the bytes are a document this module reads (or must refuse by name) rather than text. */
export function isDocument(bytes: Uint8Array): boolean {
  const k = sniffKind(bytes);
  return k === 'pdf' || k === 'zip' || k === 'ole';
}

function zipHas(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(name, 'latin1')) >= 0;
}

export async function readDocument(bytes: Uint8Array): Promise<DocumentText> {
  const kind = sniffKind(bytes);
  if (kind === 'pdf') return pdfToText(bytes);
  if (kind === 'zip') {
    if (!zipHas(bytes, 'word/')) {
      const what = zipHas(bytes, 'xl/') ? 'Excel (XLSX)' : zipHas(bytes, 'ppt/') ? 'PowerPoint (PPTX)' : zipHas(bytes, 'content.xml') ? 'OpenDocument' : 'ZIP';
      return fail('other', 'unsupported-format', `不支持的文件格式：${what} 压缩包，不是 Word 文档`);
    }
    const r = await docxToHtml(bytes);
    if (!r.ok) return { ok: false, format: 'docx', error: r.error };
    return { ok: true, format: 'docx', text: htmlToText(r.html), notes: ['DOCX 已转为文本（mammoth）；位置指向转换后的文本'], images: r.images };
  }
  if (kind === 'ole') {
    const k = oleKind(bytes);
    if (k === 'encrypted') return fail('docx', 'encrypted', '文件已加密（需要密码），无法读取');
    if (k === 'other') return fail('other', 'unsupported-format', '不支持的文件格式：OLE 复合文档，但不是 Word 97–2003 文档（可能是 Excel 或 PowerPoint）');
    if (docIsEncrypted(bytes)) return fail('doc', 'encrypted', 'DOC 文件已加密（需要密码），无法读取');
    const r = await docToText(bytes);
    if (!r.ok) return { ok: false, format: 'doc', error: r.error };
    return { ok: true, format: 'doc', text: r.text, notes: ['DOC 已转为文本（word-extractor）；位置指向转换后的文本'], images: 0 };
  }
  return fail('other', 'unsupported-format', '不是 PDF 或 Word 文档');
}
