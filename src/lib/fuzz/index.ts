// The mutation fuzzer behind `npm run fuzz` (and a seeded few hundred cases in `npm test`): report
// files mutated the ways real files go wrong, each parsed in-process and checked for crashes
// (an exception or an `internal` error record), time, and values that no form cell can hold.
import { rng } from '../rng.ts';
import { threadCpuMs } from '../thread-cpu.ts';
import iconv from 'iconv-lite';
import { parseBytes } from '../parse/index.ts';
import { implausibility } from '../parse/plausibility.ts';

export interface FuzzSeed {
  file: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  name: string;
  mutation: string;
  bytes: Uint8Array;
  /** File name handed to the parser (its extension picks the HTML path). */
  file: string;
}

export interface FuzzFinding {
  case: string;
  mutation: string;
  kind: 'crash' | 'slow' | 'implausible';
  detail: string;
}

export interface FuzzResult {
  cases: number;
  crashes: number;
  slow: number;
  implausible: number;
  findings: FuzzFinding[];
  /**
   * Worst parse time per size band, with the case that took it: `ms` is the CPU time of the
   * parsing thread (what the parse costs, whatever else the machine runs), `wallMs` the wall time.
   */
  worst: Record<string, { ms: number; wallMs: number; case: string; bytes: number }>;
}

export { rng } from '../rng.ts';
export { threadCpuMs } from '../thread-cpu.ts';

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const dec = (b: Uint8Array) => Buffer.from(b).toString('utf8');

type Mutation = (b: Uint8Array, r: () => number, big: boolean) => { bytes: Uint8Array; ext?: string };
const int = (r: () => number, n: number) => Math.floor(r() * n);

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => ({ bytes: b.subarray(0, int(r, b.length + 1)) }),
  'drop-last-byte': (b) => ({ bytes: b.subarray(0, Math.max(0, b.length - 1)) }),
  'flip-bytes': (b, r) => {
    const c = new Uint8Array(b);
    for (let k = 1 + int(r, 8); k > 0 && c.length; k--) c[int(r, c.length)] = int(r, 256);
    return { bytes: c };
  },
  'nul-and-control': (b, r) => {
    const c = new Uint8Array(b);
    for (let k = 1 + int(r, 20); k > 0 && c.length; k--) c[int(r, c.length)] = int(r, 32);
    return { bytes: c };
  },
  'random-high-bytes': (_b, r) => ({ bytes: new Uint8Array(200 + int(r, 5000)).map(() => 0x80 + int(r, 0x80)) }),
  'gbk': (b) => ({ bytes: new Uint8Array(iconv.encode(dec(b), 'gbk')) }),
  'utf16le': (b) => ({ bytes: new Uint8Array(iconv.encode(dec(b), 'utf-16le')) }),
  'big5': (b) => ({ bytes: new Uint8Array(iconv.encode(dec(b), 'big5')) }),
  'crlf': (b) => ({ bytes: enc(dec(b).replace(/\n/g, '\r\n')) }),
  'cr': (b) => ({ bytes: enc(dec(b).replace(/\r?\n/g, '\r')) }),
  'full-width-digits': (b) => ({ bytes: enc(dec(b).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))) }),
  'one-long-line': (b) => ({ bytes: enc(dec(b).replace(/\s+/g, '')) }),
  'huge-numbers': (b, r) => ({ bytes: enc(dec(b).replace(/\d+/g, (m) => (r() < 0.3 ? ['99999999999999999999', '9007199254740993', '123456789012'][int(r, 3)]! : m))) }),
  'negative-numbers': (b, r) => ({ bytes: enc(dec(b).replace(/(\s|\|)(\d+)/g, (m, s, d) => (r() < 0.3 ? `${s}${r() < 0.5 ? '-' : '－'}${d}` : m))) }),
  'long-digit-runs': (b, r) => ({ bytes: enc(dec(b).replace(/\d+/g, (m) => (r() < 0.2 ? m.repeat(2 + int(r, 10)) : m))) }),
  'nested-html': (b, r) => {
    const tag = ['div', 'span', 'table><tr><td', 'ul><li', 'p'][int(r, 5)]!;
    return { bytes: enc(`<${tag}>`.repeat(500 + int(r, 3000)) + dec(b)), ext: '.html' };
  },
  'big-span-table': (_b, r) => {
    const rows = 50 + int(r, 1000);
    const row = `<tr>${'<td colspan="200" rowspan="50">7</td>'.repeat(1 + int(r, 5))}</tr>`;
    return { bytes: enc(`<table>${row.repeat(rows)}</table>`), ext: '.html' };
  },
  'repeat-to-size': (b, r, big) => {
    const target = big ? (10 + int(r, 21)) * 1024 * 1024 : 100_000 + int(r, 900_000);
    const s = dec(b);
    return { bytes: enc(s.repeat(Math.ceil(target / Math.max(1, b.length))).slice(0, target)) };
  },
};

/** `n` cases from the seeds, the same for the same seed. `big` allows 10–30 MB files (rarely). */
export function* cases(seeds: readonly FuzzSeed[], n: number, seed: number, big = false): Generator<FuzzCase> {
  const r = rng(seed);
  const names = Object.keys(MUTATIONS);
  for (let i = 0; i < n; i++) {
    const s = seeds[int(r, seeds.length)]!;
    const m = names[int(r, names.length)]!;
    const { bytes, ext } = MUTATIONS[m]!(s.bytes, r, big && r() < 0.01);
    const file = ext ? s.file.replace(/\.[^.]+$/, '') + ext : s.file;
    yield { name: `${i}:${m}:${s.file}`, mutation: m, bytes, file };
  }
}

const BANDS: Array<[string, number]> = [['<10KB', 10_240], ['<100KB', 102_400], ['<1MB', 1_048_576], ['<10MB', 10_485_760], ['≥10MB', Infinity]];
const band = (n: number) => BANDS.find(([, max]) => n < max)![0];

/**
 * Run the cases; `slowMs(bytes)` is the CPU time of the parse (ms, this thread only) above which it
 * counts as a time-out. CPU time, not wall time, so that other work on a shared machine does not
 * make a parse look slow.
 */
export function runFuzz(all: Iterable<FuzzCase>, slowMs: (bytes: number) => number = (b) => (b <= 1_048_576 ? 1000 : 5000 * Math.ceil(b / 10_485_760))): FuzzResult {
  const res: FuzzResult = { cases: 0, crashes: 0, slow: 0, implausible: 0, findings: [], worst: {} };
  for (const c of all) {
    res.cases++;
    const file = c.file;
    const t0 = performance.now();
    const c0 = threadCpuMs();
    let rec;
    try {
      rec = parseBytes(c.bytes, file);
    } catch (e) {
      res.crashes++;
      res.findings.push({ case: c.name, mutation: c.mutation, kind: 'crash', detail: (e as Error).stack ?? String(e) });
      continue;
    }
    const ms = threadCpuMs() - c0;
    const wallMs = performance.now() - t0;
    const b = band(c.bytes.length);
    if (!res.worst[b] || res.worst[b].ms < ms) res.worst[b] = { ms: Math.round(ms), wallMs: Math.round(wallMs), case: c.name, bytes: c.bytes.length };
    if (ms > slowMs(c.bytes.length)) {
      res.slow++;
      res.findings.push({ case: c.name, mutation: c.mutation, kind: 'slow', detail: `${Math.round(ms)} ms CPU (${Math.round(wallMs)} ms wall) for ${c.bytes.length} bytes` });
    }
    const internal = rec.errors.find((e) => e.code === 'internal');
    if (internal) {
      res.crashes++;
      res.findings.push({ case: c.name, mutation: c.mutation, kind: 'crash', detail: internal.message });
    }
    for (const [id, v] of [...Object.entries(rec.values), ...Object.entries(rec.textValues), ...Object.entries(rec.derived)]) {
      const why = implausibility(id, v);
      if (why === null) continue;
      res.implausible++;
      res.findings.push({ case: c.name, mutation: c.mutation, kind: 'implausible', detail: `${id} = ${v}: ${why}` });
    }
  }
  return res;
}
