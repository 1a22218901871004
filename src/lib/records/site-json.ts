// A report's record file (data.json = reports/<id>.json) made from its parsed record's JSON and what
// ingest adds, without building and stringifying the whole site record again. The parse cache holds
// the record as JSON.stringify of its validated form (reportRecordSchema: schema key order), which
// is the site record's JSON minus ingest's fields: those go around it (id before `file`, placeKey and
// placeName after it, the cross-year checks at the end of `checks`, variants and sourceInfo at the
// end). So ingest's workers write a report's files from the cached bytes and a few offsets instead of
// reading the record back, validating it whole and stringifying it (the text is most of its bytes).
// `siteJson(recordJson(r), …)` equals `JSON.stringify(siteReportSchema.parse(siteRecord(r, …)))`
// byte for byte (tests/unit/lib/records/site-json.test.ts).
import { z } from 'zod';
import { checkSchema, reportRecordSchema } from '../record-schema.ts';
import type { ReportRecord } from '../types.ts';
import { siteReportSchema } from './schema.ts';
import { canonicalCopy, NOT_SURE, type CanonicalCopy } from './canonical.ts';
import type { SiteReport } from './model.ts';

/** Where ingest's fields go into a record's JSON (UTF-8 byte offsets). */
export interface RecordJsonLayout {
  /** Bytes of the whole JSON (a cached file of another length is not this one). */
  bytes: number;
  /** End of the `"file":…` member (the first one). */
  fileEnd: number;
  /** The `]` that closes `checks`. */
  checksEnd: number;
  /** `checks` is `[]`. */
  checksEmpty: boolean;
}

let copyRecord: CanonicalCopy | undefined;

/**
 * The validated record (zod's output: schema key order) as JSON (UTF-8), with its layout. Throws when the record is not valid.
 * JSON.stringify(v), member by member (to know where `file` and `checks` end), each member encoded
 * straight into one buffer: no joined string to flatten, encode and slice again for byte offsets.
 */
export function recordJson(r: ReportRecord): { json: Buffer; layout: RecordJsonLayout; record: ReportRecord } {
  // zod's output, built without zod where the record is plainly valid (records/canonical.ts)
  const copy = (copyRecord ??= canonicalCopy(reportRecordSchema))(r);
  const v = (copy === NOT_SURE ? reportRecordSchema.parse(r) : copy) as Record<string, unknown>;
  const members: string[] = [];
  let fileAt = -1;
  let checksAt = -1;
  let checksEmpty = false;
  for (const k of Object.keys(v)) {
    const piece = v[k] === undefined ? undefined : JSON.stringify(v[k]);
    if (piece === undefined) continue;
    if (k === 'file') fileAt = members.length;
    if (k === 'checks') {
      checksAt = members.length;
      checksEmpty = piece === '[]';
    }
    members.push(`${members.length ? ',' : ''}${JSON.stringify(k)}:${piece}`);
  }
  if (fileAt !== 0 || checksAt < 0) throw new Error('recordJson: a record starts with `file` and has `checks`');
  let size = 2;
  for (const m of members) size += Buffer.byteLength(m, 'utf8');
  const json = Buffer.allocUnsafe(size);
  let at = json.write('{', 0, 'latin1');
  let fileEnd = 0;
  let checksEnd = 0;
  members.forEach((m, i) => {
    at += json.write(m, at, 'utf8');
    if (i === fileAt) fileEnd = at;
    if (i === checksAt) checksEnd = at - 1;
  });
  json.write('}', at, 'latin1');
  return { json, layout: { bytes: size, fileEnd, checksEnd, checksEmpty }, record: v as unknown as ReportRecord };
}

const additionsSchema = siteReportSchema.pick({ id: true, placeKey: true, placeName: true, variants: true, sourceInfo: true });
const checksSchema = z.array(checkSchema);

/** What ingest adds to a record (its source info already with the text's header address: source-info.ts withHeaderUrl). */
export type SiteJsonAdditions = Pick<SiteReport, 'id' | 'placeKey' | 'placeName' | 'variants' | 'sourceInfo'> & { extraChecks: SiteReport['checks'] };

/** Whether `bytes` can be the JSON `layout` was taken of (its length and the characters at the offsets). */
export function fitsLayout(bytes: Uint8Array, layout: RecordJsonLayout): boolean {
  return bytes.length === layout.bytes && bytes[0] === 0x7b && bytes[layout.bytes - 1] === 0x7d && bytes[layout.fileEnd] === 0x2c && bytes[layout.checksEnd] === 0x5d;
}

/** The site record's JSON (what writeReport writes) from the record's JSON bytes and its layout; additions validated. */
export function siteJson(bytes: Uint8Array, layout: RecordJsonLayout, a: SiteJsonAdditions): Buffer {
  if (!fitsLayout(bytes, layout)) throw new Error('siteJson: the record JSON does not match its layout');
  const add = additionsSchema.parse(a);
  const extra = checksSchema.parse(a.extraChecks);
  const J = JSON.stringify;
  const buf = (s: string) => Buffer.from(s, 'utf8');
  const u8 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return Buffer.concat([
    buf(`{"id":${J(add.id)},`),
    u8.subarray(1, layout.fileEnd),
    buf(`,"placeKey":${J(add.placeKey)},"placeName":${J(add.placeName)}`),
    u8.subarray(layout.fileEnd, layout.checksEnd),
    buf(extra.length ? (layout.checksEmpty ? '' : ',') + extra.map((c) => J(c)).join(',') : ''),
    u8.subarray(layout.checksEnd, layout.bytes - 1),
    buf(`,"variants":${J(add.variants)},"sourceInfo":${J(add.sourceInfo)}}`),
  ]);
}
