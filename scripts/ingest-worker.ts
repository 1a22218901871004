// Worker for scripts/ingest.ts: parses the files it is sent (by index) and posts the records back.
import { parentPort } from 'node:worker_threads';
import { parseFile } from '../src/lib/parse/index.ts';

parentPort!.on('message', (msg: { paths: string[]; start: number } | null) => {
  if (msg === null) {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({ start: msg.start, records: msg.paths.map((p) => parseFile(p)) });
});
parentPort!.postMessage({ ready: true });
