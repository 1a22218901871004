// Incremental-build keys of an indicator's pages (astro.config experimental.incrementalBuild; see
// page-cache.ts): a hash of exactly the rows they show. Apart from page-cache.ts so that report
// pages, which import that, do not depend on the indicator code.
import { createHash } from 'node:crypto';
import { toWire, type IndicatorRow } from './indicator-state.ts';

/** Each year's rows in wire form as JSON: the body of /indicators/<id>/<year>.json, and what its key hashes. */
export function yearBodies(byYear: ReadonlyMap<number, readonly IndicatorRow[]>): Map<number, string> {
  const bodies = new Map<number, string>();
  for (const [year, rows] of byYear) bodies.set(year, JSON.stringify(toWire(rows)));
  return bodies;
}

/**
 * Keys of an indicator's pages from its rows (src/lib/site/indicator-state.ts wire form): one per
 * year (what /indicators/<id>/<year>.json holds) and one over every year (the page, embed, card and
 * years.json show facts about all of them). A report whose values for the indicator did not change
 * leaves every key as it was. `bodies` are yearBodies(byYear), when made already.
 */
export function rowKeys(byYear: ReadonlyMap<number, readonly IndicatorRow[]>, bodies: ReadonlyMap<number, string> = yearBodies(byYear)): { years: Map<number, string>; all: string } {
  const years = new Map<number, string>();
  const all = createHash('sha1');
  for (const year of byYear.keys()) {
    const k = createHash('sha1').update(bodies.get(year)!).digest('hex');
    years.set(year, k);
    all.update(`${year}:${k}\n`);
  }
  return { years, all: all.digest('hex') };
}
