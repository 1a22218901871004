// The record a report file becomes. This shape is the contract between the parser,
// the `npm run parse` CLI, the ingest step and the website. Its one definition is the zod schema in
// record-schema.ts; these are the types inferred from it (documentation lives there).
import type { z } from 'zod';
import type {
  checkSchema, checkStatusSchema, conflictSchema, flagSchema, gapSchema, kindSchema, levelSchema, metaFieldSchema, metaSchema,
  metaSourceSchema, parseErrorSchema, provenanceSchema, reportRecordSchema, spanSchema, templateSchema, variantSchema,
} from './record-schema.ts';

export type Template = z.infer<typeof templateSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type MetaField = z.infer<typeof metaFieldSchema>;
export type MetaSource = z.infer<typeof metaSourceSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type CheckStatus = z.infer<typeof checkStatusSchema>;
export type CheckResult = z.infer<typeof checkSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type ParseError = z.infer<typeof parseErrorSchema>;
export type ReportRecord = z.infer<typeof reportRecordSchema>;
