// The previous build's output folder, out of the way in one rename. `astro build` empties its output
// folder entry by entry before it bundles: for a built site of 10,000 reports (~47,000 files, nearly
// all hard links into the caches) that took 4–12 s on its main thread in front of every build after
// the first, while the next build needs none of it (pages, downloads and the search
// index are linked again from their caches). `npm run build:site` (scripts/build-site.ts) renames the
// folder to a sibling `<name>.replaced-<pid>`, so that astro starts with none, and deletes that in
// a low-priority child process beside the build; when the build is done first, the deletion goes on
// after it ends instead of holding it up (deleting ~47,000 entries whose metadata the host has paged
// out took 5–20 s more after the build's own work, README National scale).
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, renameSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';

const SUFFIX = /\.replaced-\d+$/;

/**
 * Rename the folder `dir` to `<dir>.replaced-<pid>` and return that path; null when there is no
 * folder of its own to move (missing, a symbolic link, a mount point, a parent that cannot be
 * written): astro then empties it in place, as it always did.
 */
export function setAsideOutput(dir: string, pid = process.pid): string | null {
  try {
    if (!lstatSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  const to = `${dir}.replaced-${pid}`;
  if (existsSync(to)) return null;
  try {
    renameSync(dir, to);
    return to;
  } catch {
    return null;
  }
}

/** The folders set aside from `dir` whose deletion has not finished (a build that was stopped), this one's included. */
export function replacedOutputs(dir: string): string[] {
  const parent = dirname(dir);
  const name = basename(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.filter((f) => f.startsWith(`${name}.replaced-`) && SUFFIX.test(f)).map((f) => join(parent, f));
}

// (a second try: a folder another build's deletion was also removing may fail once on an entry gone meanwhile)
const REMOVE = "const { existsSync, rmSync } = require('node:fs'); for (const p of process.argv.slice(1)) { try { rmSync(p, { recursive: true, force: true }); } catch { if (existsSync(p)) rmSync(p, { recursive: true, force: true }); } }";

/** A deletion running in a child process (removeBeside). */
export interface Removal {
  /** Resolves once the folders are gone, or rejects with the error that kept one of them. */
  done: Promise<void>;
  /** Whether `done` has settled. */
  settled(): boolean;
  /**
   * Let this process end before the deletion does: the child (in a process group of its own) goes on
   * deleting and nothing here waits for it or hears from it; a folder it leaves is deleted by the next
   * build (replacedOutputs).
   */
  letRun(): void;
}

/**
 * Delete `dirs` in a child process at the lowest priority (the build keeps both cores). The caller
 * either awaits `done` or, once its own work is finished, calls `letRun` instead of waiting.
 * `remover`: the child's script (given the folders as its arguments).
 */
export function removeBeside(dirs: readonly string[], remover = REMOVE): Removal {
  if (!dirs.length) return { done: Promise.resolve(), settled: () => true, letRun: () => {} };
  const child = spawn(process.execPath, ['-e', remover, ...dirs], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  try {
    if (child.pid !== undefined) setPriority(child.pid, 19);
  } catch {
    // not allowed to lower it: it runs at the build's priority
  }
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => void (stderr += b.toString()));
  let settled = false;
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const left = dirs.filter((d) => existsSync(d));
      if (code === 0 && !left.length) resolve();
      else reject(new Error(`could not delete ${left.join(', ') || dirs.join(', ')} (exit ${code}): ${stderr.trim()}`));
    });
  }).finally(() => void (settled = true));
  // a caller that lets it run never looks at `done` again
  done.catch(() => {});
  return {
    done,
    settled: () => settled,
    letRun: () => {
      if (settled) return;
      child.stderr!.destroy();
      child.unref();
    },
  };
}
