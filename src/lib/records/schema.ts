// zod schemas for the records the website loads (src/lib/records/store.ts and the ingest collection validate with them).
import { z } from 'zod';

const num = z.number();
const span = { start: z.number(), end: z.number() };

export const metaSchema = z.object({
  issuer: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  province: z.string().nullable(),
  prefecture: z.string().nullable(),
  adcode: z.string().regex(/^\d{6}$/).nullable(),
  level: z.enum(['province', 'prefecture', 'county', 'township', 'development-zone', 'department']).nullable(),
  year: z.number().int().nullable(),
  published: z.string().nullable(),
  template: z.enum(['pre2019', 'post2019', 'none']),
  kind: z.enum(['annual-report', 'scorecard', 'other']),
  variant: z.string().nullable(),
  yearInferred: z.boolean(),
  sources: z.record(z.string(), z.object({ how: z.string(), start: num.optional(), end: num.optional(), note: z.string().optional() })),
});

export const provenanceSchema = z.object({
  ...span,
  source: z.enum(['table', 'prose', 'derived']),
  label: z.string(),
  raw: z.string(),
  flags: z.array(z.string()),
  cell: z.object({ table: z.string(), row: z.string(), col: z.string().optional() }).optional(),
  from: z.array(z.string()).optional(),
  note: z.string().optional(),
  page: z.number().int().optional(),
  box: z.tuple([num, num, num, num]).optional(),
});

export const checkSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  status: z.enum(['PASS', 'FAIL', 'NOT_ASSESSABLE']),
  expression: z.string(),
  zh: z.string(),
  values: z.record(z.string(), z.number().nullable()),
  lhs: z.number().nullable(),
  rhs: z.number().nullable(),
  detail: z.string(),
  otherReport: z.string().optional(),
});

export const siteReportSchema = z.object({
  id: z.string(),
  file: z.string(),
  placeKey: z.string(),
  placeName: z.string(),
  meta: metaSchema,
  values: z.record(z.string(), num),
  textValues: z.record(z.string(), num),
  derived: z.record(z.string(), num),
  provenance: z.record(z.string(), provenanceSchema),
  gaps: z.array(
    z.object({
      id: z.string(),
      reason: z.string(),
      start: num.optional(),
      end: num.optional(),
      raw: z.string().optional(),
      candidates: z.array(num).optional(),
      note: z.string().optional(),
    }),
  ),
  checks: z.array(checkSchema),
  conflicts: z.array(
    z.object({ id: z.string(), kept: num, other: num, keptSpan: z.object(span), otherSpan: z.object(span), note: z.string() }),
  ),
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
  notes: z.array(z.string()),
  encoding: z.string().nullable(),
  format: z.enum(['pdf', 'docx', 'doc']).optional(),
  text: z.string(),
  chrome: z.array(z.object(span)).optional(),
  variants: z.array(z.object({ file: z.string(), sameValues: z.boolean(), differences: z.array(z.string()) })),
  sourceInfo: z
    .object({ source: z.string(), format: z.string(), original: z.string(), notes: z.string(), url: z.string().optional(), listUrl: z.string().optional(), fetchedAt: z.string().optional() })
    .nullable(),
});

export const ingestEntrySchema = z.object({
  id: z.string(),
  file: z.string(),
  status: z.enum(['report', 'variant', 'error', 'skipped']),
  reportId: z.string().nullable(),
  variantOf: z.string().nullable(),
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
  valueCount: z.number(),
  note: z.string().optional(),
});

