import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
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
  await removeBeside([join(b, 'a'), join(b, 'b')]).done;
  expect([existsSync(join(b, 'a')), existsSync(join(b, 'b')), existsSync(join(b, 'keep.txt'))]).toEqual([false, false, true]);
});

it('letRun lets the process end while its deletion goes on, and the folder is gone afterwards', async () => {
  const b = base();
  mkdirSync(join(b, 'old', 'deep'), { recursive: true });
  writeFileSync(join(b, 'old', 'deep', 'f.txt'), 'x');
  // a deletion that starts only once the test opens `gate`, so it is still running when the process ends
  const gate = join(b, 'gate');
  const remover = `const fs = require('node:fs'); const go = () => fs.existsSync(${JSON.stringify(gate)}) ? process.argv.slice(1).forEach((d) => fs.rmSync(d, { recursive: true, force: true })) : setTimeout(go, 20); go();`;
  const module = JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../../src/lib/site/replaced-output.ts')).href);
  const script = `const { removeBeside } = await import(${module}); removeBeside([${JSON.stringify(join(b, 'old'))}], ${JSON.stringify(remover)}).letRun();`;
  const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => parent.once('close', resolve));
  expect([code, existsSync(join(b, 'old'))]).toEqual([0, true]);
  writeFileSync(gate, '');
  await vi.waitFor(() => expect(existsSync(join(b, 'old'))).toBe(false), { timeout: 120_000, interval: 20 });
});
