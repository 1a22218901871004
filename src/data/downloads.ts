// Download files are written by src/lib/records/export.ts (run by `npm run ingest` into
// <data>/downloads and linked into the built site after `astro build`); the /data/ page reads
// their sizes from the sizes.json it leaves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getReports } from './reports.ts';
import { idsWithValues, readmeText } from '../lib/site/downloads.ts';
import { parseRelease, type Release } from '../lib/site/release.ts';
import { rates } from '../lib/catalog/rates.ts';

const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';
let sizesP: Record<string, number> | null = null;

/** Bytes of a download file by site path (/data/nianbao-long.csv). */
export function downloadSize(path: string): number {
  sizesP ??= JSON.parse(readFileSync(join(DATA, 'downloads', 'sizes.json'), 'utf8')) as Record<string, number>;
  const n = sizesP[path];
  if (n === undefined) throw new Error(`no download ${path} in ${DATA}/downloads/sizes.json (run npm run ingest)`);
  return n;
}

/** Whether the export wrote this download (rates without any value have no CSV). */
export function hasDownload(path: string): boolean {
  sizesP ??= JSON.parse(readFileSync(join(DATA, 'downloads', 'sizes.json'), 'utf8')) as Record<string, number>;
  return path in sizesP;
}

export const indicatorIds = async () => idsWithValues(await getReports());

/** Rate ids with a CSV (/data/indicators/<rate-id>.csv). */
export const rateIds = () => rates.map((r) => r.id).filter((id) => hasDownload(`/data/indicators/${id}.csv`));

let releaseP: Release | null = null;
/** The build's version, date and licence (/data/release.json, written by ingest). */
export function release(): Release {
  releaseP ??= parseRelease(readFileSync(join(DATA, 'downloads', 'data', 'release.json'), 'utf8'));
  if (!releaseP) throw new Error(`${DATA}/downloads/data/release.json is not a release (run npm run ingest)`);
  return releaseP;
}

export const readme = () => readmeText(release());
