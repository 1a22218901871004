// Download files (/data/*, /data/indicators/<id>.csv, /reports/<id>/data.csv|json), written by a
// plain script instead of one Astro endpoint per file: every value row is built once and shared.
//   tsx scripts/export-data.ts            <data>/reports → <data>/downloads (+ sizes.json for /data/)
//   tsx scripts/export-data.ts --install  link <data>/downloads/** into the built site (<dist>)
// NIANBAO_DATA / NIANBAO_DIST as for ingest and `astro build`. `npm run build` runs both.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteReport } from '../src/lib/site/model.ts';
import { readSiteReports } from '../src/lib/site/load.ts';
import {
  INDICATOR_FIELDS, LONG_FIELDS, README, idsWithValues, longRows, reportIndexEntry, reportJson, toCsv, wideTable, type LongRow,
} from '../src/lib/site/downloads.ts';

const ROOT = join(import.meta.dirname, '..');
export const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');

export interface DownloadSizes {
  /** Bytes (UTF-8) per site path, e.g. "/data/nianbao-long.csv". */
  [path: string]: number;
}

/** Write every download of `reports` (site order) under `out` (mirroring site paths); returns sizes. */
export function exportDownloads(reports: readonly SiteReport[], out: string): DownloadSizes {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data', 'indicators'), { recursive: true });
  const sizes: DownloadSizes = {};
  const write = (path: string, body: string) => {
    writeFileSync(join(out, path), body);
    sizes[path] = Buffer.byteLength(body, 'utf8');
  };
  const rows = reports.map((r) => longRows(r));
  write('/data/reports.json', JSON.stringify(reports.map(reportIndexEntry), null, 1));
  write('/data/nianbao-long.csv', toCsv(LONG_FIELDS, rows.flat() as unknown as Array<Record<string, unknown>>));
  const wide = wideTable(reports);
  write('/data/nianbao-wide.csv', toCsv(wide.fields, wide.rows));
  write('/data/README.txt', '\uFEFF' + README);
  // One indicator across reports: a report's first row of that id (as indicatorRows), same order.
  const byId = new Map<string, Array<Record<string, unknown>>>();
  reports.forEach((r, i) => {
    const seen = new Set<string>();
    for (const row of rows[i]!) {
      if (seen.has(row.indicator_id)) continue;
      seen.add(row.indicator_id);
      let list = byId.get(row.indicator_id);
      if (!list) byId.set(row.indicator_id, (list = []));
      list.push({ ...row, province: r.meta.province ?? '' });
    }
  });
  // Same order as indicatorRows (year, then place name in zh-CN collation), with each distinct name
  // collated once: localeCompare per comparison made this the slowest step at 10,000 reports.
  const zh = new Intl.Collator('zh-CN').compare;
  const names = [...new Set(reports.map((r) => r.placeName))].sort(zh);
  const rank = new Map<string, number>();
  names.forEach((n, i) => rank.set(n, i > 0 && zh(names[i - 1]!, n) === 0 ? rank.get(names[i - 1]!)! : i));
  const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    Number(a.year ?? 0) - Number(b.year ?? 0) || rank.get(a.place_name as string)! - rank.get(b.place_name as string)!;
  for (const id of idsWithValues(reports)) write(`/data/indicators/${id}.csv`, toCsv(INDICATOR_FIELDS, (byId.get(id) ?? []).sort(order)));
  reports.forEach((r, i) => {
    mkdirSync(join(out, 'reports', r.id), { recursive: true });
    write(`/reports/${r.id}/data.csv`, toCsv(LONG_FIELDS, rows[i]! as LongRow[] as unknown as Array<Record<string, unknown>>));
    write(`/reports/${r.id}/data.json`, reportJson(r));
  });
  writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes));
  return sizes;
}

/** Hard-link (copy across file systems) every file under `from` into `to`, keeping relative paths. */
export function installDownloads(from: string, to: string): number {
  let n = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
        continue;
      }
      const rel = relative(from, p);
      if (rel === 'sizes.json') continue;
      const target = join(to, rel);
      mkdirSync(dirname(target), { recursive: true });
      rmSync(target, { force: true });
      try {
        linkSync(p, target);
      } catch {
        copyFileSync(p, target);
      }
      n++;
    }
  };
  walk(from);
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const downloads = join(DATA, 'downloads');
  if (process.argv.includes('--install')) {
    if (!existsSync(downloads) || !statSync(downloads).isDirectory()) throw new Error(`${downloads} missing: run npm run ingest first`);
    const n = installDownloads(downloads, DIST);
    process.stderr.write(`export: ${n} download files → ${DIST} (${Math.round(performance.now() - t0)} ms)\n`);
  } else {
    const sizes = exportDownloads(readSiteReports(DATA), downloads);
    process.stderr.write(`export: ${Object.keys(sizes).length} download files → ${downloads} (${Math.round(performance.now() - t0)} ms)\n`);
  }
}
