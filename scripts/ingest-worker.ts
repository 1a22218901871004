// Worker for scripts/ingest.ts. Two kinds of message:
//   {paths, start}  parse the files (indexes start…) through the parse cache and post back the
//                   records' summaries (src/lib/records/summary.ts) and cache keys; keep only each cache key here.
//   {finish, out}   the main thread's additions to records this worker parsed (report id, place,
//                   variants, source info, cross-year checks): write the record file and the
//                   report's own downloads (src/lib/records/write.ts writeReport), post back their sizes and
//                   the records' hashes.
import { parentPort, workerData } from 'node:worker_threads';
import { cachedReduced, readCached } from '../src/lib/records/parse-cache.ts';
import { parseFileAsync } from '../src/lib/parse/index.ts';
import { warmUpReaders } from '../src/lib/parse/formats/index.ts';
import { summarize, type RecordSummary } from '../src/lib/records/summary.ts';
import { siteRecord, writeReport, type SiteAdditions, type Written } from '../src/lib/records/write.ts';

// Records are not kept in memory between the two messages (100,000 of them would not fit): the cache
// holds them, so each is read back when its files are written. Unreadable files are never reports.
const kept = new Map<number, { key: string | null; path: string }>();

type Msg = { paths: string[]; start: number; cache: string } | { finish: Array<{ index: number; add: SiteAdditions }>; out: string; cache: string } | null;

parentPort!.on('message', async (msg: Msg) => {
  if (msg === null) {
    parentPort!.close();
    return;
  }
  if ('paths' in msg) {
    // The main thread never needs the report text, spans or passing checks (this worker writes the
    // files that hold them): summaries make the copy cheaper and the main thread's heap far smaller.
    // They are cached too, so an unchanged file costs reading its summary, not its whole record.
    const parsed: Array<{ reduced: RecordSummary; key: string | null; hit: boolean }> = [];
    for (const p of msg.paths) parsed.push(await cachedReduced(p, msg.cache, 'summary', summarize));
    parsed.forEach((x, i) => kept.set(msg.start + i, { key: x.key, path: msg.paths[i]! }));
    parentPort!.postMessage({ start: msg.start, records: parsed.map((x) => x.reduced), keys: parsed.map((x) => x.key), hits: parsed.filter((x) => x.hit).length });
    return;
  }
  const written: Written = { sizes: {}, hashes: {} };
  for (const { index, add } of msg.finish) {
    const k = kept.get(index)!;
    const record = (k.key && readCached(msg.cache, k.key)) || (await parseFileAsync(k.path));
    writeReport(siteRecord(record, add), msg.out, written);
  }
  kept.clear();
  parentPort!.postMessage(written);
});
// the PDF reader loads before the first file is timed (src/lib/parse/formats/pdf/load.ts warmUp)
if ((workerData as { warmUp?: boolean } | null)?.warmUp) await warmUpReaders();
parentPort!.postMessage({ ready: true });
