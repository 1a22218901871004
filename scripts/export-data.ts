// Download files (/data/*, /data/indicators/<id>.csv, /reports/<id>/data.csv|json), written by a
// plain script instead of one Astro endpoint per file (the writing is src/lib/records/export.ts).
//   tsx scripts/export-data.ts            <data>/reports → <data>/downloads (+ sizes.json for /data/)
//   tsx scripts/export-data.ts --install  link <data>/downloads/** into the built site (<dist>)
// NIANBAO_DATA / NIANBAO_DIST as for ingest and `astro build`. `npm run build` runs both.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteReports } from '../src/lib/records/store.ts';
import { readSummaries } from '../src/lib/records/summary.ts';
import { exportDownloads, exportWideXlsx, installDownloads } from '../src/lib/records/export.ts';
import { buildTime, makeRelease } from '../src/lib/site/release.ts';

const ROOT = join(import.meta.dirname, '..');
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');

const t0 = performance.now();
const downloads = join(DATA, 'downloads');
if (process.argv.includes('--install')) {
  if (!existsSync(downloads) || !statSync(downloads).isDirectory()) throw new Error(`${downloads} missing: run npm run ingest first`);
  const n = installDownloads(downloads, DIST);
  // Ingest writes the XLSX beside the other downloads (and keeps it while no report changes); a
  // downloads folder from elsewhere without one gets it made here, straight into the site.
  if (!existsSync(join(downloads, 'data', 'nianbao-wide.xlsx'))) await exportWideXlsx(readSummaries(DATA), join(DIST, 'data', 'nianbao-wide.xlsx'));
  process.stderr.write(`export: ${n} download files → ${DIST} (${Math.round(performance.now() - t0)} ms)\n`);
} else {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const fingerprint = existsSync(join(DATA, 'inputs.sha256')) ? readFileSync(join(DATA, 'inputs.sha256'), 'utf8') : '';
  const sizes = exportDownloads(readSiteReports(DATA), downloads, makeRelease(version, fingerprint, buildTime()));
  process.stderr.write(`export: ${Object.keys(sizes).length} download files → ${downloads} (${Math.round(performance.now() - t0)} ms)\n`);
}
