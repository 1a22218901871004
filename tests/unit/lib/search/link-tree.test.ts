import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { linkTree } from '../../../../src/lib/search/link-tree.ts';

it('links every file of a folder tree into another (same inodes)', () => {
  const base = mkdtempSync(join(tmpdir(), 'link-tree-'));
  mkdirSync(join(base, 'from', 'a', 'b'), { recursive: true });
  writeFileSync(join(base, 'from', 'top.txt'), 'top');
  writeFileSync(join(base, 'from', 'a', 'b', 'deep.bin'), 'deep');
  expect(linkTree(join(base, 'from'), join(base, 'to'))).toBe(2);
  expect(readFileSync(join(base, 'to', 'a', 'b', 'deep.bin'), 'utf8')).toBe('deep');
  expect(statSync(join(base, 'to', 'top.txt')).ino).toBe(statSync(join(base, 'from', 'top.txt')).ino);
});
