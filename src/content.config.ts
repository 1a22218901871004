import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { ingestEntrySchema, reportSummarySchema } from './lib/site/schema.ts';
import { readSiteReport, reportFiles, reportSummary } from './lib/site/load.ts';

// Written by `npm run ingest` (scripts/ingest.ts) from content/reports.
const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';

// The collection keeps a summary of each record (values, flags, gaps; no report text or rule
// results): Astro serialises the whole store to disk and back, which at 10,000 full records costs
// more than the rest of the build. Pages read full records through src/data/reports.ts.
const reports = defineCollection({
  loader: {
    name: 'nianbao-reports',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const path of reportFiles(DATA)) {
        const r = readSiteReport(path);
        store.set({ id: r.id, data: await parseData({ id: r.id, data: reportSummary(r) }) });
      }
    },
  },
  schema: reportSummarySchema,
});

const ingest = defineCollection({
  loader: file(`${DATA}/ingest.json`, {
    parser: (text) => (JSON.parse(text) as { files: Array<{ file: string }> }).files.map((f) => ({ id: f.file, ...f })),
  }),
  schema: ingestEntrySchema,
});

export const collections = { reports, ingest };
