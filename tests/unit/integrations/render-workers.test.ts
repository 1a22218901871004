import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ownerOf, pathKey, workerHeap, workerShard } from '../../../src/integrations/render-workers.ts';
import { inShard, renderShardOf, shardHash } from '../../../src/lib/site/render-shard.ts';

describe('workerShard', () => {
  it('gives one worker no shard and k workers j/k', () => {
    expect([workerShard(0, 1, undefined), workerShard(0, 2, undefined), workerShard(1, 2, undefined)]).toEqual([undefined, '0/2', '1/2']);
  });

  test.prop([fc.string(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.nat()])(
    'splits an outer shard i/n among k workers: each key of shard i/n is in exactly one worker, no other key in any',
    (key, n, k, i0) => {
      const i = i0 % n;
      const outer = n === 1 ? undefined : `${i}/${n}`;
      const inWorkers = Array.from({ length: k }, (_, j) => inShard(key, renderShardOf(workerShard(j, k, outer)))).filter(Boolean).length;
      expect(inWorkers).toBe(inShard(key, renderShardOf(outer)) ? 1 : 0);
    },
  );
});

describe('pathKey', () => {
  it('is the same for a path with or without its trailing slash and percent-encoded', () => {
    expect(pathKey(3, '/reports/北京-2020/')).toBe(pathKey(3, '/reports/%E5%8C%97%E4%BA%AC-2020'));
    expect(pathKey(0, '/')).toBe('0 /');
    expect(pathKey(1, '/')).not.toBe(pathKey(0, '/'));
  });
});

describe('ownerOf', () => {
  it('is the only worker that listed a path, else one of those that did by the hash of its key', () => {
    expect(ownerOf('5 /reports/x', [1])).toBe(1);
    expect(ownerOf('0 /', [0, 1, 2])).toBe([0, 1, 2][shardHash('0 /') % 3]);
  });
});

describe('workerHeap', () => {
  it('caps the old space at NIANBAO_RENDER_HEAP_MB and gives every worker a 192 MB young generation', () => {
    expect(workerHeap('640')).toEqual({ maxYoungGenerationSizeMb: 192, maxOldGenerationSizeMb: 640 });
    expect(workerHeap(undefined)).toEqual({ maxYoungGenerationSizeMb: 192 });
  });
});
