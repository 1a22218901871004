import { describe, expect, it } from 'vitest';
import raw from '../../../../src/lib/catalog/rates.json' with { type: 'json' };
import { rate, rates, ratesFileSchema, SMALL_DENOMINATOR } from '../../../../src/lib/catalog/rates.ts';
import { hasIndicator } from '../../../../src/lib/catalog/index.ts';

describe('rates catalog', () => {
  it('defines the nine rates of the issue, each with zh/en label, unit % and a definition', () => {
    expect(rates.map((r) => r.id)).toEqual(
      expect.arrayContaining(['rate.granted', 'rate.granted_or_partial', 'rate.denied', 'rate.unable', 'rate.review_corrected', 'rate.litigation_corrected', 'rate.on_time', 'rate.carried_forward', 'rate.requests_change']),
    );
    for (const r of rates) expect([r.zh.length > 0, r.en.length > 0, r.unit, r.definition.length > 0]).toEqual([true, true, '%', true]);
  });

  it('rejects a rate over an id the catalog does not have', () => {
    const bad = structuredClone(raw) as { rates: Array<{ post2019?: { num: string[] } | null }> };
    bad.rates[0]!.post2019!.num = ['t3.no_such.total'];
    expect(ratesFileSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a duplicate rate id', () => {
    const bad = structuredClone(raw) as { rates: unknown[] };
    bad.rates.push(bad.rates[0]);
    expect(ratesFileSchema.safeParse(bad).success).toBe(false);
  });

  it('never reuses a catalog indicator id', () => {
    expect(rates.filter((r) => hasIndicator(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('marks denominators under 10 as small', () => {
    expect(SMALL_DENOMINATOR).toBe(10);
  });

  it('looks rates up by id', () => {
    expect(rate('rate.granted')?.zh).toBe('予以公开率');
  });
});
