// Worker for scripts/ingest.ts. Kinds of message:
//   {paths, start}  parse the files (indexes start…) through the parse cache and post back the
//                   records' summaries (src/lib/records/summary.ts, as summaries.ndjson lines), cache keys
//                   and the files' sha256 (so the main thread need not read them again); keep only each
//                   cache key here, and for a record parsed now its kit (src/lib/records/write.ts RecordKit);
//                   its value lines (the kit's) go to the main thread too, for the /data/ CSVs.
//                   An unchanged file's summary line comes from the last ingest's pack when it has the
//                   key (workerData.pack, shared memory: src/lib/records/summary-pack.ts), else its file.
//   {finish, out}   the main thread's additions to records this worker parsed (report id, place,
//                   variants, source info, cross-year checks): write the record file and the
//                   report's own downloads, post back their sizes, the records' hashes and this
//                   thread's CPU time (parsing, writing). A record
//                   with a kit is written from its JSON in the cache (writeReportFromJson: no parse,
//                   validation or stringify of the whole record); any other is read back (writeReport).
//   {warmUp}        load the document readers (PDF, Word) now, then say ready again.
//   {long} / {indicators} / {xlsx}  after that, parts of the /data/ files the main thread hands over
//                   (src/lib/records/export.ts CombinedOffload): write them, post back their sizes.
import { threadCpuMs } from '../src/lib/thread-cpu.ts';
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheForm, cachedReducedJson, readCached, readCachedBytes } from '../src/lib/records/parse-cache.ts';
import { parseFileAsync } from '../src/lib/parse/index.ts';
import { warmUpReaders } from '../src/lib/parse/formats/index.ts';
import { summarize } from '../src/lib/records/summary.ts';
import { SummaryCodec } from '../src/lib/records/summary-file.ts';
import { packLookup } from '../src/lib/records/summary-pack.ts';
import { fitsLayout } from '../src/lib/records/site-json.ts';
import { recordKit, siteRecord, writeReport, writeReportFromJson, type RecordKit, type SiteAdditions, type Written } from '../src/lib/records/write.ts';
import type { ReportRecord } from '../src/lib/types.ts';
import { writeIndicatorCsvs, writeLongCsv, writeXlsxJob, type IndicatorJob, type LongJob, type XlsxJob } from '../src/lib/records/export.ts';

// Records are not kept in memory between the two messages (100,000 of them would not fit): the cache
// holds them. Kits are a few KB each; past KEEP_VALUES value lines in all, records are read back instead.
const KEEP_VALUES = 4_000_000;
let keptValues = 0;
const kept = new Map<number, { key: string | null; path: string; kit: RecordKit | null }>();

// the last ingest's summary lines by cache key (records/summary-pack.ts), shared by the main thread
const pack = (workerData as { pack?: SharedArrayBuffer | null } | null)?.pack;
const packed = pack ? packLookup(pack) : undefined;
// Summaries travel (and are cached) as their summaries.ndjson line (records/summary-file.ts): a
// string is copied to the main thread at once, an object graph is cloned field by field.
const codec = new SummaryCodec();
// the kit of the record cachedReducedJson is writing into the cache (its serializer below)
let fresh: RecordKit | null = null;
const serialize = (r: ReportRecord): string | Buffer => {
  // a record that does not validate is cached as it is and written (and failing) from the record
  const { json, valid } = cacheForm(r);
  fresh = valid && keptValues < KEEP_VALUES ? recordKit(valid.record, valid.layout) : null;
  return json;
};

type Msg = { paths: string[]; start: number; cache: string } | { finish: Array<{ index: number; add: SiteAdditions }>; out: string; cache: string } | { warmUp: true } | { long: LongJob } | { indicators: IndicatorJob } | { xlsx: XlsxJob } | null;

// this thread's CPU time (ms) when the files are parsed: ingest.json `cpu` (parse, then writing files)
const cpuNow = () => Math.round(threadCpuMs());
let parsedCpu = 0;
// messages are handled one after another (a job that awaits does not let the next one start), so
// the main thread takes the answers in the order it posted the jobs
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (msg: Msg) => {
  queue = queue.then(() => handle(msg));
});
async function handle(msg: Msg): Promise<void> {
  if (msg === null) {
    parentPort!.close();
    return;
  }
  if ('paths' in msg) {
    // The main thread never needs the report text, spans or passing checks (this worker writes the
    // files that hold them): summaries make the copy cheaper and the main thread's heap far smaller.
    // They are cached too, so an unchanged file costs reading its summary, not its whole record.
    const parsed: Array<{ json: string; key: string | null; hit: boolean }> = [];
    const lines: Array<RecordKit['lines'] | null> = [];
    // each file's sha256 (report-ids.csv records it for new reports), from the bytes read here
    const sha256s: Array<string | null> = [];
    msg.paths.forEach((p, i) => kept.set(msg.start + i, { key: null, path: p, kit: null }));
    for (const [i, p] of msg.paths.entries()) {
      fresh = null;
      const x = await cachedReducedJson(p, msg.cache, 'summary-line', (r) => codec.line(summarize(r)), undefined, serialize, packed);
      parsed.push(x);
      const kit = x.record && !x.hit ? (fresh as RecordKit | null) : null;
      if (kit) keptValues += kit.lines.ids.length + 1;
      kept.set(msg.start + i, { key: x.key, path: p, kit });
      lines.push(kit?.lines ?? null);
      sha256s.push(x.bytes ? createHash('sha256').update(x.bytes).digest('hex') : null);
    }
    // `cpu`: this thread's CPU time now, from which the main thread counts the next file's budget
    parentPort!.postMessage({ start: msg.start, records: parsed.map((x) => x.json), keys: parsed.map((x) => x.key), lines, sha256s, hits: parsed.filter((x) => x.hit).length, cpu: threadCpuMs() });
    return;
  }
  if ('warmUp' in msg) {
    // the main thread found documents among the files after this worker started: load their readers now
    await warmUpReaders();
    parentPort!.postMessage({ ready: true, cpu: threadCpuMs() });
    return;
  }
  if ('long' in msg || 'indicators' in msg || 'xlsx' in msg) {
    const cpu = cpuNow();
    const answer = 'long' in msg ? { size: writeLongCsv(msg.long) } : 'indicators' in msg ? { sizes: writeIndicatorCsvs(msg.indicators) } : { size: await writeXlsxJob(msg.xlsx) };
    parentPort!.postMessage({ ...answer, cpuMs: cpuNow() - cpu });
    return;
  }
  parsedCpu = cpuNow();
  const written: Written = { sizes: {}, hashes: {} };
  for (const { index, add } of msg.finish) {
    const k = kept.get(index)!;
    const bytes = k.kit && k.key ? readCachedBytes(msg.cache, k.key) : null;
    if (bytes && k.kit && fitsLayout(bytes, k.kit.layout)) writeReportFromJson(bytes, k.kit, add, msg.out, written);
    else {
      const record = (k.key && readCached(msg.cache, k.key)) || (await parseFileAsync(k.path));
      writeReport(siteRecord(record, add), msg.out, written);
    }
  }
  kept.clear();
  parentPort!.postMessage({ ...written, cpuMs: [parsedCpu, cpuNow() - parsedCpu] });
}
// the PDF reader loads before the first file is timed (src/lib/parse/formats/pdf/load.ts warmUp)
if ((workerData as { warmUp?: boolean } | null)?.warmUp) await warmUpReaders();
parentPort!.postMessage({ ready: true, cpu: threadCpuMs() });
