// Render shards: each path of a dynamic route is rendered by exactly one of n processes, chosen by its key.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { inShard, renderedPaths, renderShardOf } from '../../../../src/lib/site/render-shard.ts';

describe('renderShardOf', () => {
  it('reads i/n, and gives null (render everything) when unset or n = 1', () => {
    expect([renderShardOf('1/3'), renderShardOf(undefined), renderShardOf(''), renderShardOf('0/1')]).toEqual([{ index: 1, count: 3 }, null, null, null]);
  });

  it('refuses anything else with a message naming the variable', () => {
    for (const bad of ['3/3', '1', 'a/b', '0/0', '-1/2']) expect(() => renderShardOf(bad), bad).toThrow(/NIANBAO_RENDER_SHARD/);
  });
});

describe('renderedPaths', () => {
  test.prop([fc.uniqueArray(fc.string(), { maxLength: 60 }), fc.integer({ min: 2, max: 6 })])('splits the paths of a route into n disjoint shards that cover them all', (keys, n) => {
    const shards = Array.from({ length: n }, (_, index) => renderedPaths(keys, (k) => k, { index, count: n }));
    expect(shards.flat().sort()).toEqual([...keys].sort());
  });

  it('puts a key in the same shard whatever else the route has (adding a report moves no other page)', () => {
    const shard = { index: 0, count: 2 };
    const keys = Array.from({ length: 200 }, (_, i) => `report-${i}`);
    const before = renderedPaths(keys, (k) => k, shard);
    const after = renderedPaths(['new-report', ...keys], (k) => k, shard).filter((k) => k !== 'new-report');
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(50);
    expect(before.length).toBeLessThan(150);
  });

  it('renders every path when there is no shard', () => {
    expect([renderedPaths(['a', 'b'], (k) => k, null), inShard('a', null)]).toEqual([['a', 'b'], true]);
  });
});
