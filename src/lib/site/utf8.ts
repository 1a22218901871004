// UTF-8 bytes to a string, exactly as `buffer.toString('utf8')` gives it, faster for the record files
// the report pages read (src/data/reports.ts getRecord): V8's own UTF-8 decoder (`readFileSync(…,
// 'utf8')`, `toString`, `TextDecoder`) was half of reading a record — ~0.35 ms for an average 80 KB
// file of mixed JSON and Chinese text on Node 22 — while ICU's converter to UTF-16 (`transcode`) and a
// copy into the string take ~0.13 ms. Only valid UTF-8 (simdutf's `isUtf8`) takes that way; bytes that
// are not are decoded as before, with the same replacement characters.
import { isAscii, isUtf8, transcode } from 'node:buffer';

export function decodeUtf8(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1'); // one byte a character, the string V8 would make
  if (!isUtf8(bytes)) return bytes.toString('utf8');
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}
