// Compare a parsed record with a gold extraction the way ../shared/tools/score_extraction.py does:
// every `values` id exactly, `optional` ids only if equal, no other ids, and the metadata fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRecord } from '../../src/lib/types.ts';

export interface Gold {
  file: string;
  meta: Record<string, unknown>;
  values: Record<string, number>;
  optional?: Record<string, number>;
  notes?: string[];
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const REPORTS = join(import.meta.dirname, '..', '..', 'content', 'reports');

export function loadGold(dir: 'gold' | 'corpus-gold'): Gold[] {
  const d = join(FIXTURES, dir);
  return readdirSync(d)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')) as Gold);
}

/** The file in content/reports a gold entry refers to (the .js data file was imported as .html). */
export function reportPath(gold: Gold): string {
  return join(REPORTS, gold.file.replace(/\.js$/, '.html'));
}

export const META_FIELDS = ['year', 'template', 'province', 'adcode', 'level'] as const;

export interface GoldDiff {
  wrong: Array<{ id: string; got: number; want: number }>;
  missing: string[];
  extra: Array<{ id: string; got: number }>;
  meta: Array<{ field: string; got: unknown; want: unknown }>;
}

export function diffAgainstGold(rec: ReportRecord, gold: Gold): GoldDiff {
  const want = { ...(gold.optional ?? {}), ...gold.values };
  const diff: GoldDiff = { wrong: [], missing: [], extra: [], meta: [] };
  for (const [id, got] of Object.entries(rec.values)) {
    if (!(id in want)) diff.extra.push({ id, got });
    else if (Math.abs(got - want[id]!) > 1e-6) diff.wrong.push({ id, got, want: want[id]! });
  }
  for (const id of Object.keys(gold.values)) if (!(id in rec.values)) diff.missing.push(id);
  for (const field of META_FIELDS) {
    const got = (rec.meta as unknown as Record<string, unknown>)[field] ?? null;
    const w = gold.meta[field] ?? null;
    if (String(got) !== String(w)) diff.meta.push({ field, got, want: w });
  }
  return diff;
}
