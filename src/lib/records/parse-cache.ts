// Content-hash cache of parsed records, so a build re-parses only the files that changed.
//
// Key = sha256 of (parser version, catalog version, file name, file bytes). The file name is part of
// the key because parsing reads it (extension, a year in the name). The parser version is a hash of
// the code and data that parsing depends on (every file under src/lib/ except the site's view models,
// and package-lock.json for the readers' dependencies), so any change to the parser empties the cache
// in effect instead of relying on someone bumping a number.
//
// One JSON file per key under <dir>/<key[0..2]>/<key>.json, written atomically (temp file + rename),
// so several ingest processes (shards on other machines, copied together) can fill one cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { catalogVersion } from '../catalog/index.ts';
import { codeHash } from './code-hash.ts';
import { filesUnder } from './files-under.ts';
import { parseBytesAsync, parseFile } from '../parse/index.ts';
import { MAX_BYTES } from '../parse/decode.ts';
import type { ReportRecord } from '../types.ts';
import { recordJson } from './site-json.ts';

const LIB = join(import.meta.dirname, '..');
const ROOT = join(LIB, '..', '..');
/** Parts of src/lib/ that never change a parsed record. */
const NOT_PARSER = new Set(['site', 'bench']);

let version: string | null = null;

/** Hash of the parser's code and data (see the header comment); computed once per process. */
export function parserVersion(): string {
  version ??= codeHash(
    [...filesUnder(LIB, /\.(ts|json|md|txt|csv)$/, (d) => NOT_PARSER.has(relative(LIB, d))), join(ROOT, 'package-lock.json')],
    ROOT,
  ).slice(0, 16);
  return version;
}

export function cacheKey(file: string, bytes: Uint8Array, parser = parserVersion()): string {
  return createHash('sha256').update(`${parser}\0${catalogVersion}\0${file}\0`).update(bytes).digest('hex');
}

export const DEFAULT_CACHE_DIR = join(ROOT, '.nianbao', 'cache', 'parse');

const pathOf = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

export function readCached(dir: string, key: string): ReportRecord | null {
  try {
    const p = pathOf(dir, key);
    // (a cold cache misses every key: a failed read throws, which costs more than asking first)
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as ReportRecord) : null;
  } catch {
    return null; // missing, or a half-written file from a killed process: parse again
  }
}

/** The cached record's JSON as it is on disk, or null. */
export function readCachedBytes(dir: string, key: string): Buffer | null {
  try {
    return readFileSync(pathOf(dir, key));
  } catch {
    return null;
  }
}

/**
 * The JSON a record is cached as: its validated form (records/site-json.ts recordJson, kept in
 * `valid` with its layout), so that every writer of a key writes the same bytes and ingest can write
 * the report's files from them; a record that does not validate is cached as it is (its files are
 * then made from the record, which fails the same way).
 */
export function cacheForm(record: ReportRecord): { json: string | Buffer; valid: ReturnType<typeof recordJson> | null } {
  try {
    const valid = recordJson(record);
    return { json: valid.json, valid };
  } catch {
    return { json: JSON.stringify(record), valid: null };
  }
}

export const cacheJson = (record: ReportRecord): string | Buffer => cacheForm(record).json;

/** `json`: the record's cacheJson when the caller made it already. */
export function writeCached(dir: string, key: string, record: ReportRecord, json: string | Buffer = cacheJson(record)): void {
  writeAtomically(pathOf(dir, key), json);
}

export interface CachedParse {
  record: ReportRecord;
  /** null for files that could not be read (not cached: their error is cheap to find again). */
  key: string | null;
  hit: boolean;
}

export type BytesParser = (bytes: Uint8Array, file: string) => ReportRecord | Promise<ReportRecord>;
/** The cacheJson of a freshly parsed record, made by the caller (who keeps its layout). */
export type RecordSerializer = (record: ReportRecord) => string | Buffer;

/**
 * Parse a file through the cache in `dir`: `parse` (parseBytesAsync by default: every kind, PDF/DOCX/DOC included; any reader of the same
 * bytes → record contract) runs only when the cache has no record for this key.
 */
export async function cachedParse(path: string, dir: string, parse: BytesParser = parseBytesAsync, known?: { bytes: Buffer; key: string }, serialize?: RecordSerializer): Promise<CachedParse> {
  let bytes: Buffer;
  if (known) bytes = known.bytes;
  else {
    try {
      if (statSync(path).size > MAX_BYTES) return { record: parseFile(path), key: null, hit: false };
      bytes = readFileSync(path);
    } catch {
      return { record: parseFile(path), key: null, hit: false };
    }
  }
  const file = basename(path);
  const key = known?.key ?? cacheKey(file, bytes);
  const cached = readCached(dir, key);
  if (cached && cached.file === file) return { record: cached, key, hit: true };
  const record = await parse(bytes, file);
  writeCached(dir, key, record, serialize?.(record));
  return { record, key, hit: false };
}

/**
 * A file's record reduced by `reduce` (ingest: its summary), through the cache: the reduced form is
 * kept beside the record (<key>.<name>.json), so a later ingest of an unchanged file reads that
 * small file instead of the whole record. `name` names the reduction; the parser version in the
 * key covers its code (it lives under src/lib/). The record is returned only when it was read.
 */
export async function cachedReduced<S>(path: string, dir: string, name: string, reduce: (r: ReportRecord) => S, parse?: BytesParser, serialize?: RecordSerializer): Promise<{ reduced: S; record: ReportRecord | null; key: string | null; hit: boolean }> {
  let reduced: S | undefined;
  const x = await cachedReducedJson(path, dir, name, (r) => JSON.stringify((reduced = reduce(r))), parse, serialize);
  return { reduced: reduced ?? (JSON.parse(x.json) as S), record: x.record, key: x.key, hit: x.hit };
}

/**
 * cachedReduced with the reduced form as its JSON text (`reduce` makes it; a cache hit is the file as it is, not parsed).
 * `bytes`: the file's bytes as read for its key (null when it was not read: unreadable or too large).
 * `packed`: the reduced JSON of a key from elsewhere than its file (ingest: records/summary-pack.ts), null when not there.
 */
export async function cachedReducedJson(path: string, dir: string, name: string, reduce: (r: ReportRecord) => string, parse?: BytesParser, serialize?: RecordSerializer, packed?: (key: string) => string | null): Promise<{ json: string; record: ReportRecord | null; key: string | null; hit: boolean; bytes: Buffer | null }> {
  let key: string | null = null;
  let bytes: Buffer | null = null;
  try {
    if (statSync(path).size <= MAX_BYTES) {
      bytes = readFileSync(path);
      key = cacheKey(basename(path), bytes);
    }
  } catch {
    key = null;
  }
  if (key !== null) {
    const p = reducedPath(dir, key, name);
    try {
      // (a cold cache misses every key: a failed read throws, which costs more than asking first)
      const json = packed?.(key) ?? (existsSync(p) ? readFileSync(p, 'utf8') : null);
      if (json !== null) {
        JSON.parse(json); // a half-written file is not a hit
        return { json, record: null, key, hit: true, bytes };
      }
    } catch {
      // half-written, or gone since: from the record
    }
  }
  // the bytes just read and their key (the file is read and hashed once)
  const x = await cachedParse(path, dir, parse, key !== null && bytes ? { bytes, key } : undefined, serialize);
  const json = reduce(x.record);
  if (x.key !== null) writeAtomically(reducedPath(dir, x.key, name), json);
  return { json, record: x.record, key: x.key, hit: x.hit, bytes };
}


const reducedPath = (dir: string, key: string, name: string) => join(dir, key.slice(0, 2), `${key}.${name}.json`);

/** Write through a temporary file and a rename; the folder is made only when the write finds none. */
function writeAtomically(p: string, body: string | Buffer): void {
  const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, body);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(tmp, body);
  }
  renameSync(tmp, p);
}

/** Keys of many files at once (for the "nothing changed" check): file name → key, null when unreadable. */
export function cacheKeys(paths: readonly string[]): Array<string | null> {
  return paths.map((p) => {
    try {
      return cacheKey(basename(p), readFileSync(p));
    } catch {
      return null;
    }
  });
}
