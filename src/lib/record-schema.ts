// The record a report file becomes, as zod schemas: the one definition of the shape shared by the
// parser, the `npm run parse` CLI, ingest and the website. src/lib/types.ts names the inferred
// types; src/lib/records/schema.ts extends the record with what ingest adds. Key order here is the
// key order of every written record (zod's output follows the schema).
import { z } from 'zod';

export const templateSchema = z.enum(['pre2019', 'post2019', 'none']);
/** pre2019: '2008-2013' | '2014'; post2019: '2019' | '2021' | 'mixed'; none: null */
export const variantSchema = z.enum(['2008-2013', '2014', '2019', '2021', 'mixed']).nullable();
export const levelSchema = z.enum(['province', 'prefecture', 'county', 'township', 'development-zone', 'department']);
export const kindSchema = z.enum(['annual-report', 'scorecard', 'other']);

export const metaFieldSchema = z.enum(['issuer', 'jurisdiction', 'province', 'prefecture', 'adcode', 'level', 'year', 'published']);

export const metaSourceSchema = z.object({
  how: z.enum(['text', 'dataset', 'places-table', 'inferred', 'filename']),
  start: z.number().optional(),
  end: z.number().optional(),
  note: z.string().optional(),
});

export const metaSchema = z.object({
  issuer: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  province: z.string().nullable(),
  prefecture: z.string().nullable(),
  adcode: z.string().regex(/^\d{6}$/).nullable(),
  level: levelSchema.nullable(),
  year: z.number().int().nullable(),
  /** YYYY-MM-DD */
  published: z.string().nullable(),
  template: templateSchema,
  kind: kindSchema,
  /** Not in the CLI contract's required list, but always present in records. */
  variant: variantSchema,
  /** true when `year` is not printed as the report year but implied by the text. */
  yearInferred: z.boolean(),
  /** Where each metadata field came from (span in the text, or 'dataset'/'places-table'). */
  sources: z.partialRecord(metaFieldSchema, metaSourceSchema),
});

export const flagSchema = z.enum([
  'approximate', // 40余条, 6000多条, 近33条
  'ambiguous', // several readings; no value is given
  'derived', // computed from other cells by a catalog definition rule
  'decoded', // split out of fused digits using the form's sum constraints
  'chinese-numeral',
  'unit-converted', // e.g. 元 → 万元
  'conflict', // prose and table disagree; table wins
]);

/** UTF-16 offsets into the decoded original text (record.text). */
export const spanSchema = z.object({ start: z.number(), end: z.number() });

export const provenanceSchema = z.object({
  ...spanSchema.shape,
  source: z.enum(['table', 'prose', 'derived']),
  /** The label (row/column or sentence keyword) that matched. */
  label: z.string(),
  /** The exact characters at [start, end) – the printed number or fused run. */
  raw: z.string(),
  flags: z.array(flagSchema),
  /** Table cell position when source = table. */
  cell: z.object({ table: z.string(), row: z.string(), col: z.string().optional() }).optional(),
  /** Indicators a derived value was computed from. */
  from: z.array(z.string()).optional(),
  note: z.string().optional(),
  /** Catalog rules a fused-digit decoder chose this value by (flag decoded); their checks are USED_FOR_DECODING. */
  decodedWith: z.array(z.string()).optional(),
  /** PDF input: the 1-based page the value is printed on. */
  page: z.number().int().optional(),
  /** PDF input: the cell's box on that page, in PDF points [x0, y0, x1, y1] from the page's top-left. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});

export const gapReasonSchema = z.enum(['blank', 'dash', 'none-word', 'ambiguous', 'scope', 'cumulative-only', 'implausible', 'unreadable']);

/** A value the parser saw but will not state, with the reason. */
export const gapSchema = z.object({
  id: z.string(),
  reason: gapReasonSchema,
  start: z.number().optional(),
  end: z.number().optional(),
  raw: z.string().optional(),
  /** Candidate readings for an ambiguous cell. */
  candidates: z.array(z.number()).optional(),
  note: z.string().optional(),
});

/** USED_FOR_DECODING: the rule held because a fused-digit decoder chose the reading by it (it checked nothing). */
export const checkStatusSchema = z.enum(['PASS', 'FAIL', 'NOT_ASSESSABLE', 'USED_FOR_DECODING']);

export const checkSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  status: checkStatusSchema,
  expression: z.string(),
  zh: z.string(),
  /** Every id the expression mentions, with the value used (null = missing). */
  values: z.record(z.string(), z.number().nullable()),
  lhs: z.number().nullable(),
  rhs: z.number().nullable(),
  /** Human-readable arithmetic, e.g. "11 ≠ 2 + 22". */
  detail: z.string(),
  /** For cross-year rules: the other report used. */
  otherReport: z.string().optional(),
});

export const conflictSchema = z.object({
  id: z.string(),
  /** the table value */
  kept: z.number(),
  /** the prose value */
  other: z.number(),
  keptSpan: spanSchema,
  otherSpan: spanSchema,
  note: z.string(),
});

export const parseErrorCodeSchema = z.enum([
  'missing-file',
  'not-text',
  'empty',
  'decode',
  'too-large',
  'no-numbers',
  'internal',
  // PDF/DOCX/DOC (src/lib/parse/formats/)
  'encrypted', // password-protected PDF or Office file
  'image-only', // scanned PDF: pages without a text layer
  'corrupt', // truncated or damaged PDF/DOCX/DOC
  'table-image', // tables drawn as pictures: no cells to read
  'unsupported-format', // XLSX, PPTX, ODT, …
  'timeout',
]);
export const parseErrorSchema = z.object({ code: parseErrorCodeSchema, message: z.string() });

/** The fields of a parsed record, in record order (records/schema.ts puts ingest's fields around them). */
export const reportRecordShape = {
  file: z.string(),
  meta: metaSchema,
  /** Values of catalog form indicators (tables of the template, or the same figures in prose). */
  values: z.record(z.string(), z.number()),
  /** Figures stated only in the text that the catalog keeps apart from the form (ids `text.*`),
   * e.g. 信息处理费 in section 六 of post-2019 reports. Not part of `values`. */
  textValues: z.record(z.string(), z.number()),
  /** Values computed by the catalog's definition rules (subtotals, 法人或其他组织, 行政诉讼合计),
   * kept apart from `values` because the report does not print them. */
  derived: z.record(z.string(), z.number()),
  /** Provenance of every id in `values`, `textValues` and `derived`. */
  provenance: z.record(z.string(), provenanceSchema),
  gaps: z.array(gapSchema),
  checks: z.array(checkSchema),
  conflicts: z.array(conflictSchema),
  errors: z.array(parseErrorSchema),
  /** Non-fatal observations (encoding used, chrome removed, …). */
  notes: z.array(z.string()),
  encoding: z.string().nullable(),
  /** Set when the file was a document rather than text: the format it was read from. */
  format: z.enum(['pdf', 'docx', 'doc']).optional(),
  /** The decoded text the spans point into (for HTML input: its text rendering). */
  text: z.string(),
  /** Spans of `text` that are not the report (portal navigation, archive headers, Word residue:
   * parse/chrome.json); the parser reads around them, a display may hide them. */
  chrome: z.array(spanSchema).optional(),
};

export const reportRecordSchema = z.object(reportRecordShape);
