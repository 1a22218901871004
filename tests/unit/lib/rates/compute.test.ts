import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rate } from '../../../../src/lib/catalog/rates.ts';
import { calculationText, changeRate, formulaIds, formulaText, percent, ratioRate, type RateInput } from '../../../../src/lib/rates/compute.ts';

const post = (values: Record<string, number>, over: Partial<RateInput> = {}): RateInput => ({
  id: 'p-2021', placeKey: 'p', meta: { year: 2021, template: 'post2019', variant: '2021', kind: 'annual-report' }, values, derived: {}, provenance: {}, checks: [], ...over,
});
const pre = (values: Record<string, number>, over: Partial<RateInput> = {}): RateInput => ({
  id: 'p-2017', placeKey: 'p', meta: { year: 2017, template: 'pre2019', variant: '2014', kind: 'annual-report' }, values, derived: {}, provenance: {}, checks: [], ...over,
});
const granted = rate('rate.granted')!;

describe('ratio rates', () => {
  it('予以公开率 = 予以公开 ÷ 总计, with its numbers', () => {
    const o = ratioRate(granted, post({ 't3.granted.total': 21, 't3.total.total': 63 }));
    expect(o.ok && [o.value, o.num, o.den, o.small, calculationText(granted, o)]).toEqual([33.3, 21, 63, false, '33.3 % = 21 ÷ 63']);
  });

  it('sums several operands on the 2014 form (同意公开 + 属于已主动公开范围)', () => {
    const o = ratioRate(granted, pre({ 'requests.answered.granted': 9, 'requests.answered.already_public': 1, 'requests.answered': 20 }));
    expect(o.ok && [o.value, o.num, o.den]).toEqual([50, 10, 20]);
  });

  it('marks a denominator under 10 as a small sample', () => {
    const o = ratioRate(granted, post({ 't3.granted.total': 3, 't3.total.total': 9 }));
    expect(o.ok && o.small).toBe(true);
  });

  it('uses a derived value when the report does not print it', () => {
    const o = ratioRate(rate('rate.denied')!, post({ 't3.total.total': 40 }, { derived: { 't3.denied.total': 4 } }));
    expect(o.ok && o.value).toBe(10);
  });

  it('gives no rate from an approximate value', () => {
    const o = ratioRate(granted, post({ 't3.granted.total': 40, 't3.total.total': 63 }, { provenance: { 't3.granted.total': { flags: ['approximate'] } } }));
    expect(o).toEqual({ ok: false, reason: 'flagged', ids: ['t3.granted.total'] });
  });

  it('gives no rate from a derived value computed from an approximate one', () => {
    const o = ratioRate(rate('rate.denied')!, post({ 't3.total.total': 40, 't3.denied.state_secret.total': 2 }, {
      derived: { 't3.denied.total': 4 },
      provenance: { 't3.denied.total': { flags: ['derived'], from: ['t3.denied.state_secret.total'] }, 't3.denied.state_secret.total': { flags: ['approximate'] } },
    }));
    expect(o.ok ? null : o.reason).toBe('flagged');
  });

  it('gives no rate from a value in a failed error rule', () => {
    const checks = [{ status: 'FAIL', severity: 'error', values: { 't3.total.total': 63, 't3.granted.total': 21 } }];
    expect(ratioRate(granted, post({ 't3.granted.total': 21, 't3.total.total': 63 }, { checks })).ok).toBe(false);
  });

  it('still gives a rate when only a warning rule failed', () => {
    const checks = [{ status: 'FAIL', severity: 'warning', values: { 't3.total.total': 63 } }];
    expect(ratioRate(granted, post({ 't3.granted.total': 21, 't3.total.total': 63 }, { checks })).ok).toBe(true);
  });

  it('gives no rate when the denominator is 0', () => {
    expect(ratioRate(granted, post({ 't3.granted.total': 0, 't3.total.total': 0 }))).toEqual({ ok: false, reason: 'zero-denominator', ids: ['t3.total.total'] });
  });

  it('says a template without the figure has none (按时办结率 after 2019)', () => {
    expect(ratioRate(rate('rate.on_time')!, post({ 't3.total.total': 5 }))).toEqual({ ok: false, reason: 'not-in-template', ids: [] });
  });

  it('reports a missing operand', () => {
    expect(ratioRate(granted, post({ 't3.total.total': 63 }))).toEqual({ ok: false, reason: 'missing', ids: ['t3.granted.total'] });
  });

  it('rounds to 0.1 and stays within 0–100 for a part of a whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 100000 }), (den, k) => {
        const num = k % (den + 1);
        const v = percent(num, den);
        return v >= 0 && v <= 100 && Math.abs(v - (num / den) * 100) <= 0.05 + 1e-9 && Math.round(v * 10) === v * 10;
      }),
    );
  });
});

describe('change rate (申请量变化)', () => {
  const change = rate('rate.requests_change')!;
  it('compares consecutive years through the crosswalk (2018 form → 2019 form)', () => {
    const before = pre({ 'requests.received': 80 }, { id: 'p-2018', meta: { year: 2018, template: 'pre2019', variant: '2014' } });
    const now = post({ 't3.new_received.total': 90 }, { id: 'p-2019', meta: { year: 2019, template: 'post2019', variant: '2019' } });
    const o = changeRate(change, now, before);
    expect(o.ok && [o.value, calculationText(change, o), o.previous?.template]).toEqual([12.5, '+12.5 % = (90 − 80) ÷ 80', 'pre2019']);
  });

  it('needs the year just before', () => {
    const before = pre({ 'requests.received': 80 }, { id: 'p-2015', meta: { year: 2015, template: 'pre2019', variant: '2014' } });
    const o = changeRate(change, pre({ 'requests.received': 90 }), before);
    expect(o.ok ? null : o.reason).toBe('no-previous-year');
  });
});

describe('formulas', () => {
  it('in words and over ids', () => {
    expect([formulaText(granted, 'post2019'), formulaIds(granted, 'pre2019')]).toEqual([
      '予以公开(总计) ÷ 总计(总计) × 100 %',
      '(requests.answered.granted + requests.answered.already_public) / requests.answered * 100',
    ]);
  });
});
