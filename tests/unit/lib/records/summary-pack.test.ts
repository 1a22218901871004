// The summary pack: every (key, line) written comes back by its key, and nothing else does.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { PACK_FILE, packLookup, readPack, writePack } from '../../../../src/lib/records/summary-pack.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-pack-'));
const key = fc.stringMatching(/^[0-9a-f]{64}$/);

it('gives back each line written under its key, none for a key not written or a line holding a newline', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 200 })), { selector: ([k]) => k, maxLength: 30 }), key, (entries, other) => {
      const d = dir();
      writePack(d, entries);
      const lookup = packLookup(readPack(d)!);
      const written = new Map(entries);
      for (const [k, line] of entries) expect(lookup(k)).toBe(line.includes('\n') ? null : line);
      expect(lookup(other)).toBe(written.has(other) && !written.get(other)!.includes('\n') ? written.get(other) : null);
    }),
    { numRuns: 60 },
  );
});

it('skips a last line cut short and lines that are not entries', () => {
  const d = dir();
  const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
  writePack(d, [[a, '{"a":1}']]);
  appendFileSync(join(d, PACK_FILE), `not a key\t{}\nshort\n${b}\t{"b":`);
  const lookup = packLookup(readPack(d)!);
  expect([lookup(a), lookup(b)]).toEqual(['{"a":1}', null]);
});

it('readPack is null when the cache has no pack', () => {
  const d = dir();
  writeFileSync(join(d, 'other.json'), '{}');
  expect(readPack(d)).toBeNull();
});

it('writePack makes the cache folder when there is none yet', () => {
  const d = join(dir(), 'not', 'yet');
  writePack(d, [['c'.repeat(64), '{"c":3}']]);
  expect(packLookup(readPack(d)!)('c'.repeat(64))).toBe('{"c":3}');
});
