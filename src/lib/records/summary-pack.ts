// The summary lines of the last ingest in one file of the parse cache, `<cache>/summary-lines.pack`:
// a line `<key>\t<summary line>\n` per cache key, so an ingest after a change reads one file
// instead of a `<key>.summary-line.json` per unchanged report. On this machine kind the host pages
// out file data that has not been touched for about a minute (DAMON), and reading 10,000 such small
// files back took 2–4 s more than reading them warm (README National scale). An entry is the same
// bytes as that key's `.summary-line.json` (the key covers the file and the parser's code), so the
// pack is only a faster way to the same line: a key it lacks is read from its own file as before.
// Ingest reads it into shared memory once and its workers look keys up there.
import { closeSync, mkdirSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const PACK_FILE = 'summary-lines.pack';
const TAB = 9;
const NL = 10;
const KEY = /^[0-9a-f]{64}$/;

/** The pack in `dir` as shared memory (every worker reads the same bytes), or null when there is none. */
export function readPack(dir: string): SharedArrayBuffer | null {
  const path = join(dir, PACK_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = statSync(path).size;
    const shared = new SharedArrayBuffer(size);
    const view = new Uint8Array(shared);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) return null; // shorter than it was a moment ago: written meanwhile
      at += n;
    }
    return shared;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Looks keys up in a pack's bytes: the summary line of `key`, or null when the pack has none. */
export function packLookup(shared: SharedArrayBuffer): (key: string) => string | null {
  const bytes = Buffer.from(shared);
  const at = new Map<string, number>();
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(NL, start);
    if (end < 0) break; // a last line without its end is not an entry
    if (end - start >= 65 && bytes[start + 64] === TAB) {
      const key = bytes.toString('latin1', start, start + 64);
      if (KEY.test(key)) at.set(key, start + 65);
    }
    start = end + 1;
  }
  return (key) => {
    const from = at.get(key);
    return from === undefined ? null : bytes.toString('utf8', from, bytes.indexOf(NL, from));
  };
}

/**
 * Write the pack in `dir` from (key, summary line) pairs, through a temporary file and a rename, so
 * a reader sees the old pack or the new one. A line holding a newline is left out (its key is read
 * from its own file).
 */
export function writePack(dir: string, entries: Iterable<readonly [string, string]>): void {
  const path = join(dir, PACK_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  mkdirSync(dir, { recursive: true });
  const fd = openSync(tmp, 'w');
  try {
    let chunk: string[] = [];
    let chars = 0;
    const flush = () => {
      writeSync(fd, chunk.join(''));
      chunk = [];
      chars = 0;
    };
    for (const [key, line] of entries) {
      if (!KEY.test(key) || line.includes('\n')) continue;
      chunk.push(`${key}\t${line}\n`);
      chars += line.length;
      if (chars > 4_000_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
