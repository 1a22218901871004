import { z } from 'zod';

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/),
  template: z.enum(['pre2019', 'post2019']),
  variant: z.string(),
  kind: z.enum(['header', 'cell', 'row', 'derived', 'extension', 'text']),
  zh: z.string(),
  label_full: z.string(),
  aliases: z.array(z.string()),
  en: z.string(),
  unit: z.string().nullable(),
  parent: z.string().nullable(),
  section: z.string(),
  row: z.string().optional(),
  col: z.string().optional(),
  row_zh: z.string().optional(),
  col_zh: z.string().optional(),
  note: z.string().optional(),
  maps_to: z.string().optional(),
  kind_by_variant: z.record(z.string(), z.string()).optional(),
});

export const ruleSchema = z.object({
  id: z.string(),
  template: z.string(),
  variant: z.string(),
  zh: z.string(),
  expression: z.string(),
  severity: z.enum(['error', 'warning', 'definition']),
  scope: z.enum(['within-report', 'cross-year']),
  family: z.string().nullable(),
  source: z.string().nullable(),
});

export const crosswalkSchema = z.object({
  concept: z.string(),
  pre2019: z.string().nullable(),
  post2019: z.string().nullable(),
  comparable: z.string(),
  note: z.string().optional(),
});

export const catalogSchema = z.object({
  name: z.string(),
  version: z.string(),
  indicators: z.array(indicatorSchema),
  rules: z.array(ruleSchema),
  crosswalk: z.array(crosswalkSchema),
  templates: z.array(z.record(z.string(), z.unknown())),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type CrosswalkEntry = z.infer<typeof crosswalkSchema>;
