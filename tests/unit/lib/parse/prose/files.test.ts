// The prose reader on the real reports, and its merge with the tables.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../src/lib/parse/index.ts';
import { REPORTS } from '../../../../helpers/gold.ts';

const parse = (f: string) => parseFile(join(REPORTS, f));

describe('prose on real reports', () => {
  it('seed 004 (no table): every figure comes from sentences', () => {
    const r = parse('004_2e4877b111ee56e7.txt');
    expect(r.values).toMatchObject({ 'active.total': 449, 'litigation.total': 7, 'org.staff': 11, 'org.staff.part_time': 22, 'requests.received': 0 });
    expect(r.values).not.toHaveProperty('active.channel.website');
    for (const p of Object.values(r.provenance)) {
      expect(p.source).toBe('prose');
      expect(r.text.slice(p.start, p.end)).toBe(p.raw);
    }
  });

  it('seed 002 (scorecard): staff figures, approximate 40余条 marked', () => {
    const r = parse('002_088a73d5c1439552.txt');
    expect(r.values).toMatchObject({ 'org.staff': 1610, 'org.staff.full_time': 651, 'org.staff.part_time': 959 });
    expect(r.values).not.toHaveProperty('training.trainees');
    expect(r.values['response.policy_interpretations']).toBe(40);
    expect(r.provenance['response.policy_interpretations']?.flags).toContain('approximate');
  });

  it('seed 001: prose 同意公开 205 is a conflict with the table, the table value stays', () => {
    const r = parse('001_9aef50f578a0bdd8.txt');
    expect(r.values['requests.answered.granted']).toBe(9);
    expect(r.conflicts).toEqual([expect.objectContaining({ id: 'requests.answered.granted', kept: 9, other: 205 })]);
    expect(r.values).not.toHaveProperty('legacy.requests.received.email');
  });

  it('pt-syq-2013: prose 4970 vs table 72804 is a conflict', () => {
    const r = parse('pt-syq-2013.txt');
    expect(r.values['active.total']).toBe(72804);
    expect(r.values['legacy.consult.page_views']).toBe(196022);
    expect(r.conflicts.map((c) => [c.id, c.kept, c.other])).toEqual([['active.total', 72804, 4970]]);
  });

  it('seed 000: the blank 行政复议数量 stays without a value', () => {
    const r = parse('000_29acd3a32e0cbf6b.txt');
    expect(r.values).not.toHaveProperty('review.total');
    expect(r.conflicts).toEqual([]);
  });
});
