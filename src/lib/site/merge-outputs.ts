// Merging the outDirs of render shards (scripts/build-site.ts) into one site: every file moves into
// the target unless the target has it already. A file two shards both wrote (static pages, bundled
// assets) must be byte-identical: a difference means two processes rendered one URL differently,
// and the build fails instead of publishing either.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../records/files-under.ts';

export interface MergeResult {
  moved: number;
  /** Files both had (identical). */
  shared: number;
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

function moveFile(src: string, dst: string): void {
  try {
    renameSync(src, dst);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(src, dst); // another file system
    unlinkSync(src);
  }
}

/** Move every file of `from` into `into`, then remove `from`. */
export function mergeOutput(from: string, into: string): MergeResult {
  const result: MergeResult = { moved: 0, shared: 0 };
  const made = new Set<string>();
  for (const src of filesUnder(from, /./)) {
    const rel = relative(from, src);
    const dst = join(into, rel);
    if (existsSync(dst)) {
      if (!sameBytes(src, dst)) throw new Error(`render shards wrote different files for ${rel}`);
      result.shared++;
      continue;
    }
    const dir = dirname(dst);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    moveFile(src, dst);
    result.moved++;
  }
  rmSync(from, { recursive: true, force: true });
  return result;
}
