import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { decodeUtf8 } from '../../../../src/lib/site/utf8.ts';

// Valid UTF-8 of any text (CJK, astral, a BOM, NUL), ASCII only, and arbitrary bytes (invalid sequences).
const text = fc.array(fc.oneof(fc.constantFrom('政', '府', '\uFEFF', '\u0000', '\u2028', '\uFFFD', '😀', 'é', '"'), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'binary-ascii', maxLength: 20 })), { maxLength: 30 }).map((xs) => xs.join(''));
const bytes = fc.oneof(
  text.map((s) => Buffer.from(s, 'utf8')),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }).map((s) => Buffer.from(s, 'utf8')),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.tuple(text, fc.uint8Array({ maxLength: 8 })).map(([s, b]) => Buffer.concat([Buffer.from(s, 'utf8'), b])),
);

test.prop([bytes], { numRuns: 2000 })('decodes any bytes exactly as toString("utf8")', (b) => {
  expect(decodeUtf8(b)).toBe(b.toString('utf8'));
});
