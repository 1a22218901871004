// `npm run bench [-- --scale N]`: parse speed, build time and page weights (--resume: see below).
//   parse: every file of content/reports parsed R times → ms per file, MB/s.
//   sizes: gzip size of HTML per page kind and of the JS each kind loads, from a fresh build.
//   --scale N: also build a synthetic country of N reports (scripts/synthetic.ts: distinct bodies and
//   years 2011–2025, distinct values) step by step: time and peak memory per step, dist size and
//   file count, page weights. --incremental: then ingest the unchanged folder and build after one
//   changed file. --years K: each body reports only its last K years (N / K places). --no-site: skip the content/reports part. Machine load is printed before and after.
//   --runs K: K cold builds of the same synthetic country, each into fresh folders: every run's
//   figures and the median of their total times.
// Folders the bench replaces (the previous synthetic country, a finished run's outputs) are renamed
// aside and deleted only once everything is measured (at once when the disk has no room for them):
// on ext4 without a journal (this machine kind's disk) creating files in the minutes after deleting
// many is slower (inodes freed in the last 60–360 s are skipped, each re-read), so no measured step
// follows the bench's own mass deletion.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBytes, parseBytesAsync } from '../src/lib/parse/index.ts';
import { parseSources } from '../src/lib/records/sources.ts';
import { syntheticReports, type SyntheticSource } from './synthetic.ts';
import { machineSpeed } from '../src/lib/bench/machine-speed.ts';
import { median } from '../src/lib/bench/median.ts';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'content', 'reports');
const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1] || 0) || 0;
// --years K: each synthetic body reports only its last K years (default all 15), so --scale N --years 1 is N places.
const yearsPerBody = args.includes('--years') ? Number(args[args.indexOf('--years') + 1]) : 15;
const runs = args.includes('--runs') ? Math.max(1, Math.floor(Number(args[args.indexOf('--runs') + 1])) || 1) : 1;
if (runs > 1 && args.includes('--resume')) throw new Error('bench: --runs and --resume do not go together');
/** Folders set aside to delete at the end (see the head comment). */
const setAside: string[] = [];
/** Set `dir` aside, or delete it now when the disk could not hold it and as much again (100,000 reports: ~40 GB). */
function putAside(dir: string): void {
  if (!existsSync(dir)) return;
  const { files, bytes } = treeSize(dir); // hard links counted each time: an overestimate
  const fs = statfsSync(dirname(dir));
  if (fs.bavail * fs.bsize < 1.2 * bytes + 2 ** 30) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: ${dir} deleted now (${files} files, no room to keep it until the end): the next step creates files right after that deletion\n`);
    return;
  }
  const to = `${dir}.old-${process.pid}-${setAside.length}`;
  renameSync(dir, to);
  setAside.push(to);
}
const files = readdirSync(REPORTS).filter((f) => !['sources.csv', 'report-ids.csv', 'redirects.csv'].includes(f));

function benchParse(rounds = 20) {
  const inputs = files.map((f) => ({ f, bytes: readFileSync(join(REPORTS, f)) }));
  const totalBytes = inputs.reduce((s, x) => s + x.bytes.length, 0);
  for (const x of inputs) parseBytes(x.bytes, x.f); // warm-up
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const x of inputs) parseBytes(x.bytes, x.f);
  const ms = performance.now() - t0;
  return { files: inputs.length, rounds, msPerFile: ms / (rounds * inputs.length), mbPerSec: (totalBytes * rounds) / 1e6 / (ms / 1000) };
}

/** ms per file by format (txt, html, pdf, docx, doc): CPU time of this process (one core), so a busy machine skews it less than wall time. */
export async function benchFormats(rounds = 3) {
  const kind = (f: string, b: Buffer) => (b.subarray(0, 5).toString('latin1') === '%PDF-' ? 'pdf' : /\.(docx|doc|html?|js)$/i.exec(f)?.[1]?.toLowerCase().replace(/^htm$/, 'html').replace(/^js$/, 'html') ?? 'txt');
  const inputs = files.map((f) => { const bytes = readFileSync(join(REPORTS, f)); return { f, bytes, kind: kind(f, bytes) }; });
  for (const x of inputs) await parseBytesAsync(x.bytes, x.f); // warm-up (module loading, JIT)
  const out: Record<string, { files: number; cpuMsPerFile: number; wallMsPerFile: number }> = {};
  for (const k of [...new Set(inputs.map((x) => x.kind))].sort()) {
    const xs = inputs.filter((x) => x.kind === k);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const x of xs) await parseBytesAsync(x.bytes, x.f);
    const c = process.cpuUsage(c0);
    const n = rounds * xs.length;
    out[k] = { files: xs.length, cpuMsPerFile: Math.round((c.user + c.system) / 1000 / n), wallMsPerFile: Math.round((performance.now() - t0) / n) };
  }
  return out;
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// --heap-mb N: cap every step's V8 heap (so a run that would need more fails instead of swapping).
const heapArg = args.indexOf('--heap-mb');
const heapEnv: Record<string, string> = heapArg > 0 ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(args[heapArg + 1])}`.trim() } : {};

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMB(root: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // the process ended while we looked
    }
  }
  let pages = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return Math.round((pages * 4096) / 2 ** 20);
}

/**
 * Run a command: wall time and peak memory — the largest sum, sampled every 250 ms, of the resident
 * memory of the command and every process under it (npm, tsx, several `astro build` render processes).
 */
async function run(cmd: string, cmdArgs: string[], env: Record<string, string> = {}, log?: string): Promise<{ ms: number; cpuMs: number; peakMB: number; failed?: string }> {
  const t0 = performance.now();
  // GNU time gives the CPU time (user + system) of the command and every process it waited for.
  const cpuFile = join(ROOT, '.nianbao', 'bench', `cpu-${process.pid}.txt`);
  mkdirSync(dirname(cpuFile), { recursive: true });
  const timed = existsSync('/usr/bin/time');
  const child = spawn(timed ? '/usr/bin/time' : cmd, timed ? ['-f', '%U %S', '-o', cpuFile, cmd, ...cmdArgs] : cmdArgs, {
    cwd: ROOT,
    stdio: ['ignore', log ? openSync(log, 'w') : 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...heapEnv, ...env },
  });
  let peakMB = 0;
  const sample = () => {
    if (child.pid) peakMB = Math.max(peakMB, treeRssMB(child.pid));
  };
  const timer = setInterval(sample, 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const failed = code === 0 ? undefined : `exit code ${code}`;
  const ms = Math.round(performance.now() - t0);
  const cpu = timed ? (readFileSync(cpuFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  if (timed) rmSync(cpuFile, { force: true });
  const cpuMs = cpu.length === 2 && cpu.every(Number.isFinite) ? Math.round((cpu[0]! + cpu[1]!) * 1000) : 0;
  // Long runs (--scale 100000) report each step as it ends, with the machine's load.
  process.stderr.write(`bench: ${[cmd, ...cmdArgs].join(' ')}: ${failed ? `FAILED (${failed}) after ` : ''}${ms} ms (CPU ${cpuMs} ms), peak ${peakMB} MB, load ${load()}\n`);
  return failed ? { ms, cpuMs, peakMB, failed } : { ms, cpuMs, peakMB };
}

/**
 * From `astro build`'s log: pages, time generating pages, the build's time (the slowest process when
 * several ran, lines tagged `[i/n]`), and how many threads rendered (`build:site: N render workers`).
 */
function astroPhases(log: string): Record<string, number> {
  const ms = (t: string) => [...t.matchAll(/([\d.]+)(ms|m|s)\b/g)].reduce((s, m) => s + Number(m[1]) * (m[2] === 'm' ? 60000 : m[2] === 's' ? 1000 : 1), 0);
  // "12:00:01 ✓ Completed in 16.00s." (no [build] tag) ends the page generation
  const generated = [...log.matchAll(/^(?:\[\d+\/\d+\] )?\S+ ✓ Completed in (.+)\.$/gm)].map((m) => ms(m[1]!));
  const built = [...log.matchAll(/(\d+) page\(s\) built in (.+)$/gm)];
  const workers = /^build:site: (\d+) render workers?\b/m.exec(log);
  return {
    ...(generated.length ? { generateMs: Math.round(Math.max(...generated)) } : {}),
    ...(built.length ? { pages: built.reduce((s, m) => s + Number(m[1]), 0), builtMs: Math.round(Math.max(...built.map((m) => ms(m[2]!)))), renderProcesses: built.length } : {}),
    ...(workers ? { renderWorkers: Number(workers[1]) } : {}),
  };
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

function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

// The machine's own speed before and after (src/lib/bench/machine-speed.ts): figures from two runs
// compare as code only when these agree.
const speed = () => {
  const m = machineSpeed();
  process.stderr.write(`bench: machine speed ${m.cpuMs} ms of CPU for the fixed workload (lower is faster), load ${load()}\n`);
  return m.cpuMs;
};
const result: Record<string, unknown> = { loadBefore: load(), machineCpuMsBefore: speed() };
const dist = join(ROOT, '.nianbao', 'bench', 'dist');
const env = { NIANBAO_DIST: dist, NIANBAO_DATA: join(ROOT, '.nianbao', 'bench', 'data'), NIANBAO_CACHE: join(ROOT, '.nianbao', 'bench', 'cache') };
if (!args.includes('--no-site')) {
  result.parse = benchParse();
  result.formats = await benchFormats();
  result.buildMs = (await run('npm', ['run', '--silent', 'build'], env)).ms;
  result.sizes = pageSizes(dist);
}

if (scale > 0) {
  // The synthetic country (scripts/synthetic.ts) from the text reports of content/reports.
  const synth = join(ROOT, '.nianbao', 'bench', `synthetic-${scale}${yearsPerBody === 15 ? '' : `-y${yearsPerBody}`}`);
  const reports = join(synth, 'reports');
  const sdist = join(synth, 'dist');
  // --resume: keep the synthetic folder of an earlier run that stopped part-way (or was stopped to fix
  // a later step) and run only the steps its steps.json does not have yet.
  const resume = args.includes('--resume') && existsSync(join(synth, 'steps.json'));
  let inputBytes = 0;
  if (resume) {
    for (const f of readdirSync(reports)) inputBytes += statSync(join(reports, f)).size;
    process.stderr.write(`bench: resuming ${synth} (steps done: ${Object.keys(JSON.parse(readFileSync(join(synth, 'steps.json'), 'utf8')) as object).join(', ')}), load ${load()}\n`);
  } else {
    putAside(synth);
    mkdirSync(reports, { recursive: true });
    const sources = parseSources(readFileSync(join(REPORTS, 'sources.csv'), 'utf8'));
    const pool: SyntheticSource[] = files
      .filter((f) => /\.(txt|html?)$/i.test(f) && !sources.get(f)?.variant_of)
      .map((f) => {
        const bytes = readFileSync(join(REPORTS, f));
        return { file: f, text: bytes.toString('utf8'), meta: parseBytes(bytes, f).meta };
      })
      .filter((x) => !x.meta.yearInferred || x.meta.year != null);
    for (const r of syntheticReports(scale, pool, yearsPerBody)) {
      writeFileSync(join(reports, r.file), r.text);
      inputBytes += Buffer.byteLength(r.text);
    }
    writeFileSync(join(reports, 'sources.csv'), 'file,source,format,variant_of,original,notes\n');
    process.stderr.write(`bench: ${scale} synthetic reports (${Math.round(inputBytes / 1e6)} MB) written, load ${load()}\n`);
  }
  // its own parse cache, so a cold build is cold and the shared cache is not filled with synthetic records
  const senv = { ...env, NIANBAO_REPORTS: reports, NIANBAO_DIST: sdist, NIANBAO_DATA: join(synth, 'data'), NIANBAO_CACHE: join(synth, 'astro-cache'), NIANBAO_PARSE_CACHE: join(synth, 'parse-cache') };
  // The steps of `npm run build`, one by one and as it runs them: ingest (parse + downloads), astro
  // build, then linking the downloads and the Pagefind index side by side (scripts/finish-site.ts).
  // Each step's figures go to <synth>/steps.json as soon as it ends, so a run stopped part-way
  // (100,000 reports take hours on a shared machine) still tells how far it got.
  type Steps = Record<string, Awaited<ReturnType<typeof run>> & Record<string, unknown>>;
  const astroLog = join(synth, 'astro.log');
  async function coldBuild(steps: Steps): Promise<Steps> {
    for (const [name, cmd, cmdArgs] of [
      ['ingest', 'npm', ['run', '--silent', 'ingest']],
      ['astro', 'npm', ['run', '--silent', 'build:site']],
      ['finish', 'npx', ['tsx', 'scripts/finish-site.ts']],
    ] as const) {
      if (steps[name]) continue; // --resume: done in the earlier run
      steps[name] = { ...(await run(cmd, [...cmdArgs], senv, name === 'astro' ? astroLog : undefined)), load: load() };
      if (name === 'ingest' && existsSync(join(synth, 'data', 'ingest.json'))) {
        const ir = JSON.parse(readFileSync(join(synth, 'data', 'ingest.json'), 'utf8')) as { durationMs: number; downloadsMs?: number };
        Object.assign(steps[name], { parseMs: ir.durationMs, downloadsMs: ir.downloadsMs });
      }
      if (name === 'astro' && existsSync(astroLog)) Object.assign(steps[name], astroPhases(readFileSync(astroLog, 'utf8')));
      writeFileSync(join(synth, 'steps.json'), JSON.stringify(steps, null, 1));
      // linking downloads and Pagefind need the pages; nothing runs after a failed ingest or astro build
      if (steps[name].failed && (name === 'ingest' || name === 'astro')) break;
    }
    return steps;
  }
  const totalOf = (steps: Steps) => Object.values(steps).reduce((s, v) => s + v.ms, 0);
  const cpuOf = (steps: Steps) => Object.values(steps).reduce((s, v) => s + v.cpuMs, 0);
  const peakOf = (steps: Steps) => Math.max(...Object.values(steps).map((v) => v.peakMB));
  const stepMsOf = (steps: Steps) => Object.fromEntries(Object.entries(steps).map(([k, v]) => [`${k}Ms`, v.ms]));
  const allRuns: Steps[] = [];
  // under --runs, each run's own machine speed (measured just before it): the runs compare as code only where these agree
  const runSpeeds: number[] = [];
  for (let k = 0; k < runs; k++) {
    if (k > 0) for (const d of ['data', 'dist', 'astro-cache', 'parse-cache']) putAside(join(synth, d));
    if (runs > 1) runSpeeds.push(speed());
    allRuns.push(await coldBuild(k === 0 && resume ? JSON.parse(readFileSync(join(synth, 'steps.json'), 'utf8')) : {}));
    if (runs > 1) process.stderr.write(`bench: cold run ${k + 1} of ${runs}: ${totalOf(allRuns[k]!)} ms, load ${load()}\n`);
  }
  const steps = allRuns[allRuns.length - 1]!;
  const out = existsSync(sdist) ? treeSize(sdist) : { files: 0, bytes: 0 };
  const synthetic: Record<string, unknown> = {
    reports: scale,
    yearsPerBody,
    bodies: new Set(readdirSync(reports).map((f) => /^s(\d+)-/.exec(f)?.[1]).filter(Boolean)).size,
    inputMB: Math.round(inputBytes / 1e5) / 10,
    ...stepMsOf(steps),
    cpuMs: cpuOf(steps),
    steps,
    totalMs: totalOf(steps),
    ...(runs > 1
      ? {
          runs: allRuns.map((r, k) => ({ totalMs: totalOf(r), cpuMs: cpuOf(r), peakMB: peakOf(r), machineCpuMs: runSpeeds[k], ...stepMsOf(r) })),
          medianTotalMs: median(allRuns.map(totalOf)),
        }
      : {}),
    peakMB: peakOf(steps),
    peakMBByStep: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, v.peakMB])),
    dist: { files: out.files, MB: Math.round(out.bytes / 1e5) / 10 },
    sizes: existsSync(sdist) ? pageSizes(sdist) : {},
    ...(Object.values(steps).some((v) => v.failed) ? { failed: Object.fromEntries(Object.entries(steps).filter(([, v]) => v.failed).map(([k, v]) => [k, v.failed])) } : {}),
  };
  if (args.includes('--incremental')) {
    // The same folder again (every record from the parse cache), then one changed file.
    synthetic.unchangedIngestMs = (await run('npm', ['run', '--silent', 'ingest'], senv)).ms;
    const one = readdirSync(reports).find((f) => !['sources.csv', 'report-ids.csv', 'redirects.csv'].includes(f))!;
    writeFileSync(join(reports, one), readFileSync(join(reports, one), 'utf8') + '\n');
    synthetic.oneChangedBuildMs = (await run('npm', ['run', '--silent', 'build'], senv)).ms;
  }
  result.synthetic = synthetic;
}
result.loadAfter = load();
result.machineCpuMsAfter = speed();
// and any a stopped bench left behind
const BENCH = join(ROOT, '.nianbao', 'bench');
const leftOver = existsSync(BENCH) ? readdirSync(BENCH).filter((f) => /\.old-\d+-\d+$/.test(f)).map((f) => join(BENCH, f)) : [];
for (const dir of new Set([...setAside, ...leftOver])) rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
