// Golden extraction tests: every labelled report must come out exactly as its gold file.
import { describe, expect, it } from 'vitest';
import { parseFileAsync } from '../../../../src/lib/parse/index.ts';
import { diffAgainstGold, loadGold, reportPath } from '../../../helpers/gold.ts';

const cases = [...loadGold('gold'), ...loadGold('corpus-gold')];

describe('gold extractions', () => {
  for (const gold of cases) {
    it(`${gold.file} (${String(gold.meta.template)})`, async () => {
      const rec = await parseFileAsync(reportPath(gold));
      expect(rec.errors).toEqual([]);
      expect(diffAgainstGold(rec, gold)).toEqual({ wrong: [], missing: [], extra: [], meta: [] });
    });
  }
});
