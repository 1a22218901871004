// Bytes → text. Reports arrive as UTF-8 (with or without BOM), UTF-16 or GB18030/GBK.
import iconv from 'iconv-lite';
import chardet from 'chardet';
import type { ParseError } from '../types.ts';

export const MAX_BYTES = 32 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: ParseError };

const fail = (code: ParseError['code'], message: string): Decoded => ({ ok: false, error: { code, message } });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return fail('empty', '文件为空 (empty file)');
  if (bytes.length > MAX_BYTES)
    return fail('too-large', `文件过大 (${bytes.length} bytes > ${MAX_BYTES})`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return utf8(bytes.subarray(3), 'UTF-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'UTF-16BE');

  const hasNul = bytes.subarray(0, 8192).includes(0);
  const asUtf8 = utf8(bytes, 'UTF-8');
  if (asUtf8.ok && !hasNul) return asUtf8;

  const bom16 = utf16WithoutBom(bytes);
  if (bom16) return checked(iconv.decode(Buffer.from(bytes), bom16), bom16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE');

  if (looksBinary(bytes)) return fail('not-text', '不是文本文件 (binary content: NUL or control bytes)');
  if (asUtf8.ok) return asUtf8;

  const guess = chardet.detect(bytes) ?? '';
  const enc = /^(GB|Big5)/i.test(guess) ? (guess.toLowerCase() === 'big5' ? 'big5' : 'gb18030') : 'gb18030';
  return checked(iconv.decode(Buffer.from(bytes), enc), enc.toUpperCase());
}

function utf8(bytes: Uint8Array, label: string): Decoded {
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), label);
  } catch {
    return fail('decode', 'not valid UTF-8');
  }
}

function checked(text: string, encoding: string): Decoded {
  if (text.trim() === '') return fail('empty', '文件只有空白 (only whitespace)');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad > text.length / 100)
    return fail('decode', `无法解码 (${bad} undecodable characters as ${encoding})`);
  return { ok: true, text, encoding };
}

/**
 * UTF-16 without a BOM: read the start both ways and keep the reading in which nearly every code
 * unit is plausible report text (ASCII, CJK, CJK/full-width punctuation). Counting NUL bytes alone
 * misses Chinese-only text, which has few. Only asked when the bytes are not clean UTF-8, because
 * pairs of lower-case ASCII letters also read as CJK ideographs.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  const le = utf16Score(bytes, n, true);
  const be = utf16Score(bytes, n, false);
  if (Math.max(le, be) < 0.9) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

function utf16Score(bytes: Uint8Array, n: number, littleEndian: boolean): number {
  let plausible = 0;
  for (let i = 0; i < n; i += 2) {
    const u = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (
      u === 9 || u === 10 || u === 13 ||
      (u >= 0x20 && u <= 0x7e) ||
      (u >= 0x2010 && u <= 0x2027) || // dashes, quotes, ellipsis
      (u >= 0x3000 && u <= 0x301f) ||
      (u >= 0x4e00 && u <= 0x9fff) ||
      (u >= 0xff01 && u <= 0xff5e)
    )
      plausible++;
  }
  return plausible / (n / 2);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.02;
}
