// Which pages this renderer renders. `npm run build:site` renders in several worker threads of one
// `astro build` (one per core), each with NIANBAO_RENDER_SHARD=i/n in its own environment
// (src/integrations/render-workers.ts); machines of a sharded build each render one shard into their
// own outDir, merged afterwards (scripts/build-site.ts --merge). Every dynamic route keeps only the
// paths whose key hashes to its shard, so each path is rendered by exactly one worker; static routes
// (one page each) are listed by all and rendered by one. The hash of the key, not the path's position, picks
// the shard, so adding a report moves no other page between shards (their incremental caches stay).

export interface RenderShard {
  index: number;
  count: number;
}

/** NIANBAO_RENDER_SHARD=i/n (0 ≤ i < n), or null when every path is rendered. */
export function renderShardOf(spec: string | undefined): RenderShard | null {
  if (!spec) return null;
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) throw new Error(`NIANBAO_RENDER_SHARD must be i/n (0 ≤ i < n), got "${spec}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new Error(`NIANBAO_RENDER_SHARD must be i/n (0 ≤ i < n), got "${spec}"`);
  return count === 1 ? null : { index, count };
}

/** FNV-1a of the key's UTF-16 code units: stable across runs and machines. */
export function shardHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(key: string, shard: RenderShard | null): boolean {
  return shard === null || shardHash(key) % shard.count === shard.index;
}

const current = renderShardOf(process.env.NIANBAO_RENDER_SHARD);

/** The paths of a dynamic route this process renders, chosen by each path's key. */
export function renderedPaths<T>(paths: readonly T[], key: (p: T) => string, shard: RenderShard | null = current): T[] {
  return shard === null ? [...paths] : paths.filter((p) => inShard(key(p), shard));
}
