// Page cache keys: the same data gives the same key, any change another, an unknown part none.
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../../src/lib/site/page-cache.ts';

describe('pageCacheKey', () => {
  it('is the same for the same parts and differs when any part changes', () => {
    const k = pageCacheKey('h1', null, [{ key: 'a', year: 2020 }]);
    expect([pageCacheKey('h1', null, [{ key: 'a', year: 2020 }]), pageCacheKey('h2', null, [{ key: 'a', year: 2020 }]) === k, pageCacheKey('h1', 'h0', [{ key: 'a', year: 2020 }]) === k, pageCacheKey('h1', null, [{ key: 'a', year: 2021 }]) === k]).toEqual([k, false, false, false]);
    expect(k).toMatch(/^[0-9a-f]{40}$/);
  });

  it('gives no key (the page always renders) when a part is unknown', () => {
    expect(pageCacheKey('h1', undefined)).toBeUndefined();
  });
});
