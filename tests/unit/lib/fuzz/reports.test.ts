// The parser's invariant on generated reports (src/lib/fuzz/reports.ts): values drawn to satisfy
// the form's sums, printed in the layouts the parser claims; each value read must be exactly the
// drawn value (or absent), never another number.
// NIANBAO_GEN_RUNS=N runs more cases, NIANBAO_GEN_SEED=S another seed; `npm run fuzz -- --reports N`
// runs many without shrinking and prints every violation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyReport, violations } from '../../../../src/lib/fuzz/reports.ts';

const RUNS = Number(process.env.NIANBAO_GEN_RUNS ?? 1000);
const SEED = Number(process.env.NIANBAO_GEN_SEED ?? 20261201);

describe('generated reports', () => {
  it('every value read is exactly the value printed (2021 form and 2014 form, all layouts)', () => {
    fc.assert(
      fc.property(anyReport, (r) => {
        expect(violations(r), r.layout).toEqual({ template: 'ok', wrong: [] });
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 3_600_000); // many cases on a busy machine: no wall-clock limit that matters
});
