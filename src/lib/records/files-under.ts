// The files below a folder, in a stable order (names sorted at each level): what the parser version
// and the ingest fingerprint hash, so that both see a change to any file they depend on, and what
// linking the downloads and merging render outputs walk (hundreds of thousands of files at 100,000
// reports: the walk keeps its own stack of folders and appends one path at a time, since neither
// recursion depth nor `push(...list)` of a big folder fits in the call stack).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DirEntry {
  name: string;
  isDirectory(): boolean;
}

const readDir = (dir: string): DirEntry[] => readdirSync(dir, { withFileTypes: true });

export function filesUnder(
  dir: string, name: RegExp, skipDir: (path: string) => boolean = () => false, list: (dir: string) => DirEntry[] = readDir,
): string[] {
  const out: string[] = [];
  // Folders still to walk, each with its sorted entries and how far the walk got in them.
  const stack: Array<{ dir: string; entries: DirEntry[]; at: number }> = [{ dir, entries: sorted(list(dir)), at: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.at === top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.at++]!;
    const p = join(top.dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(p)) stack.push({ dir: p, entries: sorted(list(p)), at: 0 });
    } else if (name.test(e.name)) out.push(p);
  }
  return out;
}

const sorted = (entries: DirEntry[]) => entries.sort((a, b) => (a.name < b.name ? -1 : 1));
