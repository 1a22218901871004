// One hash over the code and data files a derived output depends on: each file's name (relative to
// `root`) and bytes, in the order given, so changing, renaming, adding or removing any of them
// changes it. It versions the parse cache (parserVersion), an ingest's output (inputsFingerprint and
// the downloads' writer version) and the indicator data files (dataFilesCode). A listed file that
// does not exist (package-lock.json in a tree without one) is left out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export function codeHash(files: readonly string[], root: string): string {
  const h = createHash('sha256');
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      continue;
    }
    h.update(relative(root, f)).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}
