// The kind of a report file, decided from its first bytes — never from its extension
// (offices upload .doc files that are really .docx, PDFs named .html, and so on).
export type FileKind = 'pdf' | 'zip' | 'ole' | 'image' | 'rtf' | 'other';

const startsWith = (b: Uint8Array, sig: number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export function sniffKind(bytes: Uint8Array): FileKind {
  // %PDF- may follow a little junk (some servers prepend a BOM or whitespace); the spec allows 1024 bytes
  const head = bytes.subarray(0, 1024);
  const pdfSig = ascii('%PDF-');
  for (let i = 0; i + pdfSig.length <= head.length; i++) {
    if (head[i] === 0x25 && startsWith(head, pdfSig, i)) return 'pdf';
    if (i >= 16) break;
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, ascii('II*\0')) ||
    startsWith(bytes, ascii('MM\0*')) // TIFF
  )
    return 'image';
  return 'other';
}
