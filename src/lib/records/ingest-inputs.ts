// The fingerprint of everything an ingest's output depends on: every input file's parse-cache key
// (file name + bytes + parser version + catalog version), sources.csv, and the code that writes the
// output (ingest itself and the site modules its writers use: downloads, CSV, release, ...).
// Ingest writes it beside its output and does nothing when it has not changed.
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { codeHash } from './code-hash.ts';
import { filesUnder } from './files-under.ts';
import { cacheKeys, parserVersion } from './parse-cache.ts';

/**
 * `writer`: writerCode of ingest's code files (made once: ingest keys its written files by it too).
 * `known`: the files' cache keys where the caller has them already (ingest's workers computed them while parsing; null = not known).
 */
export function inputsFingerprint(paths: readonly string[], sourcesCsv: string, writer: string, known?: ReadonlyArray<string | null>): string {
  const h = createHash('sha256').update(writer).update('\0').update(sourcesCsv).update('\0');
  const keys = known ? paths.map((p, i) => known[i] ?? cacheKeys([p])[0]!) : cacheKeys(paths);
  paths.forEach((p, i) => h.update(`${basename(p)}\0${keys[i] ?? 'unreadable'}\n`));
  return h.digest('hex');
}

/** Every code or data file below `dir` (.ts, .tsx, .json): the `codeFiles` of a fingerprint. */
export const codeFilesUnder = (dir: string): string[] => filesUnder(dir, /\.(tsx?|json)$/);

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The version of ingest's writing code: the parser version and a hash of `codeFiles` (names and bytes). */
export const writerCode = (codeFiles: readonly string[]): string => `${parserVersion()}\0${codeHash(codeFiles, ROOT)}`;
