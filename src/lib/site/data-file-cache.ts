// Files of the built site that are plain data (an indicator's /indicators/<id>/<year>.json,
// years.json, trend.json and card.png) are written by scripts/data-files.ts, not rendered by Astro:
// an Astro path costs a Request, a Response, a stream and its bookkeeping for what is one string.
// Like Astro's incremental build (astro.config experimental.incrementalBuild), a file whose key and
// code are unchanged is not made again: every file is kept under <cache>/flat/ and the output
// gets a hard link to it, so an unchanged file is neither made nor rewritten (a made one replaces the
// cached file by rename: a new inode, never a write into a file the last site may still link).
// The cached files lie side by side in one folder (<cache>/flat/, named by their path): a report
// page has a folder of its own in the site, and a second one per page in the cache was a mkdir per
// page (the site's folders are made once each).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface DataFile {
  /** Path in the site, without a leading slash (indicators/t1.x/2020.json). */
  path: string;
  /** What the file is made from (page-cache.ts pageCacheKey); undefined: made on every build. */
  key: string | undefined;
  body: () => string | Uint8Array | Promise<string | Uint8Array>;
}

export interface DataFileResult {
  /** Files made (new, changed or without a key). */
  made: number;
  /** Files linked from the cache without being made. */
  reused: number;
  /** Cached files of paths the site no longer has, removed. */
  removed: number;
}

interface Manifest {
  code: string;
  /** path → key (null: no key) of every cached file */
  keys: Record<string, string | null>;
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * The name of a site path's file in the flat cache folder: the path URI-encoded (one name per path,
 * no '/'), or, past what a file name holds, '=' (which the encoding never leaves as is) and its sha1.
 */
export function flatName(path: string): string {
  const name = encodeURIComponent(path);
  return name.length <= 200 ? name : `=${createHash('sha1').update(path).digest('hex')}`;
}

/** Hard-link `src` to `dst` (replacing a `dst` there: unlinked, never written into), or copy it where links fail. */
function linkInto(src: string, dst: string): void {
  try {
    linkSync(src, dst);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      unlinkSync(dst);
      try {
        linkSync(src, dst);
        return;
      } catch {
        // as below
      }
    }
  }
  rmSync(dst, { force: true });
  copyFileSync(src, dst); // a file system without hard links, or another one
}

/**
 * A made file's body under its cache name, always in a new inode: created exclusively where there is
 * none (a cold build: no rename), else written aside and renamed over the old one, which the last
 * site may still link. A write that fails leaves no part of a file under the name.
 */
function writeCached(cached: string, body: string | Uint8Array): void {
  try {
    writeFileSync(cached, body, { flag: 'wx' });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
      rmSync(cached, { force: true });
      throw e;
    }
  }
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, cached);
}

/**
 * Write `files` into `out` through the cache folder `cacheDir`. `code` is a version of the code that
 * makes them: when it changes, every file is made again.
 */
export async function writeDataFiles(files: Iterable<DataFile> | AsyncIterable<DataFile>, out: string, cacheDir: string, code: string): Promise<DataFileResult> {
  const manifestFile = join(cacheDir, 'manifest.json');
  const prev = readManifest(manifestFile);
  const before = prev?.code === code ? prev.keys : {};
  // The manifest is gone while files are being made (a made file replaces its cached copy): a run
  // that stops part-way leaves no manifest naming an old key for a new body. One that fails keeps
  // the keys of the files it got through and the last build's for the files it did not reach.
  rmSync(manifestFile, { force: true });
  const keys: Record<string, string | null> = {};
  const writeManifest = (all: Record<string, string | null>) => {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${manifestFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ code, keys: all } satisfies Manifest));
    renameSync(tmp, manifestFile);
  };
  // The layout before the flat folder (<cache>/files/<path>): left from an older build, removed.
  rmSync(join(cacheDir, 'files'), { recursive: true, force: true });
  const flat = join(cacheDir, 'flat');
  const made = new Set<string>();
  const mkdir = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  const result: DataFileResult = { made: 0, reused: 0, removed: 0 };
  const listed = new Set<string>();
  try {
    for await (const f of files) {
      if (listed.has(f.path)) throw new Error(`data file ${f.path} listed twice`);
      listed.add(f.path);
      const cached = join(flat, flatName(f.path));
      const dst = join(out, f.path);
      if (f.key !== undefined && before[f.path] === f.key && existsSync(cached)) {
        result.reused++;
      } else {
        const body = await f.body();
        mkdir(flat);
        writeCached(cached, body);
        result.made++;
      }
      mkdir(dirname(dst));
      linkInto(cached, dst);
      keys[f.path] = f.key ?? null;
    }
  } catch (e) {
    writeManifest({ ...before, ...keys });
    throw e;
  }
  for (const path of Object.keys(prev?.keys ?? {})) {
    if (path in keys) continue;
    rmSync(join(flat, flatName(path)), { force: true });
    result.removed++;
  }
  writeManifest(keys);
  return result;
}
