import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../src/lib/parse/index.ts';
import { implausibility } from '../../../../src/lib/parse/plausibility.ts';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports', 'pt-syq-2021.txt'), 'utf8');

describe('plausibility gate', () => {
  it('names why a count cannot be a form value, and accepts ordinary counts, amounts and deltas', () => {
    expect(implausibility('t3.new_received.total', 70)).toBeNull();
    expect(implausibility('t3.new_received.total', -3001)).toBe('负数');
    expect(implausibility('t3.new_received.total', 1.5)).toBe('件数不是整数');
    expect(implausibility('t3.new_received.total', 9007199254740992)).toMatch(/可精确表示/);
    expect(implausibility('t3.new_received.total', 1e20)).toMatch(/可精确表示/);
    expect(implausibility('t3.new_received.total', 500_000_000)).toMatch(/可容纳/);
    expect(implausibility('t2.licensing.delta', -8)).toBeNull();
    expect(implausibility('t2.fees.amount', 24252.311082)).toBeNull();
  });

  it('turns huge and unsafe printed counts into gaps `implausible` that keep the printed span, outside values and checks', () => {
    const text = SEED.replace('行政许可2293', '行政许可99999999999999999999').replace('行政处罚1282', '行政处罚9007199254740993');
    const r = parseText(text, 'x.txt');
    for (const id of ['t2.licensing.decisions', 't2.penalty.decisions']) {
      expect(r.values[id], id).toBeUndefined();
      const gap = r.gaps.find((g) => g.id === id)!;
      expect(gap.reason).toBe('implausible');
      expect(r.text.slice(gap.start, gap.end)).toMatch(/^\d{16,}$/);
      expect(r.checks.every((c) => !(id in c.values) || c.values[id] === null)).toBe(true);
    }
  });
});
