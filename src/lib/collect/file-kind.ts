// What a downloaded file is (by its bytes first, then the HTTP type, then the URL), as a file extension and sources.csv format.
export interface FileKind {
  ext: string;
  format: string;
}

const BY_TYPE: Array<[RegExp, string]> = [
  [/html|xhtml/, 'html'],
  [/pdf/, 'pdf'],
  [/wordprocessingml/, 'docx'],
  [/msword/, 'doc'],
  [/wps|kswps/, 'wps'],
  [/ofd/, 'ofd'],
  [/text\/plain/, 'txt'],
];
const KNOWN = new Set(['html', 'htm', 'pdf', 'docx', 'doc', 'wps', 'ofd', 'txt']);

export function fileKind(bytes: Uint8Array, contentType: string, url: string, disposition = ''): FileKind {
  const named = extOf(dispositionName(disposition)) ?? extOf(safePath(url));
  const type = contentType.toLowerCase();
  const typed = BY_TYPE.find(([re]) => re.test(type))?.[1] ?? null;
  const ext = sniff(bytes, named ?? typed) ?? typed ?? named ?? 'bin';
  return { ext, format: ext === 'htm' ? 'html' : ext };
}

function sniff(b: Uint8Array, hint: string | null): string | null {
  const ascii = Buffer.from(b.subarray(0, 1024)).toString('latin1');
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    if (hint === 'ofd' || /OFD\.xml/.test(ascii)) return 'ofd';
    return 'docx';
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return hint === 'wps' ? 'wps' : 'doc';
  if (/^\s*(<!doctype html|<html|<head|<meta|<body)/i.test(ascii.replace(/^\uFEFF|^\xef\xbb\xbf/, ''))) return 'html';
  return null;
}

function extOf(name: string): string | null {
  const m = /\.([A-Za-z0-9]{2,5})$/.exec(name);
  const ext = m?.[1]!.toLowerCase();
  return ext && KNOWN.has(ext) ? ext : null;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function dispositionName(disposition: string): string {
  const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      return star[1]!.trim();
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : '';
}
