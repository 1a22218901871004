// The pre-2019 table reader on the real reports in content/reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../../../src/lib/parse/clean.ts';
import { detect } from '../../../../../src/lib/parse/detect.ts';
import { readPre2019Tables } from '../../../../../src/lib/parse/pre2019/index.ts';
import { locatePre2019Tables } from '../../../../../src/lib/parse/pre2019/locate.ts';
import { REPORTS } from '../../../../helpers/gold.ts';

function tables(file: string) {
  const t = clean(readFileSync(join(REPORTS, file), 'utf8')).text;
  return { t, regions: locatePre2019Tables(t), ...readPre2019Tables(t, detect(t)) };
}

describe('real reports', () => {
  it.each([
    ['000_29acd3a32e0cbf6b.txt', 'pipe-lines', 56],
    ['001_9aef50f578a0bdd8.txt', 'pipe-rows', 57],
    ['003_5ec431ede201274a.txt', 'cell-pipe', 58],
  ])('%s: layout %s, %i values', (file, layout, n) => {
    const r = tables(file);
    expect(r.regions.map((x) => x.layout)).toEqual([layout]);
    expect(Object.keys(r.values)).toHaveLength(n);
    for (const p of Object.values(r.provenance)) expect(r.t.slice(p.start, p.end)).toBe(p.raw);
  });

  it('seed 000: blank 行政复议数量 and 其他方式回应事件数 are gaps', () => {
    const r = tables('000_29acd3a32e0cbf6b.txt');
    expect(r.gaps.map((g) => [g.id, g.reason]).sort()).toEqual([
      ['response.other', 'blank'],
      ['review.total', 'blank'],
    ]);
    expect(r.values['org.staff.full_time']).toBe(47);
  });

  it('seed 004 (prose only) has no table', () => {
    expect(tables('004_2e4877b111ee56e7.txt').regions).toEqual([]);
  });

  it('pt-xian-2011: fused cells decoded, cumulative ignored', () => {
    const r = tables('pt-xian-2011.txt');
    expect(r.values['active.total']).toBe(425);
    expect(r.values['active.channel.website']).toBe(418);
    expect(r.values['active.channel.gazette']).toBe(7);
    expect(Object.values(r.values)).not.toContain(1516);
    expect(r.provenance['active.total']!.flags).toEqual(['decoded']);
  });

  it('pt-xian-2012: sums decide the request rows, the prose figure the 主动公开 row', () => {
    const r = tables('pt-xian-2012.txt');
    expect(r.values).toMatchObject({
      'active.total': 2026,
      'active.channel.website': 1795,
      'active.channel.gazette': 0,
      'requests.received': 21,
      'requests.received.in_person': 18,
      'legacy.requests.received.email': 3,
      'requests.answered.granted': 17,
      'requests.answered.partial': 2,
      'requests.answered.denied': 2,
    });
  });

  it('pt-syq-2013: the one-value gazette row is ambiguous', () => {
    const r = tables('pt-syq-2013.txt');
    expect(r.values['active.total']).toBe(72804);
    expect(r.gaps).toEqual([expect.objectContaining({ id: 'active.channel.gazette', reason: 'ambiguous' })]);
  });

  it.each(['pt-syq-2015.txt', 'pt-syq-2017.txt'])('%s: 网上申请数 without 电子邮件 row is 网络申请', (file) => {
    const r = tables(file);
    expect(r.values['requests.received.online']).toBe(0);
    expect(r.values).not.toHaveProperty('legacy.requests.received.web');
    expect(r.values).not.toHaveProperty('fees.total');
    expect(r.values).not.toHaveProperty('complaints.total');
  });
});
