// A seeded few hundred mutated reports (the `npm run fuzz` cases): no crash, no implausible value published.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, runFuzz } from '../../../../src/lib/fuzz/index.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');
const seeds = readdirSync(REPORTS)
  .filter((f) => /\.(txt|html?)$/i.test(f))
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(REPORTS, file))) }));

describe('fuzz (seeded)', () => {
  it('parses 300 mutated reports without a crash or an implausible value', { timeout: 0 }, () => {
    // time is measured by `npm run fuzz`, not here: slowness never fails this test
    const res = runFuzz(cases(seeds, 300, 20261201), () => Infinity);
    expect(res.findings).toEqual([]);
    expect(res.cases).toBe(300);
  });
});
