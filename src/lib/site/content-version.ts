// The version a page cites: the package version + a short hash of exactly what the page shows from
// the data (a report's record; a place's reports). A page whose own data did not change cites the
// same version in every build, so unchanged pages stay byte-identical (the whole release's
// fingerprint and build date are on /data/ and in release.json, not on every page).
import { createHash } from 'node:crypto';

/** Stable JSON: object keys sorted, so the same data always hashes the same. */
function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

export function contentVersion(packageVersion: string, data: unknown): string {
  return `${packageVersion}+${short(stable(data))}`;
}

/**
 * The same from the hashes of the record files ingest wrote (summary.hash), which already fingerprint
 * each record: no re-serialising of whole records on every page. When a hash is unknown (data written
 * before summaries carried one), the data itself is hashed.
 */
export function recordsVersion(packageVersion: string, hashes: ReadonlyArray<string | undefined>, data: () => unknown): string {
  if (hashes.some((h) => h === undefined)) return contentVersion(packageVersion, data());
  return `${packageVersion}+${short(hashes.join(','))}`;
}
