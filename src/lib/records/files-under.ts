// The files below a folder, in a stable order (names sorted at each level): what the parser version
// and the ingest fingerprint hash, so that both see a change to any file they depend on.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string, name: RegExp, skipDir: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(p)) out.push(...filesUnder(p, name, skipDir));
    } else if (name.test(e.name)) out.push(p);
  }
  return out;
}
