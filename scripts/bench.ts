// `npm run bench [-- --scale N]`: parse speed, build time and page weights.
//   parse: every file of content/reports parsed R times → ms per file, MB/s.
//   sizes: gzip size of HTML per page kind and of the JS each kind loads, from a fresh build.
//   --scale N: also ingest + build a synthetic site of N reports (copies of content/reports
//   renamed so every copy is its own report) and report the build time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBytes } from '../src/lib/parse/index.ts';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'content', 'reports');
const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] || 0) || 0;
const files = readdirSync(REPORTS).filter((f) => f !== 'sources.csv');

function benchParse(rounds = 20) {
  const inputs = files.map((f) => ({ f, bytes: readFileSync(join(REPORTS, f)) }));
  const totalBytes = inputs.reduce((s, x) => s + x.bytes.length, 0);
  for (const x of inputs) parseBytes(x.bytes, x.f); // warm-up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const x of inputs) parseBytes(x.bytes, x.f);
  const ms = performance.now() - t0;
  return { files: inputs.length, rounds, msPerFile: ms / (rounds * inputs.length), mbPerSec: (totalBytes * rounds) / 1e6 / (ms / 1000) };
}

function run(cmd: string, cmdArgs: string[], env: Record<string, string> = {}) {
  const t0 = performance.now();
  execFileSync(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return Math.round(performance.now() - t0);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const PAGE_KINDS: Array<[string, RegExp]> = [
  ['home', /^index\.html$/],
  ['report', /^reports\/[^/]+\/index\.html$/],
  ['place', /^places\/[^/]+\/index\.html$/],
  ['indicator', /^indicators\/[^/]+\/index\.html$/],
  ['embed', /^embed\/indicators\/[^/]+\/index\.html$/],
  ['compare', /^compare\/index\.html$/],
  ['quality', /^quality\/index\.html$/],
  ['data', /^data\/index\.html$/],
];

function pageSizes(dist: string) {
  const all = walk(dist).map((p) => relative(dist, p));
  const gz = (p: string) => gzipSync(readFileSync(join(dist, p))).length;
  const out: Record<string, { pages: number; htmlGzipMax: number; htmlGzipMedian: number; jsGzip: number }> = {};
  for (const [kind, re] of PAGE_KINDS) {
    const pages = all.filter((p) => re.test(p));
    if (!pages.length) continue;
    const sizes = pages.map(gz).sort((a, b) => a - b);
    // JS a page loads: module scripts it references plus what those import (Astro islands).
    const html = readFileSync(join(dist, pages[sizes.indexOf(sizes[sizes.length - 1]!)] ?? pages[0]!), 'utf8');
    const js = new Set<string>();
    const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/[^"]+\.js)"/g)].map((m) => m[1]!.slice(1));
    while (queue.length) {
      const p = queue.pop()!;
      if (js.has(p) || !existsSync(join(dist, p))) continue;
      js.add(p);
      const src = readFileSync(join(dist, p), 'utf8');
      for (const m of src.matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) queue.push(join(p, '..', m[1] ?? m[2]!));
    }
    out[kind] = {
      pages: pages.length,
      htmlGzipMax: sizes[sizes.length - 1]!,
      htmlGzipMedian: sizes[Math.floor(sizes.length / 2)]!,
      jsGzip: [...js].reduce((s, p) => s + gz(p), 0),
    };
  }
  return out;
}

const result: Record<string, unknown> = { parse: benchParse() };
const dist = join(ROOT, '.nianbao', 'bench', 'dist');
const env = { NIANBAO_DIST: dist, NIANBAO_DATA: join(ROOT, '.nianbao', 'bench', 'data'), NIANBAO_CACHE: join(ROOT, '.nianbao', 'bench', 'cache') };
result.buildMs = run('npm', ['run', '--silent', 'build'], env);
result.sizes = pageSizes(dist);

if (scale > 0) {
  const synth = join(ROOT, '.nianbao', 'bench', 'synthetic');
  rmSync(synth, { recursive: true, force: true });
  mkdirSync(synth, { recursive: true });
  const originals = files.filter((f) => !readFileSync(join(REPORTS, 'sources.csv'), 'utf8').includes(`,${f},`));
  for (let i = 0; i < scale; i++) {
    const f = originals[i % originals.length]!;
    cpSync(join(REPORTS, f), join(synth, `s${String(i).padStart(6, '0')}-${f}`));
  }
  writeFileSync(join(synth, 'sources.csv'), 'file,source,format,variant_of,original,notes\n');
  const senv = { ...env, NIANBAO_REPORTS: synth, NIANBAO_DIST: join(synth, '..', 'sdist') };
  // Same steps as `npm run build` minus Pagefind: ingest (parse + downloads), astro build, link downloads.
  const ingestMs = run('npm', ['run', '--silent', 'ingest'], senv);
  const astroMs = run('npx', ['astro', 'build'], senv);
  const installMs = run('npx', ['tsx', 'scripts/export-data.ts', '--install'], senv);
  result.synthetic = { reports: scale, ingestMs, buildMs: astroMs + installMs, astroMs, installMs, totalMs: ingestMs + astroMs + installMs };
}
console.log(JSON.stringify(result, null, 2));
