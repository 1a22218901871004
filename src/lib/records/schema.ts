// zod schemas for the records the website loads (src/lib/records/store.ts and the ingest collection
// validate with them): the parser's record (src/lib/record-schema.ts) plus what ingest adds. The
// types of records/model.ts are inferred from these.
import { z } from 'zod';
import { parseErrorSchema, reportRecordShape } from '../record-schema.ts';

export { checkSchema, metaSchema, provenanceSchema } from '../record-schema.ts';

export const sourceInfoSchema = z.object({
  source: z.string(),
  format: z.string(),
  /** Path under content/ of the original document (PDF, JS data file), if kept. */
  original: z.string(),
  notes: z.string(),
  /** The original's address (sources.csv `url`, after redirects), when known: the report page links it. */
  url: z.string().optional(),
  /** The 年报 list page it was listed on (`list_url`). */
  listUrl: z.string().optional(),
  /** When `npm run collect` fetched it (`fetched_at`, ISO 8601). */
  fetchedAt: z.string().optional(),
});

const { file, ...parsed } = reportRecordShape;

export const siteReportSchema = z.object({
  /** Stable, readable: place id + year (+ issuer suffix for departments / collisions). */
  id: z.string(),
  file,
  placeKey: z.string(),
  placeName: z.string(),
  ...parsed,
  /** Other files that hold the same report (another extractor's text of the same PDF, a text copy of the HTML). */
  variants: z.array(z.object({ file: z.string(), sameValues: z.boolean(), differences: z.array(z.string()) })),
  sourceInfo: sourceInfoSchema.nullable(),
});

export const ingestStatusSchema = z.enum(['report', 'variant', 'error', 'skipped']);

/** One file ingest saw, as written to ingest.json. */
export const ingestFileSchema = z.object({
  file: z.string(),
  status: ingestStatusSchema,
  reportId: z.string().nullable(),
  variantOf: z.string().nullable(),
  errors: z.array(parseErrorSchema),
  valueCount: z.number(),
  /** Why a file was skipped, or how its variant_of was resolved (cycle, unreadable primary). */
  note: z.string().optional(),
});

/** The ingest content collection's entries: an ingest file with the collection's id. */
export const ingestEntrySchema = z.object({ id: z.string(), ...ingestFileSchema.shape });
