// Web page bytes → text: byte-order mark, then the HTTP header's charset, then <meta charset>, then the content itself.
import iconv from 'iconv-lite';
import chardet from 'chardet';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'content';

export interface DecodedPage {
  text: string;
  charset: string;
  how: CharsetSource;
}

/** GB2312 and GBK are subsets of GB18030; portals declare any of them for the same bytes. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(gb2312|gb_2312(-80)?|gbk|x-gbk|cp936|ms936|windows-936|gb18030|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(l)) return 'gb18030';
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(big5|big5-hkscs|x-x-big5|cn-big5|csbig5)$/.test(l)) return 'big5';
  return iconv.encodingExists(l) ? l : null;
}

export function headerCharset(contentType: string): string | null {
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? canonicalCharset(m[1]!) : null;
}

/** The <meta charset> / http-equiv declaration in the first 4 KB, as the HTML prescan reads it. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const c = /charset\s*=\s*["']?\s*([-\w.:]+)/i.exec(m[0]);
    if (c) return canonicalCharset(c[1]!);
  }
  return null;
}

export function decodePage(bytes: Uint8Array, contentType: string): DecodedPage {
  const buf = Buffer.from(bytes);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), charset: 'utf-8', how: 'bom' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), charset: 'utf-16le', how: 'bom' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), charset: 'utf-16be', how: 'bom' };
  // A declaration the bytes contradict (a "UTF-8" page full of GBK bytes) is passed over for the next source.
  for (const [how, charset] of [['header', headerCharset(contentType)], ['meta', metaCharset(buf)]] as const) {
    if (!charset) continue;
    const text = iconv.decode(buf, charset);
    if (plausible(text)) return { text, charset, how };
  }
  const charset = contentCharset(buf);
  return { text: iconv.decode(buf, charset), charset, how: 'content' };
}

function contentCharset(buf: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return 'utf-8';
  } catch {
    // not UTF-8: ask chardet, preferring the Chinese encodings it considers
  }
  for (const { name } of chardet.analyse(buf)) {
    const c = canonicalCharset(name);
    if (c === 'gb18030' || c === 'big5') return c;
  }
  return 'gb18030';
}

function plausible(text: string): boolean {
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad <= text.length / 1000;
}
