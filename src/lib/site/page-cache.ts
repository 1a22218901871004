// Cache keys for Astro's incremental build (astro.config experimental.incrementalBuild): a page
// returned by getStaticPaths with a cacheKey is copied from the previous build instead of rendered
// when the key and the page's code are unchanged. The key is a hash of everything the page shows
// that is not code: the record hashes ingest writes (summary.hash) and the page's other data.
import { createHash } from 'node:crypto';

/** sha1 of the parts' JSON; undefined (the page always renders) when a part is unknown. */
export function pageCacheKey(...parts: unknown[]): string | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}
