// Vitest global setup: every test's temporary folders (os.tmpdir(), read from TMPDIR on each call)
// go under one folder for the run, removed when the run ends — tests that make folders with
// mkdtempSync need not each clean up, and repeated runs leave nothing behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-vitest-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
