// Places the national code list does not have (development zones, experimental zones):
// the project's own small table, src/lib/places/extra-places.json.
import raw from './extra-places.json' with { type: 'json' };
import type { Level } from '../types.ts';

export interface ExtraPlace {
  /** Stable ASCII id used in URLs (kunming-etdz, pingtan-zone). */
  slug: string;
  name: string;
  aliases: string[];
  /** The body that governs it (管理委员会), as usually written. */
  government: string;
  level: Level;
  province: string;
  prefecture: string | null;
  /** 6-digit code of the nearest listed parent (prefecture, else province). */
  parentCode: string;
  /** Why it is here and how it relates to listed divisions. */
  note: string;
}

export const EXTRA_PLACES: readonly ExtraPlace[] = raw as ExtraPlace[];

const BY_NAME = new Map<string, ExtraPlace>();
const BY_SLUG = new Map<string, ExtraPlace>();
for (const p of EXTRA_PLACES) {
  BY_SLUG.set(p.slug, p);
  for (const n of [p.name, ...p.aliases]) {
    if (BY_NAME.has(n)) throw new Error(`extra-places.json: name ${n} is used twice`);
    BY_NAME.set(n, p);
  }
}

/** The extra place with this name or alias. */
export function extraByName(name: string): ExtraPlace | null {
  return BY_NAME.get(name) ?? null;
}

export function extraBySlug(slug: string): ExtraPlace | null {
  return BY_SLUG.get(slug) ?? null;
}

export function extraNames(): IterableIterator<string> {
  return BY_NAME.keys();
}
