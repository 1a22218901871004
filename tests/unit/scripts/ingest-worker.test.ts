// The ingest worker (scripts/ingest-worker.ts) spoken to directly, message by message, as
// scripts/ingest.ts does: parse files into the cache and post summaries back, then write the
// records and their downloads, then close.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { RecordSummary } from '../../../src/lib/records/summary.ts';
import { SummaryCodec } from '../../../src/lib/records/summary-file.ts';
import type { SiteAdditions } from '../../../src/lib/records/write.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEED = join(ROOT, 'content', 'reports', '004_2e4877b111ee56e7.txt');

type Reply = { ready?: true; start?: number; records?: string[]; sha256s?: Array<string | null>; hits?: number; sizes?: Record<string, number>; hashes?: Record<string, string> };

function startWorker() {
  const w = new Worker(new URL('../../../scripts/ingest-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { warmUp: false } });
  const replies: Reply[] = [];
  const waiting: Array<(r: Reply) => void> = [];
  w.on('message', (m: Reply) => (waiting.length ? waiting.shift()!(m) : replies.push(m)));
  const next = () => new Promise<Reply>((resolve) => (replies.length ? resolve(replies.shift()!) : waiting.push(resolve)));
  const ask = (msg: unknown) => {
    w.postMessage(msg);
    return next();
  };
  return { w, next, ask };
}

const add = (id: string): SiteAdditions => ({ id, placeKey: 'p', placeName: '某地', variants: [], sourceInfo: null, extraChecks: [] });

describe('ingest worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-worker-'));
  const file = join(dir, 'a.txt');
  copyFileSync(SEED, file);
  const cache = join(dir, 'cache');
  const workers: Worker[] = [];
  const open = () => {
    const x = startWorker();
    workers.push(x.w);
    return x;
  };
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  });

  it('says it is ready before it is sent anything', async () => {
    expect(await open().next()).toEqual({ ready: true, cpu: expect.any(Number) });
  });

  it('loads the document readers when asked and then says it is ready again', async () => {
    const x = open();
    await x.next();
    expect(await x.ask({ warmUp: true })).toEqual({ ready: true, cpu: expect.any(Number) });
  });

  it('posts back each file’s summary line (no text, failed checks only) at its index, and whether the cache had it', async () => {
    const x = open();
    await x.next();
    const first = await x.ask({ paths: [file], start: 7, cache });
    const again = await x.ask({ paths: [file], start: 8, cache });
    // each summary comes as its summaries.ndjson line
    const s = new SummaryCodec().decode<RecordSummary>(first.records![0]!);
    expect([first.start, first.hits, again.start, again.hits]).toEqual([7, 0, 8, 1]);
    expect(['text' in s, s.checks.every((c) => c.status === 'FAIL'), s.checkTotal > s.checks.length, Object.keys(s.values).length > 10]).toEqual([false, true, true, true]);
  });

  it('posts each file’s sha256 (for report-ids.csv), read or cached alike', async () => {
    const x = open();
    await x.next();
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    const first = await x.ask({ paths: [file], start: 0, cache: join(dir, 'cache-sha') });
    const again = await x.ask({ paths: [file], start: 1, cache: join(dir, 'cache-sha') });
    expect([first.sha256s, again.sha256s, again.hits]).toEqual([[sha], [sha], 1]);
  });

  it('writes the full record and its downloads for the indexes it parsed, and posts their sizes and the record’s hash', async () => {
    const out = join(dir, 'out-a');
    mkdirSync(join(out, 'reports'), { recursive: true });
    const x = open();
    await x.next();
    await x.ask({ paths: [file], start: 0, cache });
    const { sizes, hashes } = await x.ask({ finish: [{ index: 0, add: add('r-1') }], out, cache });
    const record = JSON.parse(readFileSync(join(out, 'reports', 'r-1.json'), 'utf8'));
    expect([record.id, record.placeName, record.text.length > 1000]).toEqual(['r-1', '某地', true]);
    expect(sizes).toEqual({
      '/reports/r-1/data.csv': statSync(join(out, 'downloads', 'reports', 'r-1', 'data.csv')).size,
      '/reports/r-1/data.json': statSync(join(out, 'downloads', 'reports', 'r-1', 'data.json')).size,
    });
    expect(hashes).toEqual({ 'r-1': createHash('sha1').update(readFileSync(join(out, 'reports', 'r-1.json'))).digest('hex') });
  });

  it('parses a file again when its record left the cache between the two messages', async () => {
    const out = join(dir, 'out-b');
    const gone = join(dir, 'cache-b');
    mkdirSync(join(out, 'reports'), { recursive: true });
    const x = open();
    await x.next();
    await x.ask({ paths: [file], start: 0, cache: gone });
    rmSync(gone, { recursive: true });
    await x.ask({ finish: [{ index: 0, add: add('r-2') }], out, cache: gone });
    expect(JSON.parse(readFileSync(join(out, 'reports', 'r-2.json'), 'utf8')).file).toBe('a.txt');
  });

  it('answers two files posted at once in order, each with its thread CPU time (the next file’s budget starts there)', async () => {
    const x = open();
    await x.next();
    x.w.postMessage({ paths: [file], start: 3, cache: join(dir, 'cache-two') });
    x.w.postMessage({ paths: [file], start: 4, cache: join(dir, 'cache-two') });
    const [a, b] = [(await x.next()) as Reply & { cpu: number }, (await x.next()) as Reply & { cpu: number }];
    expect([a.start, b.start, a.hits, b.hits, b.cpu >= a.cpu]).toEqual([3, 4, 0, 1, true]);
  });

  it('answers the /data/ jobs after a finish, in the order they were posted', async () => {
    const out = join(dir, 'out-jobs');
    mkdirSync(join(out, 'reports'), { recursive: true });
    mkdirSync(join(out, 'data', 'indicators'), { recursive: true });
    const x = open();
    await x.next();
    await x.ask({ paths: [file], start: 0, cache });
    x.w.postMessage({ finish: [{ index: 0, add: add('r-3') }], out, cache });
    x.w.postMessage({ indicators: { out, ids: ['a.b'], write: [0], reports: [{ head: 'r-3,p', at: Int32Array.from([0]), tails: '5,条,table,' }] } });
    const finished = await x.next();
    const job = await x.next();
    expect([Object.keys(finished.hashes ?? {}), job.sizes]).toEqual([['r-3'], { '/data/indicators/a.b.csv': statSync(join(out, 'data', 'indicators', 'a.b.csv')).size }]);
  });

  it('ends when sent null', async () => {
    const x = open();
    await x.next();
    const exited = new Promise<number>((resolve) => x.w.once('exit', resolve));
    x.w.postMessage(null);
    expect(await exited).toBe(0);
  });
});
