// Pages the render workers write themselves (src/integrations/render-workers.ts): the paths of the
// numerous per-key routes (a report, a place, a place's compare JSON) are not handed to Astro's
// generation loop, whose per-path work in the main thread (a Request and a Response, the file
// written twice — site and incremental cache — with a mkdir each, and the garbage of it all) cost
// more than rendering the page. The worker that listed such a path renders it with the same Astro
// render (renderForPrerender of the same route and URL) and writes the body once, through a cache of
// its own (src/lib/site/data-file-cache.ts under <cacheDir>/pages*): a path whose key is unchanged
// is linked from the last build instead of rendered. The key is the route's cacheKey (as Astro's
// incremental build uses it) plus the route's code: Astro's dependency hash of the page's module
// graph, its config hash and lockfile hash — what decides whether Astro itself would reuse a page.
import { createHash } from 'node:crypto';
import { pageCacheKey } from '../lib/site/page-cache.ts';

/**
 * Route components whose paths the workers write. Every path is rendered in a worker either way, so
 * the HTML is the same (an island's uid hashes its component, props and markup); what changes is
 * who writes it: the indicator pages and embeds (an island each) are 742 of the ~1,050 paths Astro's
 * loop would otherwise carry in the main thread at 10,000 reports.
 */
export const DIRECT_ROUTES: ReadonlySet<string> = new Set([
  'src/pages/reports/[id]/index.astro',
  'src/pages/places/[id]/index.astro',
  'src/pages/compare/place/[key].json.ts',
  'src/pages/indicators/[id].astro',
  'src/pages/embed/indicators/[id].astro',
]);

export interface ListedPath {
  /** route number (render-workers.ts: the manifest's routes, each followed by its fallbacks) */
  r: number;
  pathname: string;
  cacheKey?: string;
  /** the workers that listed it */
  listedBy: readonly number[];
}

/**
 * Which listed paths go to Astro's loop and which a worker writes: a path of a direct route goes to
 * the one worker that listed it, unless several did (a route that does not shard) or its pathname is
 * also another route's (Astro's loop then decides which one wins, as without the workers). Every
 * path is in exactly one of the two, in the order given.
 */
export function splitPaths<T extends ListedPath>(paths: readonly T[], isDirect: (r: number) => boolean): { astro: T[]; direct: T[] } {
  const seen = new Map<string, number>();
  for (const p of paths) {
    const n = normalized(p.pathname);
    seen.set(n, (seen.get(n) ?? 0) + 1);
  }
  const astro: T[] = [];
  const direct: T[] = [];
  for (const p of paths) (isDirect(p.r) && p.listedBy.length === 1 && seen.get(normalized(p.pathname)) === 1 ? direct : astro).push(p);
  return { astro, direct };
}

/** Astro's normalisation of a pathname when it looks for two routes giving the same path (generate.js). */
const normalized = (pathname: string) => (pathname.endsWith('/') && pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/** The code of a route as Astro's incremental build keys it: the page's dependency hash, the config and lockfile hashes. */
export function routeCode(dependencyHash: string, configHash: string, lockfileHash: string): string {
  return createHash('sha1').update(JSON.stringify([dependencyHash, configHash, lockfileHash])).digest('hex');
}

/** A written page's cache key: its cacheKey and its route's code; none (rendered on every build) without either. */
export function directPageKey(cacheKey: string | undefined, code: string | undefined): string | undefined {
  return cacheKey === undefined || code === undefined ? undefined : pageCacheKey(cacheKey, code);
}

/**
 * The URL Astro requests a path with (generate.js getUrlForPath) for the build format 'directory'
 * with base '/' and trailingSlash other than 'never' — the only configuration direct pages are used
 * with (render-workers.ts checks it): a page ends in '/', an endpoint is its pathname.
 */
export function directUrl(pathname: string, type: string, origin: string): string {
  if (type === 'endpoint' || pathname === '/' || pathname === '') return new URL(pathname || '/', origin).href;
  return new URL(`/${pathname.replace(/^\/+/, '').replace(/\/+$/, '')}/`, origin).href;
}
