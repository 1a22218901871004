import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeBeside, replacedOutputs, setAsideOutput } from '../../../../src/lib/site/replaced-output.ts';

const base = () => mkdtempSync(join(tmpdir(), 'replaced-output-'));

describe('setAsideOutput', () => {
  it('renames the folder, contents and all, to <name>.replaced-<pid> and leaves no folder at its name', () => {
    const b = base();
    mkdirSync(join(b, 'dist', 'reports'), { recursive: true });
    writeFileSync(join(b, 'dist', 'reports', 'index.html'), 'old page');
    expect(setAsideOutput(join(b, 'dist'), 4242)).toBe(join(b, 'dist.replaced-4242'));
    expect(existsSync(join(b, 'dist'))).toBe(false);
    expect(readFileSync(join(b, 'dist.replaced-4242', 'reports', 'index.html'), 'utf8')).toBe('old page');
  });

  it('moves nothing that is not a folder of its own: a missing path, a symbolic link, a file', () => {
    const b = base();
    mkdirSync(join(b, 'real'));
    symlinkSync(join(b, 'real'), join(b, 'link'));
    writeFileSync(join(b, 'file'), 'x');
    expect([setAsideOutput(join(b, 'missing')), setAsideOutput(join(b, 'link')), setAsideOutput(join(b, 'file'))]).toEqual([null, null, null]);
    expect(lstatSync(join(b, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(b, 'file'), 'utf8')).toBe('x');
  });
});

it('replacedOutputs lists only the folders set aside from that name', () => {
  const b = base();
  for (const d of ['dist.replaced-1', 'dist.replaced-22', 'dist.replaced-x', 'dist.old-1-0', 'distant.replaced-3', 'other.replaced-4', 'dist']) mkdirSync(join(b, d));
  expect(replacedOutputs(join(b, 'dist')).sort()).toEqual([join(b, 'dist.replaced-1'), join(b, 'dist.replaced-22')]);
});

it('removeBeside deletes the folders in a child process and resolves once they are gone', async () => {
  const b = base();
  for (const d of ['a', 'b']) {
    mkdirSync(join(b, d, 'deep', 'er'), { recursive: true });
    writeFileSync(join(b, d, 'deep', 'er', 'f.txt'), d);
  }
  writeFileSync(join(b, 'keep.txt'), 'kept');
  await removeBeside([join(b, 'a'), join(b, 'b')]);
  expect([existsSync(join(b, 'a')), existsSync(join(b, 'b')), existsSync(join(b, 'keep.txt'))]).toEqual([false, false, true]);
});
