// The one sorted folder walk (parser version, ingest fingerprint, linking downloads, merging render outputs).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, type DirEntry } from '../../../../src/lib/records/files-under.ts';

describe('filesUnder', () => {
  it('lists matching files depth first, names sorted at each level, without skipped folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'files-under-'));
    for (const d of ['b', 'a/z', 'skip']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['c.ts', 'b/x.ts', 'a/z/y.ts', 'a/m.json', 'a/n.ts', 'skip/s.ts']) writeFileSync(join(root, f), '');
    const got = filesUnder(root, /\.ts$/, (p) => p.endsWith('skip')).map((p) => p.slice(root.length + 1));
    expect(got).toEqual(['a/n.ts', 'a/z/y.ts', 'b/x.ts', 'c.ts']);
  });

  it('walks a folder of more files than a call can take as arguments', () => {
    // A tree read from memory: a folder of 300,000 files beside a small one (linking the downloads
    // of 100,000 reports overflowed the call stack in `push(...files)`).
    const file = (name: string): DirEntry => ({ name, isDirectory: () => false });
    const folder = (name: string): DirEntry => ({ name, isDirectory: () => true });
    const big = Array.from({ length: 300_000 }, (_, i) => file(`f${String(i).padStart(6, '0')}`));
    const list = (dir: string): DirEntry[] => {
      if (dir === '/r') return [folder('small'), folder('big')];
      return dir === '/r/big' ? [...big] : [file('leaf')];
    };
    const got = filesUnder('/r', /./, () => false, list);
    expect([got.length, got[0], got[299_999], got[300_000]]).toEqual([300_001, '/r/big/f000000', '/r/big/f299999', '/r/small/leaf']);
  });
});
