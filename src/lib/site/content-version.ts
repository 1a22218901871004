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

export function contentVersion(packageVersion: string, data: unknown): string {
  return `${packageVersion}+${createHash('sha256').update(stable(data)).digest('hex').slice(0, 8)}`;
}
