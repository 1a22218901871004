// The record a report file becomes. This shape is the contract between the parser,
// the `npm run parse` CLI, the ingest step and the website.

export type Template = 'pre2019' | 'post2019' | 'none';
/** pre2019: '2008-2013' | '2014'; post2019: '2019' | '2021' | 'mixed'; none: null */
export type Variant = '2008-2013' | '2014' | '2019' | '2021' | 'mixed' | null;
export type Level =
  | 'province'
  | 'prefecture'
  | 'county'
  | 'township'
  | 'development-zone'
  | 'department';
export type Kind = 'annual-report' | 'scorecard' | 'other';

export interface Meta {
  issuer: string | null;
  jurisdiction: string | null;
  province: string | null;
  prefecture: string | null;
  adcode: string | null;
  level: Level | null;
  year: number | null;
  published: string | null; // YYYY-MM-DD
  template: Template;
  kind: Kind;
  /** Not in the CLI contract's required list, but always present in records. */
  variant: Variant;
  /** true when `year` is not printed as the report year but implied by the text. */
  yearInferred: boolean;
  /** Where each metadata field came from (span in the text, or 'dataset'/'places-table'). */
  sources: Partial<Record<MetaField, MetaSource>>;
}

export type MetaField =
  | 'issuer'
  | 'jurisdiction'
  | 'province'
  | 'prefecture'
  | 'adcode'
  | 'level'
  | 'year'
  | 'published';

export interface MetaSource {
  how: 'text' | 'dataset' | 'places-table' | 'inferred' | 'filename';
  start?: number;
  end?: number;
  note?: string;
}

export type Flag =
  | 'approximate' // 40余条, 6000多条, 近33条
  | 'ambiguous' // several readings; no value is given
  | 'derived' // computed from other cells by a catalog definition rule
  | 'decoded' // split out of fused digits using the form's sum constraints
  | 'chinese-numeral'
  | 'unit-converted' // e.g. 元 → 万元
  | 'conflict'; // prose and table disagree; table wins

export interface Span {
  start: number; // UTF-16 offsets into the decoded original text (record.text)
  end: number;
}

export interface Provenance extends Span {
  source: 'table' | 'prose' | 'derived';
  /** The label (row/column or sentence keyword) that matched. */
  label: string;
  /** The exact characters at [start, end) – the printed number or fused run. */
  raw: string;
  flags: Flag[];
  /** Table cell position when source = table. */
  cell?: { table: string; row: string; col?: string };
  /** Indicators a derived value was computed from. */
  from?: string[];
  /** PDF input: the 1-based page the value is printed on. */
  page?: number;
  /** PDF input: the cell's box on that page, in PDF points [x0, y0, x1, y1] from the page's top-left. */
  box?: [number, number, number, number];
  note?: string;
}

/** A value the parser saw but will not state, with the reason. */
export interface Gap extends Partial<Span> {
  id: string;
  reason: 'blank' | 'dash' | 'none-word' | 'ambiguous' | 'scope' | 'cumulative-only' | 'implausible' | 'unreadable';
  raw?: string;
  /** Candidate readings for an ambiguous cell. */
  candidates?: number[];
  note?: string;
}

export type CheckStatus = 'PASS' | 'FAIL' | 'NOT_ASSESSABLE';

export interface CheckResult {
  rule: string;
  severity: 'error' | 'warning';
  status: CheckStatus;
  expression: string;
  zh: string;
  /** Every id the expression mentions, with the value used (null = missing). */
  values: Record<string, number | null>;
  lhs: number | null;
  rhs: number | null;
  /** Human-readable arithmetic, e.g. "11 ≠ 2 + 22". */
  detail: string;
  /** For cross-year rules: the other report used. */
  otherReport?: string;
}

export interface Conflict {
  id: string;
  kept: number; // the table value
  other: number; // the prose value
  keptSpan: Span;
  otherSpan: Span;
  note: string;
}

export interface ParseError {
  code:
    | 'missing-file'
    | 'not-text'
    | 'empty'
    | 'decode'
    | 'too-large'
    | 'no-numbers'
    | 'internal'
    // PDF/DOCX/DOC (src/lib/parse/formats/)
    | 'encrypted' // password-protected PDF or Office file
    | 'image-only' // scanned PDF: pages without a text layer
    | 'corrupt' // truncated or damaged PDF/DOCX/DOC
    | 'table-image' // tables drawn as pictures: no cells to read
    | 'unsupported-format' // XLSX, PPTX, ODT, …
    | 'timeout';
  message: string;
}

export interface ReportRecord {
  file: string;
  meta: Meta;
  /** Values of catalog form indicators (tables of the template, or the same figures in prose). */
  values: Record<string, number>;
  /** Figures stated only in the text that the catalog keeps apart from the form (ids `text.*`),
   * e.g. 信息处理费 in section 六 of post-2019 reports. Not part of `values`. */
  textValues: Record<string, number>;
  /** Values computed by the catalog's definition rules (subtotals, 法人或其他组织, 行政诉讼合计),
   * kept apart from `values` because the report does not print them. */
  derived: Record<string, number>;
  /** Provenance of every id in `values`, `textValues` and `derived`. */
  provenance: Record<string, Provenance>;
  gaps: Gap[];
  checks: CheckResult[];
  conflicts: Conflict[];
  errors: ParseError[];
  /** Non-fatal observations (encoding used, chrome removed, …). */
  notes: string[];
  encoding: string | null;
  /** Set when the file was a document rather than text: the format it was read from. */
  format?: 'pdf' | 'docx' | 'doc';
  /** The decoded text the spans point into (for HTML input: its text rendering). */
  text: string;
  /** Spans of `text` that are not the report (portal navigation, archive headers, Word residue:
   * parse/chrome.json); the parser reads around them, a display may hide them. */
  chrome?: Array<{ start: number; end: number }>;
}
