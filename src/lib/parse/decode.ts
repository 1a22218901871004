// Bytes → text. Reports arrive as UTF-8 (with or without BOM), UTF-16 or GB18030/GBK.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import chardet from 'chardet';
import type { ParseError } from '../types.ts';

export const MAX_BYTES = 32 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: string; notes?: string[] } | { ok: false; error: ParseError };

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

  // Not clean UTF-8: a UTF-8 file with a few bad bytes (truncated mid-character, a stray byte), or
  // a legacy encoding. Keep the reading that looks most like report text, and refuse to make a
  // page of a reading that looks like none.
  const guess = chardet.detect(bytes) ?? '';
  const enc = /^(GB|Big5)/i.test(guess) ? (guess.toLowerCase() === 'big5' ? 'big5' : 'gb18030') : 'gb18030';
  const legacy = iconv.decode(Buffer.from(bytes), enc);
  const near = nearUtf8(bytes);
  const legacyScore = textPlausibility(legacy);
  if (near && near.score >= legacyScore && near.score >= MIN_PLAUSIBILITY) {
    const d = checked(near.text, 'UTF-8');
    return d.ok ? { ...d, notes: [`UTF-8 中有 ${near.bad} 处无法解码的字节，已替换为 �`] } : d;
  }
  if (legacyScore < MIN_PLAUSIBILITY)
    return fail('decode', `无法解码 (neither UTF-8 nor ${enc.toUpperCase()} gives plausible text: ${Math.round(legacyScore * 100)}% plausible characters)`);
  return checked(legacy, enc.toUpperCase());
}

/** Share of plausible characters below which a decoding is mojibake or noise, not a report. */
const MIN_PLAUSIBILITY = 0.7;

/** UTF-8 read leniently, when all but a few byte sequences are valid. */
function nearUtf8(bytes: Uint8Array): { text: string; bad: number; score: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  let literal = 0; // U+FFFD written in the file itself (EF BF BD)
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  const bad = replaced - literal;
  if (bad <= 0 || bad > 8 + text.length / 200) return null;
  return { text, bad, score: textPlausibility(text) };
}

let common: Set<number> | null = null;
/**
 * The commonly used Chinese characters: GB 2312 level 1 (3,755 simplified) and Big5's 常用字
 * (5,401 traditional), generated from the code tables rather than listed.
 */
function commonHanzi(): Set<number> {
  if (common) return common;
  const set = new Set<number>();
  const add = (enc: string, hi: [number, number], lo: Array<[number, number]>) => {
    for (let a = hi[0]; a <= hi[1]; a++)
      for (const [from, to] of lo)
        for (let b = from; b <= to; b++) {
          const ch = iconv.decode(Buffer.from([a, b]), enc);
          const cp = ch.codePointAt(0)!;
          if (ch.length === 1 && cp >= 0x3400) set.add(cp);
        }
  };
  add('gb2312', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  add('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  return (common = set);
}

/**
 * Share of the non-space characters that report text is made of: ASCII, common Chinese characters,
 * CJK and full-width punctuation. Mojibake (UTF-8 read as GB18030) and random bytes are made
 * mostly of rare characters, symbols and U+FFFD.
 */
export function textPlausibility(text: string): number {
  const hanzi = commonHanzi();
  const n = Math.min(text.length, 200_000);
  let seen = 0;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000) continue;
    seen++;
    if (
      (c > 32 && c < 127) ||
      hanzi.has(c) ||
      (c >= 0x3001 && c <= 0x301f) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x2010 && c <= 0x2027) ||
      c === 0xb7 || c === 0x2160 || (c >= 0x2460 && c <= 0x2473) || (c >= 0x25a0 && c <= 0x25cf)
    )
      ok++;
  }
  return seen === 0 ? 1 : ok / seen;
}

function utf8(bytes: Uint8Array, label: string): Decoded {
  const text = strictUtf8(bytes);
  return text === null ? fail('decode', 'not valid UTF-8') : checked(text, label);
}

/**
 * What `new TextDecoder('utf-8', { fatal: true }).decode(bytes)` gives (a leading BOM dropped),
 * or null where it throws; validated and decoded by Node's buffer code, several times faster.
 */
export function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
