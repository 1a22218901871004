// content/reports/* → .nianbao/data/{reports/<id>.json, ingest.json}. Every input file ends up
// either as a report record, as a variant of another file's report, or as an error entry.
import { threadCpuMs } from '../src/lib/thread-cpu.ts';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { failed, internalError } from '../src/lib/parse/index.ts';
import { isDocument } from '../src/lib/parse/formats/index.ts';
import { originalFileName } from '../src/lib/records/original.ts';
import { cachedParse, DEFAULT_CACHE_DIR, type CachedParse } from '../src/lib/records/parse-cache.ts';
import { codeFilesUnder, inputsFingerprint, writerCode } from '../src/lib/records/ingest-inputs.ts';
import { readPack, writePack } from '../src/lib/records/summary-pack.ts';
import { placeKey, placeName } from '../src/lib/places/index.ts';
import { crossYearChecks } from '../src/lib/validate/index.ts';
import { catalogVersion } from '../src/lib/catalog/index.ts';
import { assignReportIds, readIdRegistry, readRedirects, writeIdRegistry, writeRedirects } from '../src/lib/records/report-id.ts';
import { readSources } from '../src/lib/records/sources.ts';
import { valueDifferences, variantPrimaries } from '../src/lib/records/variants.ts';
import { sourceInfoOf } from '../src/lib/records/source-info.ts';
import type { IngestEntry, IngestReport, SiteReport } from '../src/lib/records/model.ts';
import { resolveRedirects } from '../src/lib/records/report-id.ts';
import { summarize, withChecks, writeSummaries, type RecordSummary, type ReportSummary } from '../src/lib/records/summary.ts';
import { SummaryCodec } from '../src/lib/records/summary-file.ts';
import { sortSiteOrder } from '../src/lib/records/store.ts';
import { exportCombinedAsync, exportRelease, prepareCombined, writeSizes, type CombinedOffload, type DownloadSizes } from '../src/lib/records/export.ts';
import { combinedKey, readManifest, reportKey, writeManifest, type WrittenManifest } from '../src/lib/records/written-manifest.ts';
import { cellsOfLines, type DownloadRecord, type ValueLines } from '../src/lib/site/downloads.ts';
import { siteRecord, writeReport, type SiteAdditions, type Written } from '../src/lib/records/write.ts';
import { buildTime, makeRelease } from '../src/lib/site/release.ts';
import { watchCpuBudget } from '../src/lib/records/cpu-budget.ts';
import { workerBundle } from './ingest-bundle.ts';
import { INGEST_SCRIPTS } from './ingest-scripts.ts';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = process.env.NIANBAO_REPORTS ?? join(ROOT, 'content', 'reports');
const OUT = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
/** Per-file budget of a parse on a worker, in the worker's CPU time (NIANBAO_PARSE_TIMEOUT_MS, default 5 s). */
const BUDGET_MS = Number(process.env.NIANBAO_PARSE_TIMEOUT_MS) > 0 ? Number(process.env.NIANBAO_PARSE_TIMEOUT_MS) : 5000;
const CACHE = process.env.NIANBAO_PARSE_CACHE ?? DEFAULT_CACHE_DIR;
// Kept beside the reports they are about (committed with them): ids given, and redirects of old ids.
const ID_REGISTRY = join(REPORTS, 'report-ids.csv');
const REDIRECTS = join(REPORTS, 'redirects.csv');

/** Why a name in the reports folder is not a report file, or null when it is one. */
function skipReason(name: string, isFile: boolean): string | null {
  if (!isFile) return '不是普通文件（目录或链接）';
  if (name === 'sources.csv') return '来源表 sources.csv';
  if (name === 'report-ids.csv') return '报告编号表 report-ids.csv';
  if (name === 'redirects.csv') return '跳转表 redirects.csv';
  if (/^readme(\.(md|txt))?$/i.test(name)) return '说明文件';
  if (name.startsWith('.')) return '隐藏文件（文件名以“.”开头）';
  return null;
}

/**
 * A worker's young generation (V8's new space is two thirds of it: 128 MB, as --max-semi-space-size=64
 * gives a process; a worker's default is 48 MB): parsing allocates many short-lived strings and
 * arrays, and fewer scavenges cost less. parseBytes of 2,000 synthetic files, process CPU, A/B twice
 * at load 7–12: 4.14 / 4.37 ms a file by default, 3.94 / 4.02 ms at semi-space 64 MB.
 * `npm run ingest` gives the whole process --max-semi-space-size=64 (package.json), which holds for
 * every thread: the main thread, which takes in every record's summary and value cells (most of what
 * it allocates lives on), scavenged 185 times for 1.9 s at a cold 10,000 with its default 16 MB, 57
 * times for 1.0 s at 64 MB (ingest alone, alternating ×3: 35.35 → 34.64 s). This is the size for
 * workers started without that flag.
 */
const YOUNG_MB = 192;

/**
 * Value cells (site/downloads.ts ValueLines) the main thread keeps from the workers for the /data/
 * CSVs, at most this many in all (~60 bytes each); past it exportCombined makes them from the summaries.
 */
const KEEP_LINES = 2_000_000;

/**
 * Characters of the workers' summary lines the main thread keeps (records/summary-file.ts
 * writeSummaries `lineOf`: a report's line is its worker's with ingest's members spliced in, instead
 * of encoding the summary again); past it summaries are encoded.
 */
const KEEP_SUMMARY_CHARS = 64_000_000;

/**
 * Files posted to a worker at once: the one it parses and the next, so that it goes on without
 * waiting for this thread to take its answer and post another (one round trip per file, and this
 * thread shares the cores with the workers).
 */
const IN_FLIGHT = 2;

/** PDF and Office files take longer than text (page layout, fonts): they get this many budgets. */
const DOCUMENT_BUDGETS = 4;

function budgetFor(path: string): number {
  try {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(1024);
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return isDocument(head.subarray(0, n)) ? BUDGET_MS * DOCUMENT_BUDGETS : BUDGET_MS;
  } catch {
    return BUDGET_MS;
  }
}
// `--shard i/n`: only parse files i, i+n, i+2n, … (1-based) into the parse cache and write nothing
// else; a later plain `npm run ingest` over the whole folder (with the shards' caches copied into one)
// then parses nothing. See README, "National scale".
const shardArg = process.argv.indexOf('--shard');
const shard = shardArg > 0 ? (process.argv[shardArg + 1] ?? '').split('/').map(Number) : null;
if (shard && !(shard.length === 2 && shard[0]! >= 1 && shard[0]! <= shard[1]!)) throw new Error('--shard takes i/n with 1 ≤ i ≤ n');

const started = performance.now();
// NIANBAO_INGEST_TIMELINE=1: each step's time since the process started, on stderr at the end
const timeline: Array<[string, number]> = [['script start', started]];
const mark = (what: string) => void (process.env.NIANBAO_INGEST_TIMELINE && timeline.push([what, performance.now()]));
const cpuNow = () => Math.round(threadCpuMs());
// NIANBAO_INGEST_PROFILE=<dir>: each worker thread writes a CPU profile there (run ingest itself with --cpu-prof for this thread's)
const profileArgs = process.env.NIANBAO_INGEST_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.NIANBAO_INGEST_PROFILE] : [];
const sourcesPath = join(REPORTS, 'sources.csv');
const sourcesText = existsSync(sourcesPath) ? readFileSync(sourcesPath, 'utf8') : '';
const { rows: sources, problems: sourceProblems } = readSources(sourcesText);
// Every name in the folder is accounted for: parsed, or skipped with its reason.
const skipped: Array<{ file: string; reason: string }> = [];
const allFiles: string[] = [];
for (const e of readdirSync(REPORTS, { withFileTypes: true })) {
  const why = skipReason(e.name, e.isFile());
  if (why) skipped.push({ file: e.name, reason: why });
  else allFiles.push(e.name);
}
allFiles.sort();
const files = shard ? allFiles.filter((_, i) => i % shard[1]! === shard[0]! - 1) : allFiles;
mark('listed');

const FINGERPRINT_FILE = join(OUT, 'inputs.sha256');
// The version of ingest's code: it keys the fingerprint, the written files and the workers' bundle.
const writer = writerCode([...INGEST_SCRIPTS.map((f) => join(import.meta.dirname, f)), ...codeFilesUnder(join(ROOT, 'src', 'lib', 'site'))]);
mark('writer code');

const paths = files.map((f) => join(REPORTS, f));
// With no earlier output to compare with, everything is parsed: the workers start now, and the
// fingerprint is made afterwards from the cache keys they computed (not by hashing every file here too).
const early = (shard || !existsSync(FINGERPRINT_FILE)) && workerCount(paths.length) > 0 ? parseAll(paths) : null;

// Nothing changed since the last ingest into OUT (same file names and bytes, sources.csv, parser,
// scripts and the site modules the writers use): its output stands as it is.
const knownFingerprint = shard || early ? null : inputsFingerprint(paths, sourcesText, writer);
if (knownFingerprint !== null && existsSync(join(OUT, 'ingest.json')) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8') === knownFingerprint) {
  process.stderr.write(`ingest: ${files.length} files unchanged since the last ingest into ${OUT} (${Math.round(performance.now() - started)} ms)\n`);
  process.exit(0);
}

const pool = await (early ?? parseAll(paths));
mark('parsed');
const records = pool.records;
if (shard) {
  await pool.finish(new Map());
  pool.close();
  const hits = pool.hits();
  process.stderr.write(`ingest: shard ${shard.join('/')}: ${files.length} files parsed into ${CACHE} (${hits} from the cache; ${Math.round(performance.now() - started)} ms)\n`);
  process.exit(0);
}
const fingerprint = knownFingerprint ?? inputsFingerprint(paths, sourcesText, writer, pool.keys);
mark('fingerprint');

/**
 * Parse every file on worker threads (NIANBAO_INGEST_WORKERS overrides the count; 0 parses on this
 * thread, without a time budget). Each worker parses one file at a time against BUDGET_MS of its CPU time: a parse
 * that runs over (or a worker that dies) becomes that file's error record (超时 / 解析出错), the
 * worker is replaced, and the files it had parsed are parsed again by the others, so the pool
 * carries on. Records come back in file order whatever the scheduling. The workers stay up and keep
 * their records: `finish` has each write the record files and per-report downloads of the records
 * it parsed (see scripts/ingest-worker.ts).
 */
/** How many workers parseAll starts for `files` files (0: it parses on this thread). */
function workerCount(files: number): number {
  const env = process.env.NIANBAO_INGEST_WORKERS;
  const wanted = env !== undefined && env !== '' ? Number(env) : availableParallelism();
  if (!(wanted >= 1) || files === 0) return 0;
  // A worker costs about a second to start: one per 50 files, at least one.
  return Math.max(1, Math.min(wanted, Math.floor(files / 50)));
}

async function parseAll(paths: string[]): Promise<{ records: RecordSummary[]; keys: Array<string | null>; sha256s?: Array<string | null>; lines: Array<ValueLines | null>; summaryLines?: Array<string | null>; hits: () => number; finish: (adds: Map<number, SiteAdditions>) => Promise<Written & { cpuMs: Array<[number, number]> }>; offload: CombinedOffload; close: () => void; cpuMs: (finished: Array<[number, number]>) => Array<[number, number]> }> {
  const n = workerCount(paths.length);
  if (n === 0) {
    const parsed: CachedParse[] = [];
    for (const p of paths) parsed.push(await cachedParse(p, CACHE));
    const records = parsed.map((x) => summarize(x.record));
    const finish = async (adds: Map<number, SiteAdditions>) => {
      const written: Written = { sizes: {}, hashes: {} };
      for (const [i, add] of adds) writeReport(siteRecord(parsed[i]!.record, add), OUT, written);
      return { ...written, cpuMs: [] };
    };
    return { records, keys: parsed.map((x) => x.key), lines: [], hits: () => parsed.filter((x) => x.hit).length, finish, offload: {}, close: () => {}, cpuMs: (x: Array<[number, number]>) => x };
  }
  const out: RecordSummary[] = new Array(paths.length);
  const keys: Array<string | null> = new Array(paths.length).fill(null);
  // each file's sha256 as its worker hashed the bytes it read (null: not read there)
  const sha256s: Array<string | null> = new Array(paths.length).fill(null);
  // each freshly parsed report's value lines, as its worker made them for data.csv (up to KEEP_LINES cells)
  const lines: Array<ValueLines | null> = new Array(paths.length).fill(null);
  let keptLines = 0;
  // each summary's line as its worker sent it (up to KEEP_SUMMARY_CHARS): summaries.ndjson is written from it
  const summaryLines: Array<string | null> = new Array(paths.length).fill(null);
  let keptLineChars = 0;
  // summaries as they are read back from summaries.ndjson: equal provenance shares one object
  const codec = new SummaryCodec();
  const owner: number[] = new Array(paths.length);
  const queue = paths.map((_, i) => i);
  let hits = 0;
  // the worker as one plain module (scripts/ingest-bundle.ts), or through tsx when that cannot be made
  const bundle = await workerBundle(join(import.meta.dirname, 'ingest-worker.ts'), writer);
  mark('bundle');
  // the last ingest's summary lines, one read into memory every worker shares (records/summary-pack.ts)
  const pack = readPack(CACHE);
  mark('summary pack');
  const workerUrl = bundle ?? new URL('./ingest-worker.ts', import.meta.url);
  const execArgv = [...(bundle ? [] : ['--import', 'tsx']), ...profileArgs];
  interface Slot { w: Worker; kept: number[] }
  const slots: Slot[] = [];
  // Workers load the PDF reader up front only when there are documents to read. Which files are
  // documents (their budgets) is found while the first workers start; those are then asked to warm up
  // before their first file, a worker started later (a replacement) is told at its start.
  const budgets: number[] = [];
  const budget = (i: number) => (budgets[i] ??= budgetFor(paths[i]!));
  let anyDocument: boolean | null = null;
  await new Promise<void>((resolve, reject) => {
    let running = n;
    const start = (si: number) => {
      const w = new Worker(workerUrl, { execArgv, workerData: { warmUp: anyDocument === true, pack }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      let warmedUp = anyDocument !== null;
      const slot: Slot = { w, kept: [] };
      slots[si] = slot;
      // the files posted to this worker, in order: the first is being parsed, the next waits in its queue
      const inflight: number[] = [];
      let cancelBudget = () => {};
      let dead = false;
      let ready = false;
      // The file being parsed gets `record`; the files this worker kept or had waiting are parsed again elsewhere.
      const replace = (record: ReturnType<typeof failed>) => {
        if (dead) return;
        dead = true;
        // a worker that cannot even start is not a file's fault: stop instead of restarting forever
        if (!ready) return reject(new Error(`ingest worker failed to start: ${record.errors[0]?.message}`));
        cancelBudget();
        detach();
        w.on('error', () => {});
        void w.terminate();
        const busy = inflight.shift();
        if (busy !== undefined) {
          out[busy] = summarize(record);
          lines[busy] = null;
        }
        queue.unshift(...slot.kept, ...inflight);
        start(si);
      };
      // The budget of the file the worker is now parsing, counted from `cpu`: its thread's CPU time
      // when it posted the previous answer (it then starts on the next file at once).
      const watch = (cpu: number) => {
        const i = inflight[0];
        if (i === undefined) return;
        const ms = budget(i);
        cancelBudget = watchCpuBudget(w, ms, () => replace(failed(basename(paths[i]!), { code: 'timeout', message: `超时 (解析用去 ${ms} ms 处理器时间仍未完成，已中止)` })), cpu);
      };
      // keep IN_FLIGHT files posted, so the worker never waits for this thread between two files
      const dispatch = () => {
        while (inflight.length < IN_FLIGHT) {
          const i = queue.shift();
          if (i === undefined) break;
          inflight.push(i);
          w.postMessage({ paths: [paths[i]], start: i, cache: CACHE });
        }
        if (inflight.length === 0) {
          detach();
          if (--running === 0) resolve();
        }
      };
      const onMessage = (m: { ready?: true; cpu: number; start: number; records: string[]; keys: Array<string | null>; sha256s: Array<string | null>; lines: Array<ValueLines | null>; hits: number }) => {
        if (!ready) mark(`worker ${si} ready`);
        ready = true;
        if (m.ready) {
          if (!warmedUp && anyDocument) {
            warmedUp = true;
            return w.postMessage({ warmUp: true });
          }
          dispatch();
          return watch(m.cpu);
        }
        if (m.start === 0 || queue.length === 0) mark(`record ${m.start}`);
        cancelBudget();
        inflight.shift();
        owner[m.start] = si;
        slot.kept.push(m.start);
        watch(m.cpu);
        // the worker's next file first, then this one's summary
        dispatch();
        out[m.start] = codec.decode(m.records[0]!);
        if (keptLineChars + m.records[0]!.length <= KEEP_SUMMARY_CHARS) {
          summaryLines[m.start] = m.records[0]!;
          keptLineChars += m.records[0]!.length;
        }
        keys[m.start] = m.keys[0] ?? null;
        sha256s[m.start] = m.sha256s[0] ?? null;
        const l = m.lines[0] ?? null;
        if (l && keptLines + l.ids.length <= KEEP_LINES) {
          lines[m.start] = l;
          keptLines += l.ids.length;
        }
        hits += m.hits;
      };
      const onError = (e: Error) => replace(internalError(basename(paths[inflight[0] ?? 0]!), e));
      const onExit = (code: number) => replace(internalError(basename(paths[inflight[0] ?? 0]!), new Error(`worker exited with ${code}`)));
      // (never removeAllListeners on a Worker: that also drops Node's own listeners that ref its port)
      const detach = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
    };
    for (let si = 0; si < n; si++) start(si);
    anyDocument = paths.some((_, i) => budget(i) > BUDGET_MS);
    mark('budgets');
  });
  // After parsing, each worker answers jobs in the order they were posted (one at a time): the
  // record files and downloads of its reports (finish), then parts of the /data/ files (export.ts CombinedOffload).
  const answers = slots.map(({ w }) => {
    const waiting: Array<{ resolve: (m: unknown) => void; reject: (e: Error) => void }> = [];
    const fail = (e: Error) => {
      for (const x of waiting.splice(0)) x.reject(e);
    };
    w.on('message', (m: unknown) => waiting.shift()?.resolve(m));
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`ingest worker exited with ${code}`)));
    return <T,>(msg: unknown): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ resolve: resolve as (m: unknown) => void, reject });
        w.postMessage(msg);
      });
  });
  const finish = (adds: Map<number, SiteAdditions>) =>
    Promise.all(
      answers.map((ask, wi) => {
        const mine = [...adds].filter(([i]) => owner[i] === wi).map(([index, add]) => ({ index, add }));
        return ask<Written & { cpuMs: [number, number] }>({ finish: mine, out: OUT, cache: CACHE });
      }),
    ).then((all) => ({ sizes: Object.assign({}, ...all.map((x) => x.sizes)) as DownloadSizes, hashes: Object.assign({}, ...all.map((x) => x.hashes)) as Written['hashes'], cpuMs: all.map((x) => x.cpuMs) }));
  /** Each worker's CPU: parsing, then writing (its reports' files and the /data/ parts it was given). */
  const cpuMs = (finished: Array<[number, number]>) => finished.map(([parse, write], wi): [number, number] => [parse, write + jobCpu[wi]!]);
  // the long CSV goes to the first worker, the indicator CSVs and the XLSX to the last (the same one
  // when there is one); their CPU counts in the worker's writing figure
  const jobCpu = slots.map(() => 0);
  const job = <T,>(wi: number, msg: unknown) => answers[wi]!<T & { cpuMs: number }>(msg).then((m) => ((jobCpu[wi]! += m.cpuMs), m));
  const offload: CombinedOffload = {
    long: (x) => job<{ size: number }>(0, { long: x }).then((m) => m.size),
    indicators: (x) => job<{ sizes: DownloadSizes }>(slots.length - 1, { indicators: x }).then((m) => m.sizes),
    xlsx: (x) => job(slots.length - 1, { xlsx: x }),
  };
  const close = () => slots.forEach(({ w }) => w.postMessage(null));
  return { records: out, keys, sha256s, lines, summaryLines, hits: () => hits, finish, offload, close, cpuMs };
}

// Which report every readable file belongs to (variants, chains, cycles, variants of unreadable files).
const readable = new Set(records.filter((r) => r.errors.length === 0).map((r) => r.file));
const belongsTo = variantPrimaries(files, (f) => sources.get(f)?.variant_of || undefined, readable);
mark('variantPrimaries');
const primaries = records.filter((r) => readable.has(r.file) && belongsTo.get(r.file)!.primary === null);
const keys = primaries.map((r) => placeKey(r.meta));
const variantsOf = new Map<string, string[]>();
for (const [file, { primary }] of belongsTo) if (primary) variantsOf.set(primary, [...(variantsOf.get(primary) ?? []), file]);
// Ids from the registry (content/report-ids.csv): a published id never moves (see records/report-id.ts).
const registryText = existsSync(ID_REGISTRY) ? readFileSync(ID_REGISTRY, 'utf8') : '';
const registry = readIdRegistry(registryText);
const registered = new Set(registry.map((e) => e.file));
const fileIndex = new Map(files.map((f, i) => [f, i]));
const sha = (file: string) => pool.sha256s?.[fileIndex.get(file)!] ?? createHash('sha256').update(readFileSync(join(REPORTS, file))).digest('hex');
const assigned = assignReportIds(
  primaries.map((r, i) => ({ file: r.file, placeKey: keys[i]!, year: r.meta.year, sha256: registered.has(r.file) ? undefined : sha(r.file), also: variantsOf.get(r.file) ?? [] })),
  registry,
);
const ids = assigned.ids;
mark('assignReportIds');
const redirectsText = existsSync(REDIRECTS) ? readFileSync(REDIRECTS, 'utf8') : '';
const redirectRows = [...readRedirects(redirectsText), ...assigned.redirects];
if (!shard) {
  const nextRegistry = writeIdRegistry(assigned.registry);
  if (nextRegistry !== registryText) writeFileSync(ID_REGISTRY, nextRegistry);
  if (assigned.redirects.length) writeFileSync(REDIRECTS, writeRedirects(redirectRows));
}

let site: ReportSummary[] = primaries.map((r, i) => ({ ...r, id: ids[i]!, placeKey: keys[i]!, placeName: placeName(r.meta), variants: [] }));
const sourceInfo = (r: ReportSummary): SiteReport['sourceInfo'] => {
  const s = sources.get(r.file);
  return s ? sourceInfoOf(s as unknown as Partial<Record<string, string>>) : null;
};
const byFile = new Map(site.map((r) => [r.file, r]));

const entries: IngestEntry[] = [
  ...records.map((r): IngestEntry => {
    const base = { file: r.file, errors: r.errors, valueCount: Object.keys(r.values).length };
    if (r.errors.length) return { ...base, status: 'error', reportId: null, variantOf: null };
    const { primary: variantOf, note } = belongsTo.get(r.file)!;
    const withNote = note ? { note } : {};
    if (variantOf) {
      const primary = byFile.get(variantOf)!;
      const differences = valueDifferences(primary.values, r.values);
      primary.variants.push({ file: r.file, sameValues: differences.length === 0, differences });
      return { ...base, status: 'variant', reportId: primary.id, variantOf, ...withNote };
    }
    return { ...base, status: 'report', reportId: byFile.get(r.file)!.id, variantOf: null, ...withNote };
  }),
  ...skipped.map((x): IngestEntry => ({ file: x.file, status: 'skipped', reportId: null, variantOf: null, errors: [], valueCount: 0, note: x.reason })),
].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
mark('entries');

mark('site');
const xyear = crossYearChecks(
  site.map((r) => ({ id: r.id, placeKey: r.placeKey, year: r.meta.year, template: r.meta.template, variant: r.meta.variant, values: { ...r.derived, ...r.values } })),
);
site = site.map((r) => withChecks(r, xyear.get(r.id) ?? []));
mark('crossYear+withChecks');

// What the last ingest into OUT wrote (records/written-manifest.ts): a report whose record and
// additions are unchanged keeps its files; the /data/ files are kept when no report changed. A
// manifest of other code (or none) means everything is written again, into an emptied OUT.
const writerVersion = createHash('sha256').update(writer).digest('hex');
const previous = readManifest(OUT, writerVersion);
if (!previous) rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'reports'), { recursive: true });
// Record files and each report's own downloads are written by the workers that parsed them, while
// this thread writes the downloads about all reports (validated by the workers, in site order);
// everything is linked into the built site by `tsx scripts/export-data.ts --install` after `astro build`.
const parsedMs = Math.round(performance.now() - started);
const exportStarted = performance.now();
const downloads = join(OUT, 'downloads');
mkdirSync(join(downloads, 'reports'), { recursive: true });
const recordIndex = new Map(records.map((r, i) => [r, i]));
const adds = new Map<number, SiteAdditions>();
const manifest: WrittenManifest = { writer: writerVersion, reports: {}, combined: null };
const reportKeys = new Map<string, string | null>();
const kept: Written = { sizes: {}, hashes: {} };
primaries.forEach((r, i) => {
  const x = site[i]!;
  const index = recordIndex.get(r)!;
  const add: SiteAdditions = { id: x.id, placeKey: x.placeKey, placeName: x.placeName, variants: x.variants, sourceInfo: sourceInfo(x), extraChecks: xyear.get(x.id) ?? [] };
  const key = reportKey(pool.keys[index] ?? null, add);
  reportKeys.set(x.id, key);
  const old = previous?.reports[x.id];
  if (key !== null && old?.key === key && existsSync(join(OUT, 'reports', `${x.id}.json`))) {
    manifest.reports[x.id] = old;
    Object.assign(kept.sizes, old.sizes);
    kept.hashes[x.id] = old.hash;
    return;
  }
  // a new inode: the old files may be hard-linked into a built site (without a manifest OUT was just emptied)
  if (previous) {
    rmSync(join(downloads, 'reports', x.id), { recursive: true, force: true });
    rmSync(join(OUT, 'reports', `${x.id}.json`), { force: true });
  }
  adds.set(index, add);
});
// reports that are gone (or moved to another id) leave no files behind
const liveIds = new Set(site.map((x) => x.id));
for (const f of readdirSync(join(OUT, 'reports'))) if (f.endsWith('.json') && !liveIds.has(f.slice(0, -5))) rmSync(join(OUT, 'reports', f), { force: true });
for (const d of readdirSync(join(downloads, 'reports'))) if (!liveIds.has(d)) rmSync(join(downloads, 'reports', d), { recursive: true, force: true });
const mainParsedCpu = cpuNow();
mark('adds');
const perReport = pool.finish(adds);
const rewritten = new Set([...adds.values()].map((a) => a.id));
// the original PDF/DOCX/DOC of a report goes into the site beside its downloads (src/lib/records/original.ts)
const originals = Promise.resolve(perReport).then(() => {
  for (const x of site) {
    if (!x.format || !rewritten.has(x.id)) continue;
    const dir = join(downloads, 'reports', x.id);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(REPORTS, x.file), join(dir, originalFileName(x.format)));
  }
});
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const inSiteOrder = sortSiteOrder([...site]);
mark('sortSiteOrder');
const release = makeRelease(packageVersion, fingerprint, buildTime());
const sourceUrl = (r: DownloadRecord) => sourceInfo(r as ReportSummary)?.url;
const allKey = combinedKey(inSiteOrder.map((x) => ({ id: x.id, key: reportKeys.get(x.id) ?? null, url: sourceUrl(x) })));
let combined: Promise<DownloadSizes>;
let indicatorKeys: Record<string, string> = {};
if (previous?.combined?.key === allKey && existsSync(join(downloads, 'data', 'nianbao-wide.xlsx'))) {
  // no report changed: only the release (fingerprint, build time) is new
  combined = Promise.resolve({ ...previous.combined.sizes, ...exportRelease(downloads, release) });
  indicatorKeys = previous.combined.indicatorKeys ?? {};
} else {
  // an indicator CSV whose rows come from unchanged reports is kept (export.ts CombinedOptions)
  prepareCombined(downloads, { keepIndicatorFiles: previous !== null });
  // the value cells the workers made for each report's data.csv serve the /data/ CSVs too (no second valueCells here)
  const linesOf = new Map<string, ValueLines>();
  primaries.forEach((r, i) => {
    const l = pool.lines[recordIndex.get(r)!];
    if (l) linesOf.set(site[i]!.id, l);
  });
  const cells = (r: DownloadRecord) => {
    const l = linesOf.get(r.id);
    return l ? cellsOfLines(l) : null;
  };
  // The XLSX is written in the same place, so it too is kept when nothing changed; it and the
  // indicator CSVs are written by the workers once they have written their reports' files (this
  // thread writes the rest now, and the summaries while the workers write those).
  combined = exportCombinedAsync(inSiteOrder, downloads, release, { sourceUrl, reportKey: (r) => reportKeys.get(r.id) ?? null, previousKeys: previous?.combined?.indicatorKeys, keys: indicatorKeys, cells }, pool.offload);
mark('exportCombined (this thread)');
}
await originals;
const fresh = await perReport;
mark('workers written');
const written: Written = { sizes: { ...kept.sizes, ...fresh.sizes }, hashes: { ...kept.hashes, ...fresh.hashes } };
// each rewritten report's files, grouped by id in one pass (/reports/<id>/<file>)
const freshSizes = new Map<string, Record<string, number>>();
for (const [path, size] of Object.entries(fresh.sizes)) {
  const id = /^\/reports\/([^/]+)\//.exec(path)?.[1];
  if (id === undefined) continue;
  let sizes = freshSizes.get(id);
  if (!sizes) freshSizes.set(id, (sizes = {}));
  sizes[path] = size;
}
for (const a of adds.values()) manifest.reports[a.id] = { key: reportKeys.get(a.id)!, hash: fresh.hashes[a.id]!, sizes: freshSizes.get(a.id) ?? {} };
writeSummaries(
  OUT,
  inSiteOrder.map((s) => ({ ...s, hash: written.hashes[s.id]! })),
  (s) => pool.summaryLines?.[fileIndex.get(s.file)!] ?? null,
);
// this ingest's summary lines by cache key, for the next ingest's workers (a cache that cannot be written only loses that)
if (pool.summaryLines) {
  const lines = pool.summaryLines;
  try {
    writePack(CACHE, (function* () {
      for (const [i, key] of pool.keys.entries()) if (key !== null && lines[i]) yield [key, lines[i]] as const;
    })());
  } catch (e) {
    process.stderr.write(`ingest: the summary pack was not written (${e instanceof Error ? e.message : String(e)})\n`);
  }
}
mark('summaries');
const combinedSizes = await combined;
mark('exportCombined (workers)');
pool.close();
manifest.combined = { key: allKey, sizes: combinedSizes, indicatorKeys };
writeSizes(downloads, { ...combinedSizes, ...written.sizes });
// a report key is null for a file whose cache key is unknown: it is written again next time
manifest.reports = Object.fromEntries(Object.entries(manifest.reports).filter(([, w]) => w.key !== null));
writeManifest(OUT, manifest);
mark('manifest');
const exportMs = Math.round(performance.now() - exportStarted);
const count = (st: string) => entries.filter((e) => e.status === st).length;
// The accounting equation: every name in the folder is a report page, a variant attached to one,
// an error with its reason, or skipped with its reason.
const accounting = { files: files.length + skipped.length, reports: count('report'), variants: count('variant'), errors: count('error'), skipped: count('skipped') };
const balanced = accounting.files === accounting.reports + accounting.variants + accounting.errors + accounting.skipped && new Set(site.map((r) => r.id)).size === site.length;
const report: IngestReport = {
  generatedAt: new Date().toISOString(),
  catalogVersion,
  files: entries,
  durationMs: parsedMs,
  downloadsMs: exportMs,
  cpuMs: { main: [mainParsedCpu, cpuNow() - mainParsedCpu], workers: pool.cpuMs(fresh.cpuMs) },
  accounting,
  redirects: [...resolveRedirects(redirectRows, new Set(ids))].map(([from, to]) => ({ from, to })),
};
writeFileSync(join(OUT, 'ingest.json'), JSON.stringify(report, null, 1));
writeFileSync(FINGERPRINT_FILE, fingerprint);
mark('done');

const cpuText = (c: NonNullable<IngestReport['cpuMs']>) => [['main', c.main], ...c.workers.map((w, i) => [`worker ${i + 1}`, w] as const)].map(([who, [a, b]]) => `${who} ${a} + ${b} ms`).join(', ');
process.stderr.write(
  `ingest: ${accounting.files} files = ${accounting.reports} report pages + ${accounting.variants} variants + ${accounting.errors} errors + ${accounting.skipped} skipped; ${pool.hits()} from the parse cache (${report.durationMs} ms; downloads ${exportMs} ms: ${adds.size} reports' files written, ${site.length - adds.size} kept${manifest.combined && previous?.combined?.key === allKey ? ', /data/ kept' : ''}; CPU ${cpuText(report.cpuMs!)})\n`,
);
for (const e of entries.filter((x) => x.status === 'error')) process.stderr.write(`  ✗ ${e.file}: ${e.errors.map((x) => x.message).join('; ')}\n`);
for (const e of entries.filter((x) => x.status === 'skipped')) process.stderr.write(`  – ${e.file}: ${e.note}\n`);
for (const p of sourceProblems) process.stderr.write(`  ! ${p}\n`);
if (process.env.NIANBAO_INGEST_TIMELINE) {
  let last = 0;
  for (const [what, t] of timeline) {
    process.stderr.write(`  @ ${Math.round(t)} ms (+${Math.round(t - last)}) ${what}\n`);
    last = t;
  }
}
if (!balanced) throw new Error(`ingest: accounting does not balance: ${JSON.stringify(accounting)}`);
