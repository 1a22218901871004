// Metadata of every gold file (tests/fixtures/gold, tests/fixtures/corpus-gold) through the whole parser:
// all meta fields, not only the five the golden-extraction test compares.
import { describe, expect, it } from 'vitest';
import { parseFileAsync } from '../../../../../src/lib/parse/index.ts';
import { loadGold, reportPath } from '../../../../helpers/gold.ts';

describe('all gold files: metadata equals gold', () => {
  const FIELDS = ['issuer', 'jurisdiction', 'province', 'prefecture', 'adcode', 'level', 'year', 'published', 'template', 'kind'] as const;
  for (const gold of [...loadGold('gold'), ...loadGold('corpus-gold')]) {
    it(gold.file, async () => {
      const rec = await parseFileAsync(reportPath(gold));
      const got = Object.fromEntries(FIELDS.map((f) => [f, rec.meta[f] ?? null]));
      const want = Object.fromEntries(FIELDS.map((f) => [f, gold.meta[f] ?? null]));
      expect(got).toEqual(want);
      for (const f of ['issuer', 'year'] as const) if (rec.meta[f] !== null) expect(rec.meta.sources[f]).toBeDefined();
    });
  }
});
