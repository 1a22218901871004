// The ingest worker as one bundled module (scripts/ingest-bundle.ts) does what the worker run through tsx does.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { withOwnImportMeta, workerBundle } from '../../../scripts/ingest-bundle.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
// bundles live in the repo, where their packages resolve from node_modules
mkdirSync(join(ROOT, '.nianbao'), { recursive: true });
const bundles = mkdtempSync(join(ROOT, '.nianbao', 'test-bundle-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundles, { recursive: true, force: true });
});

// one file parsed into `cache` by a worker; its summary line and every cache file's bytes
async function parseWith(url: URL, execArgv: string[], file: string, cache: string) {
  const w = new Worker(url, { execArgv, workerData: { warmUp: false } });
  const replies: unknown[] = [];
  // (less each thread's CPU time, which differs from run to run)
  const reply = () => new Promise<unknown>((resolve, reject) => {
    w.once('message', ({ cpu: _cpu, ...m }: { cpu: number }) => resolve(m));
    w.once('error', reject);
  });
  replies.push(await reply());
  w.postMessage({ paths: [file], start: 0, cache });
  replies.push(await reply());
  await w.terminate();
  const files = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  return { replies, files: files.map((f) => [f.slice(cache.length), readFileSync(f).toString('base64')]) };
}

describe('ingest worker bundle', () => {
  it('replaces import.meta.url, dirname and filename by the module’s own', () => {
    const src = 'const a = import.meta.url; const b = join(import.meta.dirname, ".."); const c = import.meta.filename;';
    expect(withOwnImportMeta(src, '/r/src/x.ts')).toBe('const a = "file:///r/src/x.ts"; const b = join("/r/src", ".."); const c = "/r/src/x.ts";');
  });

  it('is made once per code version, and its worker posts and caches what the tsx worker does', { timeout: 120_000 }, async () => {
    const entry = join(ROOT, 'scripts', 'ingest-worker.ts');
    const url = await workerBundle(entry, 'test-version', bundles);
    expect(url).not.toBeNull();
    expect((await workerBundle(entry, 'test-version', bundles))!.href).toBe(url!.href);
    const file = join(dir, 'a.txt');
    copyFileSync(join(ROOT, 'content', 'reports', '004_2e4877b111ee56e7.txt'), file);
    const bundled = await parseWith(url!, [], file, join(dir, 'cache-bundle'));
    const tsx = await parseWith(pathToFileURL(entry), ['--import', 'tsx'], file, join(dir, 'cache-tsx'));
    expect(bundled).toEqual(tsx);
  });
});
