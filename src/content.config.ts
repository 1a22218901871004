import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ingestEntrySchema, siteReportSchema } from './lib/site/schema.ts';

// Written by `npm run ingest` (scripts/ingest.ts) from content/reports.
const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';

const reports = defineCollection({
  loader: glob({ pattern: 'reports/*.json', base: DATA, generateId: ({ data }) => String(data.id) }),
  schema: siteReportSchema,
});

const ingest = defineCollection({
  loader: file(`${DATA}/ingest.json`, {
    parser: (text) => (JSON.parse(text) as { files: Array<{ file: string }> }).files.map((f) => ({ id: f.file, ...f })),
  }),
  schema: ingestEntrySchema,
});

export const collections = { reports, ingest };
