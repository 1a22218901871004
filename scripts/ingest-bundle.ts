// The ingest worker (scripts/ingest-worker.ts) and everything it imports from the repo as one ES
// module, made by esbuild, so the workers run plain JavaScript: no tsx loader in each worker (which
// transformed and linked ~100 modules one by one, ~0.6 s of CPU per worker start against ~0.25 s),
// and parsing itself ran ~20 % faster from the one module (2,000 synthetic files in one thread,
// alternating: ~4.0–4.6 against ~5.1–5.4 ms a file). Packages (zod, parse5, pdf.js, …) stay outside
// and load from node_modules as before. `import.meta` of each repo module is replaced by that
// module's own URL, dirname and filename, so code that finds files or the parser's version from
// where it lives finds the same ones.
//
// The bundle is kept under .nianbao/cache/ingest-worker/ by the version of ingest's code
// (ingest-inputs.ts writerCode: the parser version, scripts/, src/lib/site/, package-lock.json), so
// it is made once per code change (~0.3 s). If esbuild is not there or fails, ingest runs the worker through
// tsx as before (null).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, '.nianbao', 'cache', 'ingest-worker');

/** `import.meta` members in a repo module's source, replaced by that module's values. */
export function withOwnImportMeta(source: string, file: string): string {
  const url = JSON.stringify(pathToFileURL(file).href);
  return source
    .replace(/\bimport\.meta\.url\b/g, url)
    .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(file)))
    .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(file));
}

/** The worker bundle's URL for this code version (`writer`), made in `dir` if missing; null when it cannot be made. */
export async function workerBundle(entry: string, writer: string, dir = DIR): Promise<URL | null> {
  const name = `${createHash('sha256').update(writer).update('\0').update(entry).digest('hex').slice(0, 20)}.mjs`;
  const out = join(dir, name);
  if (existsSync(out)) return pathToFileURL(out);
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'own-import-meta',
          setup(b) {
            b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
              if (args.path.includes('/node_modules/')) return undefined;
              const loader = /\.[cm]?tsx?$/.test(args.path) ? (args.path.endsWith('x') ? 'tsx' : 'ts') : 'js';
              return { contents: withOwnImportMeta(readFileSync(args.path, 'utf8'), args.path), loader };
            });
          },
        },
      ],
    });
    const code = result.outputFiles[0]!.contents;
    mkdirSync(dir, { recursive: true });
    // bundles of other code versions go after a day (an ingest of one may still be starting workers)
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (f !== name && Date.now() - (statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 86_400_000) rmSync(p, { force: true });
    }
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, out);
    return pathToFileURL(out);
  } catch (e) {
    process.stderr.write(`ingest: workers run through tsx (no worker bundle: ${(e as Error).message.split('\n')[0]})\n`);
    return null;
  }
}
