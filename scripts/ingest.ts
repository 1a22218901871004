// content/reports/* → .nianbao/data/{reports/<id>.json, ingest.json}. Every input file ends up
// either as a report record, as a variant of another file's report, or as an error entry.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseFileAsync } from '../src/lib/parse/index.ts';
import { placeKey, placeName } from '../src/lib/places/index.ts';
import { crossYearChecks } from '../src/lib/validate/index.ts';
import { catalogVersion } from '../src/lib/catalog/index.ts';
import { reportIds } from '../src/lib/records/report-id.ts';
import { parseSources } from '../src/lib/records/sources.ts';
import { valueDifferences } from '../src/lib/records/variants.ts';
import type { IngestEntry, IngestReport, SiteReport } from '../src/lib/records/model.ts';
import type { ReportRecord } from '../src/lib/types.ts';
import { sortSiteOrder } from '../src/lib/records/store.ts';
import { exportCombined, prepareDownloads, writeSizes, type DownloadSizes } from '../src/lib/records/export.ts';
import { siteRecord, writeReport, type SiteAdditions } from '../src/lib/records/write.ts';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = process.env.NIANBAO_REPORTS ?? join(ROOT, 'content', 'reports');
const OUT = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
const NOT_REPORTS = /^(sources\.csv|readme(\.md)?|\..*)$/i;

const started = performance.now();
const sourcesPath = join(REPORTS, 'sources.csv');
const sources = existsSync(sourcesPath) ? parseSources(readFileSync(sourcesPath, 'utf8')) : new Map();
const files = readdirSync(REPORTS).filter((f) => !NOT_REPORTS.test(f)).sort();
const pool = await parseAll(files.map((f) => join(REPORTS, f)));
const records = pool.records;

/**
 * Parse every file, on worker threads when there are enough files to pay for starting them
 * (NIANBAO_INGEST_WORKERS overrides the count; 0 or 1 parses on this thread). Records come back in
 * file order whatever the scheduling, so the output is the same as a serial run. The workers stay
 * up and keep their records: `finish` has each write the record files and per-report downloads of
 * the records it parsed (see scripts/ingest-worker.ts).
 */
async function parseAll(paths: string[]): Promise<{ records: ReportRecord[]; finish: (adds: Map<number, SiteAdditions>) => Promise<DownloadSizes> }> {
  const env = process.env.NIANBAO_INGEST_WORKERS;
  const n = Math.min(env !== undefined && env !== '' ? Number(env) : availableParallelism(), Math.floor(paths.length / 50));
  if (!(n > 1)) {
    const records: ReportRecord[] = [];
    for (const p of paths) records.push(await parseFileAsync(p));
    const finish = async (adds: Map<number, SiteAdditions>) => {
      const sizes: DownloadSizes = {};
      for (const [i, add] of adds) {
        Object.assign(sizes, writeReport(siteRecord(records[i]!, add), OUT));
      }
      return sizes;
    };
    return { records, finish };
  }
  const out: ReportRecord[] = new Array(paths.length);
  const owner: number[] = new Array(paths.length);
  const CHUNK = 20;
  let next = 0;
  const workerUrl = new URL('./ingest-worker.ts', import.meta.url);
  const workers: Worker[] = [];
  await Promise.all(
    Array.from({ length: n }, (_, wi) =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(workerUrl, { execArgv: ['--import', 'tsx'] });
        workers.push(w);
        const onMessage = (m: { ready?: true; start: number; records: ReportRecord[] }) => {
          if (!m.ready) m.records.forEach((r, i) => ((out[m.start + i] = r), (owner[m.start + i] = wi)));
          if (next >= paths.length) {
            w.off('message', onMessage);
            return resolve();
          }
          const start = next;
          next = Math.min(paths.length, next + CHUNK);
          w.postMessage({ paths: paths.slice(start, next), start });
        };
        w.on('message', onMessage);
        w.on('error', reject);
        w.on('exit', (code) => code !== 0 && reject(new Error(`ingest worker exited with ${code}`)));
      }),
    ),
  );
  const finish = (adds: Map<number, SiteAdditions>) =>
    Promise.all(
      workers.map(
        (w, wi) =>
          new Promise<DownloadSizes>((resolve, reject) => {
            const mine = [...adds].filter(([i]) => owner[i] === wi).map(([index, add]) => ({ index, add }));
            w.once('message', (m: { sizes: DownloadSizes }) => {
              w.postMessage(null);
              resolve(m.sizes);
            });
            w.on('error', reject);
            w.postMessage({ finish: mine, out: OUT });
          }),
      ),
    ).then((all) => Object.assign({}, ...all) as DownloadSizes);
  return { records: out, finish };
}

const isVariant = (file: string) => {
  const of = sources.get(file)?.variant_of;
  return of && files.includes(of) ? of : null;
};
const primaries = records.filter((r) => r.errors.length === 0 && !isVariant(r.file));
const keys = primaries.map((r) => placeKey(r.meta));
const ids = reportIds(primaries.map((r, i) => ({ file: r.file, placeKey: keys[i]!, year: r.meta.year })));

const site: SiteReport[] = primaries.map((r, i) => {
  const s = sources.get(r.file);
  return {
    ...r,
    id: ids[i]!,
    placeKey: keys[i]!,
    placeName: placeName(r.meta),
    variants: [],
    sourceInfo: s ? { source: s.source, format: s.format, original: s.original, notes: s.notes } : null,
  };
});
const byFile = new Map(site.map((r) => [r.file, r]));

const entries: IngestEntry[] = records.map((r) => {
  const variantOf = isVariant(r.file);
  const base = { file: r.file, errors: r.errors, valueCount: Object.keys(r.values).length };
  if (r.errors.length) return { ...base, status: 'error', reportId: null, variantOf: null };
  if (variantOf) {
    const primary = byFile.get(variantOf);
    if (primary) {
      const differences = valueDifferences(primary.values, r.values);
      primary.variants.push({ file: r.file, sameValues: differences.length === 0, differences });
    }
    return { ...base, status: 'variant', reportId: primary?.id ?? null, variantOf };
  }
  return { ...base, status: 'report', reportId: byFile.get(r.file)!.id, variantOf: null };
});

const xyear = crossYearChecks(
  site.map((r) => ({ id: r.id, placeKey: r.placeKey, year: r.meta.year, template: r.meta.template, variant: r.meta.variant, values: { ...r.derived, ...r.values } })),
);
for (const r of site) r.checks = [...r.checks, ...(xyear.get(r.id) ?? [])];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'reports'), { recursive: true });
// Record files and each report's own downloads are written by the workers that parsed them, while
// this thread writes the downloads about all reports (validated by the workers, in site order);
// everything is linked into the built site by `tsx scripts/export-data.ts --install` after `astro build`.
const parsedMs = Math.round(performance.now() - started);
const exportStarted = performance.now();
const downloads = join(OUT, 'downloads');
prepareDownloads(downloads);
const recordIndex = new Map(records.map((r, i) => [r, i]));
const adds = new Map<number, SiteAdditions>();
primaries.forEach((r, i) => {
  const x = site[i]!;
  adds.set(recordIndex.get(r)!, { id: x.id, placeKey: x.placeKey, placeName: x.placeName, variants: x.variants, sourceInfo: x.sourceInfo, extraChecks: xyear.get(x.id) ?? [] });
});
const perReport = pool.finish(adds);
const combined = exportCombined(sortSiteOrder([...site]), downloads);
writeSizes(downloads, { ...combined, ...(await perReport) });
const exportMs = Math.round(performance.now() - exportStarted);
const report: IngestReport = {
  generatedAt: new Date().toISOString(),
  catalogVersion,
  files: entries,
  durationMs: parsedMs,
};
writeFileSync(join(OUT, 'ingest.json'), JSON.stringify(report, null, 1));

const count = (s: string) => entries.filter((e) => e.status === s).length;
process.stderr.write(
  `ingest: ${files.length} files → ${count('report')} reports, ${count('variant')} variants, ${count('error')} errors (${report.durationMs} ms; downloads ${exportMs} ms)\n`,
);
for (const e of entries.filter((x) => x.status === 'error')) process.stderr.write(`  ✗ ${e.file}: ${e.errors.map((x) => x.message).join('; ')}\n`);
