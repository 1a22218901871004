import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { ingestEntrySchema } from './lib/records/schema.ts';

// Written by `npm run ingest` (scripts/ingest.ts) from content/reports.
const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';

// Report records are not a content collection: pages read them through src/data/reports.ts (once
// per build, straight from <data>/reports). Astro's store would serialise every record to disk and
// back, which at 10,000 reports cost more than rendering the pages that need them.
const ingest = defineCollection({
  loader: file(`${DATA}/ingest.json`, {
    parser: (text) => (JSON.parse(text) as { files: Array<{ file: string }> }).files.map((f) => ({ id: f.file, ...f })),
  }),
  schema: ingestEntrySchema,
});

export const collections = { ingest };
