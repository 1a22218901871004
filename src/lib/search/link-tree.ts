// Put a folder kept in the cache (the search index) into the site as hard links, file for file
// (a copy where the two are on different file systems), so the cached copy stays for the next build.
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Make `to` hold every file of `from` (folders made, files hard-linked or copied); `to` must not hold them yet. */
export function linkTree(from: string, to: string): number {
  let files = 0;
  const stack: Array<[string, string]> = [[from, to]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src, { withFileTypes: true })) {
      const s = join(src, e.name);
      const d = join(dst, e.name);
      if (e.isDirectory()) stack.push([s, d]);
      else {
        try {
          linkSync(s, d);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
          copyFileSync(s, d);
        }
        files++;
      }
    }
  }
  return files;
}
