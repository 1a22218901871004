// Which paths the render workers write themselves, with which URL and cache key.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { directPageKey, directUrl, routeCode, splitPaths, type ListedPath } from '../../../src/integrations/direct-pages.ts';

const path = (r: number, pathname: string, listedBy = [0]): ListedPath => ({ r, pathname, listedBy, cacheKey: `k${pathname}` });

describe('splitPaths', () => {
  test.prop([fc.array(fc.record({ r: fc.nat(5), pathname: fc.constantFrom<string>('/', '/a', '/a/', '/b', '/reports/x', '/reports/y/'), listedBy: fc.constantFrom<number[]>([0], [1], [0, 1]) }))])(
    'puts every listed path in exactly one of Astro\'s list and the workers\', in order',
    (paths: ListedPath[]) => {
      const { astro, direct } = splitPaths(paths, (r) => r % 2 === 0);
      const at = (list: ListedPath[]) => list.map((p) => paths.indexOf(p));
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      expect([sorted([...at(astro), ...at(direct)]), at(astro), at(direct)]).toEqual([paths.map((_, i) => i), sorted(at(astro)), sorted(at(direct))]);
    },
  );

  it('gives the workers the direct routes\' paths listed by one worker only', () => {
    const paths = [path(0, '/'), path(1, '/reports/a'), path(1, '/reports/b'), path(2, '/places/p')];
    expect(splitPaths(paths, (r) => r === 1)).toEqual({ astro: [paths[0], paths[3]], direct: [paths[1], paths[2]] });
  });

  it('leaves to Astro a direct path several workers listed, or whose pathname another route also gives', () => {
    const both = path(1, '/reports/a', [0, 1]);
    const clash = path(1, '/reports/b');
    const redirect = path(3, '/reports/b/');
    expect(splitPaths([both, clash, redirect], (r) => r === 1)).toEqual({ astro: [both, clash, redirect], direct: [] });
  });
});

describe('routeCode and directPageKey', () => {
  it('change when the page\'s dependency hash, the config or the lockfile changes', () => {
    const codes = [routeCode('d', 'c', 'l'), routeCode('d2', 'c', 'l'), routeCode('d', 'c2', 'l'), routeCode('d', 'c', 'l2')];
    const keys = codes.map((c) => directPageKey('k', c));
    expect([new Set(codes).size, new Set(keys).size, directPageKey('k', routeCode('d', 'c', 'l'))]).toEqual([4, 4, keys[0]]);
  });

  it('change when the page\'s own cacheKey changes', () => {
    expect(directPageKey('k1', 'code')).not.toBe(directPageKey('k2', 'code'));
  });

  it('is none (the page renders on every build) without a cacheKey or without incremental build', () => {
    expect([directPageKey(undefined, 'code'), directPageKey('k', undefined)]).toEqual([undefined, undefined]);
  });
});

describe('directUrl', () => {
  it('is the URL Astro requests: a page with a trailing slash, an endpoint as listed', () => {
    expect([
      directUrl('/reports/a', 'page', 'https://nianbao.cn'),
      directUrl('/reports/a/', 'page', 'https://nianbao.cn'),
      directUrl('/compare/place/110000.json', 'endpoint', 'https://nianbao.cn'),
      directUrl('/places/北京市', 'page', 'https://nianbao.cn'),
      directUrl('/', 'page', 'https://nianbao.cn'),
    ]).toEqual([
      'https://nianbao.cn/reports/a/',
      'https://nianbao.cn/reports/a/',
      'https://nianbao.cn/compare/place/110000.json',
      'https://nianbao.cn/places/%E5%8C%97%E4%BA%AC%E5%B8%82/',
      'https://nianbao.cn/',
    ]);
  });
});
