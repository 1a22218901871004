// Worker for scripts/ingest.ts. Two kinds of message:
//   {paths, start}  parse the files (indexes start…) and post the records back without their text;
//                   keep the full records here.
//   {finish, out}   the main thread's additions to records this worker parsed (report id, place,
//                   variants, source info, cross-year checks): write the record file and the
//                   report's own downloads (src/lib/records/write.ts writeReport), post back their sizes.
import { parentPort } from 'node:worker_threads';
import { parseFileAsync } from '../src/lib/parse/index.ts';
import type { ReportRecord } from '../src/lib/types.ts';
import type { DownloadSizes } from '../src/lib/records/export.ts';
import { siteRecord, writeReport, type SiteAdditions } from '../src/lib/records/write.ts';

const kept = new Map<number, ReportRecord>();

type Msg = { paths: string[]; start: number } | { finish: Array<{ index: number; add: SiteAdditions }>; out: string } | null;

parentPort!.on('message', async (msg: Msg) => {
  if (msg === null) {
    parentPort!.close();
    return;
  }
  if ('paths' in msg) {
    const records: ReportRecord[] = [];
    for (const p of msg.paths) records.push(await parseFileAsync(p));
    records.forEach((r, i) => kept.set(msg.start + i, r));
    // The main thread never needs the report text (this worker writes the files that hold it):
    // leaving it out makes the copy cheaper and the main thread's heap far smaller.
    parentPort!.postMessage({ start: msg.start, records: records.map((r) => ({ ...r, text: '' })) });
    return;
  }
  const sizes: DownloadSizes = {};
  for (const { index, add } of msg.finish) {
    Object.assign(sizes, writeReport(siteRecord(kept.get(index)!, add), msg.out));
  }
  kept.clear();
  parentPort!.postMessage({ sizes });
});
parentPort!.postMessage({ ready: true });
