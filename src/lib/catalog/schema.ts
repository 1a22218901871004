import { z } from 'zod';

const indicatorTemplate = z.enum(['pre2019', 'post2019']);
/** pre2019: one local-form era or the 2014 form; post2019: one of the two forms or both. */
const indicatorVariant = z.enum(['2008-2013', '2014', '2019', '2021', 'both']);

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/),
  template: indicatorTemplate,
  variant: indicatorVariant,
  kind: z.enum(['header', 'cell', 'row', 'derived', 'extension', 'text']),
  zh: z.string(),
  label_full: z.string(),
  aliases: z.array(z.string()),
  /**
   * Table row nodes: the label stems a table reader looks for at the start of a printed row label
   * (literal text over whitespace-free text). The form's numbering comes from row_zh and is optional,
   * unless a stem begins with it ("(七)总计": required).
   */
  match: z.array(z.string()).optional(),
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
  /** 'pre2019+post2019' for the generic rules that hold under every template. */
  template: z.enum(['pre2019', 'post2019', 'pre2019+post2019']),
  /** 'all' with 'pre2019+post2019'. */
  variant: z.enum([...indicatorVariant.options, 'all']),
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

const stems = z.array(z.string().min(1)).min(1);
export const columnHeaderSchema = z.strictObject({
  col: z.string(),
  zh: z.string(),
  match: stems.optional(),
  match_after_strip: stems.optional(),
  when_only_stripped: stems.optional(),
});
const columnTableSchema = z.strictObject({
  not_a_column: stems.optional(),
  strip: stems.optional(),
  columns: z.array(columnHeaderSchema).min(1),
});

export const catalogSchema = z.object({
  name: z.string(),
  version: z.string(),
  indicators: z.array(indicatorSchema),
  rules: z.array(ruleSchema),
  crosswalk: z.array(crosswalkSchema),
  /** How the readers recognise the column headers of tables 3 and 4 (see its `about`). */
  column_headers: z.strictObject({ about: z.string(), t3: columnTableSchema, t4: columnTableSchema }),
  /** The national and local forms the catalog covers (descriptive: outline, sections, columns vary). */
  templates: z.array(
    z.looseObject({
      id: z.enum(['pre2019/2008-2013', 'pre2019/2014', 'post2019/2019', 'post2019/2021']),
      name: z.string(),
      report_years: z.string(),
      doc_no: z.string(),
    }),
  ),
  counts: z.object({
    indicators_total: z.number().int(),
    by_template_kind: z.record(z.string(), z.number().int()),
    rules_total: z.number().int(),
    rules_by_severity: z.record(z.string(), z.number().int()),
  }),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type CrosswalkEntry = z.infer<typeof crosswalkSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type ColumnHeader = z.infer<typeof columnHeaderSchema>;
export type ColumnTable = z.infer<typeof columnTableSchema>;
