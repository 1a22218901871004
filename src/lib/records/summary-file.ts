// <data>/summaries.ndjson: the summaries ingest writes for astro build and the XLSX export, one
// line each in site order, after a header line. At 100,000 reports the file and the summaries in
// memory are what the build holds, so both are kept small:
// - on disk, indicator ids are numbers (positions in the header's `ids`, the catalog's ids), maps
//   are flat [key, value, …] arrays, and a derived value's `from` list is a position in the
//   header's `froms` (the operands of the catalog's definition rules); key order is kept everywhere;
// - in memory, the provenance objects are shared: every value of every report with the same
//   (source, flags, from) holds the same frozen object, and ids are the header's strings.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { indicators, rules } from '../catalog/index.ts';
import { asDefinition } from '../validate/derive.ts';
import type { FailedCheck, LightGap, LightProvenance, RecordSummary, ReportSummary } from './summary.ts';

export const SUMMARIES_FILE = 'summaries.ndjson';
const FORMAT = 'nianbao-summaries/2';

interface Header {
  format: string;
  ids: string[];
  froms: string[][];
}

function catalogHeader(): Header {
  const froms: string[][] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    const d = r.severity === 'definition' ? asDefinition(r) : null;
    if (!d || seen.has(d.operands.join(' '))) continue;
    seen.add(d.operands.join(' '));
    froms.push(d.operands);
  }
  return { format: FORMAT, ids: indicators.map((i) => i.id), froms };
}

type Key = number | string;
/** A line: the summary's own fields, with the heavy ones replaced by their $-encodings. */
type Line = Record<string, unknown> & {
  $v: Array<Key | number>;
  $t: Array<Key | number>;
  $d: Array<Key | number>;
  /** provenance: signatures [source, flags, hasFrom] of this line … */
  $ps: Array<[string, string[], 0 | 1]>;
  /** … and entries key, signature (, from: a position in the header's froms or the ids). */
  $p: Array<Key | number | Key[]>;
  $g: Array<[Key, string] | [Key, string, string | null, number[] | null, string | null]>;
  $c: Array<[string, string, string, string, string, Array<Key | number | null>, number] | [string, string, string, string, string, Array<Key | number | null>, number, string]>;
};

class Encoder {
  private readonly idx: Map<string, number>;
  private readonly fromIdx: Map<string, number>;
  constructor(readonly header: Header) {
    this.idx = new Map(header.ids.map((id, i) => [id, i]));
    this.fromIdx = new Map(header.froms.map((f, i) => [f.join(' '), i]));
  }
  key = (id: string): Key => this.idx.get(id) ?? id;
  pairs(o: Record<string, number | null>): Array<Key | number | null> {
    const out: Array<Key | number | null> = [];
    for (const id in o) out.push(this.key(id), o[id]!);
    return out;
  }
  checks(checks: RecordSummary['checks']): Line['$c'] {
    return checks.map((x) => {
      const t = [x.rule, x.severity, x.status, x.zh, x.detail, this.pairs(x.values), x.index] as const;
      return x.otherReport === undefined ? [...t] : [...t, x.otherReport];
    });
  }
  line(s: RecordSummary): Line {
    const { values, textValues, derived, provenance, gaps, checks, ...rest } = s;
    const sigs: Line['$ps'] = [];
    const sigOf = new Map<string, number>();
    const p: Line['$p'] = [];
    for (const id in provenance) {
      const e = provenance[id]!;
      const sig = `${e.source}|${e.flags.join(',')}|${e.from ? 1 : 0}`;
      let si = sigOf.get(sig);
      if (si === undefined) sigOf.set(sig, (si = sigs.push([e.source, e.flags, e.from ? 1 : 0]) - 1));
      p.push(this.key(id), si);
      if (e.from) p.push(this.fromIdx.get(e.from.join(' ')) ?? e.from.map(this.key));
    }
    const g: Line['$g'] = gaps.map((x) =>
      x.raw === undefined && x.candidates === undefined && x.note === undefined ? [this.key(x.id), x.reason] : [this.key(x.id), x.reason, x.raw ?? null, x.candidates ?? null, x.note ?? null],
    );
    const c = this.checks(checks);
    return { ...rest, $v: this.pairs(values) as Line['$v'], $t: this.pairs(textValues) as Line['$t'], $d: this.pairs(derived) as Line['$d'], $ps: sigs, $p: p, $g: g, $c: c };
  }
}

class Decoder {
  private readonly shared = new Map<string, LightProvenance>();
  private readonly sharedGaps = new Map<string, LightGap>();
  constructor(readonly header: Header) {}
  id = (k: Key): string => (typeof k === 'number' ? this.header.ids[k]! : k);
  map(pairs: ReadonlyArray<Key | number | null>): Record<string, number> {
    const o: Record<string, number> = {};
    for (let i = 0; i < pairs.length; i += 2) o[this.id(pairs[i] as Key)] = pairs[i + 1] as number;
    return o;
  }
  /** A gap with only an id and a reason (blank, dash, …: most gaps) is one shared frozen object per (id, reason). */
  private plainGap(id: string, reason: LightGap['reason']): LightGap {
    const name = `${id}|${reason}`;
    let g = this.sharedGaps.get(name);
    if (!g) this.sharedGaps.set(name, (g = Object.freeze({ id, reason })));
    return g;
  }
  private provenance(sig: [string, string[], 0 | 1], from: Key | Key[] | undefined): LightProvenance {
    const [source, flags] = sig;
    const name = `${source}|${flags.join(',')}|${from === undefined ? '' : typeof from === 'number' ? from : JSON.stringify(from)}`;
    let p = this.shared.get(name);
    if (!p) {
      const list = from === undefined ? undefined : typeof from === 'number' ? this.header.froms[from]! : (from as Key[]).map(this.id);
      p = Object.freeze(list ? { source, flags: Object.freeze(flags), from: Object.freeze(list) } : { source, flags: Object.freeze(flags) }) as LightProvenance;
      this.shared.set(name, p);
    }
    return p;
  }
  summary(line: Line): ReportSummary {
    const { $v, $t, $d, $ps, $p, $g, $c, ...rest } = line;
    const provenance: Record<string, LightProvenance> = {};
    for (let i = 0; i < $p.length; ) {
      const id = this.id($p[i++] as Key);
      const sig = $ps[$p[i++] as number]!;
      provenance[id] = this.provenance(sig, sig[2] ? ($p[i++] as Key | Key[]) : undefined);
    }
    const gaps = $g.map((x): LightGap => {
      if (x.length === 2) return this.plainGap(this.id(x[0]), x[1] as LightGap['reason']);
      const gap: LightGap = { id: this.id(x[0]), reason: x[1] as LightGap['reason'] };
      if (x[2] !== null) gap.raw = x[2]!;
      if (x[3] !== null) gap.candidates = x[3]!;
      if (x[4] !== null) gap.note = x[4]!;
      return gap;
    });
    const checks = $c.map((x): FailedCheck => {
      const c: FailedCheck = { rule: x[0], severity: x[1] as FailedCheck['severity'], status: x[2] as FailedCheck['status'], zh: x[3], values: {}, detail: x[4], index: x[6] };
      for (let i = 0; i < x[5].length; i += 2) c.values[this.id(x[5][i] as Key)] = x[5][i + 1] as number | null;
      if (x.length > 7) c.otherReport = x[7];
      return c;
    });
    return { ...(rest as object), values: this.map($v), textValues: this.map($t), derived: this.map($d), provenance, gaps, checks } as ReportSummary;
  }
}

/** The members of a summary the worker's line ends with, after `checkCounts` (ingest adds id, place, variants and hash there). */
const PULLED = new Set(['values', 'textValues', 'derived', 'provenance', 'gaps', 'checks']);

/**
 * The line writeSummaries writes for `s`, made from `line`: the line of the summary `s` was decoded
 * from (its worker's), to which ingest only added members (id, place, variants, hash: they follow
 * `checkCounts`) and maybe failed checks (cross-year, which change `checkCounts` and `checkTotal`).
 * Only those members and the checks are encoded; the rest (values, provenance, gaps, meta) is the
 * line's own text. Null when `line` is not of that form.
 */
function siteLineOf(enc: Encoder, line: string, s: ReportSummary): string | null {
  // unescaped quotes delimit JSON strings, so these member names are found only as members of the line itself
  const v = line.indexOf(',"$v":[');
  const c = line.lastIndexOf(',"$c":[');
  const cc = v < 0 ? -1 : line.lastIndexOf(',"checkCounts":', v);
  if (cc < 0 || c < v || !line.endsWith(']}')) return null;
  const keys = Object.keys(s);
  const from = keys.indexOf('checkCounts');
  if (from < 0) return null;
  const head = line.slice(0, cc);
  let mid = '';
  for (const k of keys.slice(from)) {
    if (PULLED.has(k)) continue;
    // a member the line has already (or a nested one of that name: then too, to be sure) is not spliced
    if (k !== 'checkCounts' && k !== 'checkTotal' && head.includes(`${JSON.stringify(k)}:`)) return null;
    const piece = JSON.stringify((s as unknown as Record<string, unknown>)[k]);
    if (piece !== undefined) mid += `,${JSON.stringify(k)}:${piece}`;
  }
  return `${head}${mid}${line.slice(v, c)},"$c":${JSON.stringify(enc.checks(s.checks))}}`;
}

/**
 * Write the summaries (site order): the header line, then one line each, in chunks. `lineOf`: the
 * line a summary was decoded from, where the caller kept it (see siteLineOf), or null.
 */
export function writeSummaries(dataDir: string, summaries: Iterable<ReportSummary>, lineOf?: (s: ReportSummary) => string | null): void {
  const header = catalogHeader();
  const enc = new Encoder(header);
  const fd = openSync(join(dataDir, SUMMARIES_FILE), 'w');
  let buf: string[] = [JSON.stringify(header) + '\n'];
  let len = 0;
  const flush = () => {
    writeSync(fd, buf.join(''));
    buf = [];
    len = 0;
  };
  for (const s of summaries) {
    const kept = lineOf?.(s);
    const line = ((kept && siteLineOf(enc, kept, s)) ?? JSON.stringify(enc.line(s))) + '\n';
    buf.push(line);
    len += line.length;
    if (len > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
}

/** Lines of a file split as bytes, each decoded alone: at 100,000 reports the file is larger than the longest string V8 holds. */
function* lines(buf: Buffer): Generator<string> {
  let at = 0;
  while (at < buf.length) {
    let end = buf.indexOf(10, at);
    if (end < 0) end = buf.length;
    if (end > at) yield buf.toString('utf8', at, end);
    at = end + 1;
  }
}

/** Every summary, in the order written. */
export function readSummaries(dataDir: string): ReportSummary[] {
  const out: ReportSummary[] = [];
  let dec: Decoder | null = null;
  for (const text of lines(readFileSync(join(dataDir, SUMMARIES_FILE)))) {
    const o = JSON.parse(text) as Line | Header;
    if (!dec) {
      if ((o as Header).format !== FORMAT) throw new Error(`${SUMMARIES_FILE}: not ${FORMAT} (written by another version: run npm run ingest)`);
      dec = new Decoder(o as Header);
      continue;
    }
    out.push(dec.summary(o as Line));
  }
  return out;
}

/** A summary as it is after writing and reading back (shared provenance objects): what ingest keeps in memory. */
export function compacted<T extends RecordSummary>(s: T, codec = new SummaryCodec()): T {
  return codec.roundTrip(s);
}

/** One encoder/decoder pair over the catalog header, so that compacted summaries share their provenance objects. */
export class SummaryCodec {
  private readonly enc: Encoder;
  private readonly dec: Decoder;
  constructor() {
    const header = catalogHeader();
    this.enc = new Encoder(header);
    this.dec = new Decoder(header);
  }
  roundTrip<T extends RecordSummary>(s: T): T {
    return this.dec.summary(this.enc.line(s)) as unknown as T;
  }
  /** A summary's line as summaries.ndjson holds it (JSON text): what ingest's workers send and cache. */
  line(s: RecordSummary): string {
    return JSON.stringify(this.enc.line(s));
  }
  /** The summary of a `line` (as roundTrip gives it). */
  decode<T extends RecordSummary = RecordSummary>(line: string): T {
    return this.dec.summary(JSON.parse(line) as Line) as unknown as T;
  }
}
