// The parse cache: a record comes back from the cache only for the same file name, bytes, parser
// and catalog; anything else (or a damaged cache file) parses again.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, cachedParse, cachedReduced, cachedReducedJson, parserVersion } from '../../../../src/lib/records/parse-cache.ts';
import { parseFile } from '../../../../src/lib/parse/index.ts';

const SEED = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports', '001_9aef50f578a0bdd8.txt');

describe('parse cache', () => {
  it('keys on file name, bytes and parser version', () => {
    const bytes = readFileSync(SEED);
    const k = cacheKey('a.txt', bytes, 'v1');
    expect(cacheKey('a.txt', Buffer.from(bytes), 'v1')).toBe(k);
    expect(cacheKey('b.txt', bytes, 'v1')).not.toBe(k);
    expect(cacheKey('a.txt', Buffer.concat([bytes, Buffer.from('\n')]), 'v1')).not.toBe(k);
    expect(cacheKey('a.txt', bytes, 'v2')).not.toBe(k);
    expect(parserVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('parses once, then returns the same record from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
    const file = join(dir, 'a.txt');
    copyFileSync(SEED, file);
    const cache = join(dir, 'cache');
    const first = await cachedParse(file, cache);
    const second = await cachedParse(file, cache);
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(second.record).toEqual(JSON.parse(JSON.stringify(parseFile(file))));
  });

  it('parses again when the file changes or the cache file is damaged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
    const file = join(dir, 'a.txt');
    const cache = join(dir, 'cache');
    copyFileSync(SEED, file);
    const { key } = await cachedParse(file, cache);
    writeFileSync(join(cache, key!.slice(0, 2), `${key}.json`), '{"file": "a.t');
    expect((await cachedParse(file, cache)).hit).toBe(false);
    writeFileSync(file, readFileSync(SEED, 'utf8').replaceAll('桃源县', '慈利县'));
    const changed = await cachedParse(file, cache);
    expect(changed.hit).toBe(false);
    expect(changed.record.meta.jurisdiction).toBe('慈利县');
    expect(readdirSync(cache).length).toBeGreaterThan(0);
  });

  it('does not cache unreadable files and still names their error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
    const r = await cachedParse(join(dir, 'missing.txt'), join(dir, 'cache'));
    expect(r.key).toBeNull();
    expect(r.record.errors[0]!.code).toBe('missing-file');
  });

  it('keeps a reduced record beside the record and answers from it alone next time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
    const file = join(dir, 'a.txt');
    copyFileSync(SEED, file);
    const cache = join(dir, 'cache');
    const reduce = (r: { file: string; values: Record<string, number> }) => ({ file: r.file, n: Object.keys(r.values).length });
    const first = await cachedReduced(file, cache, 'count', reduce);
    const second = await cachedReduced(file, cache, 'count', reduce);
    expect([first.hit, first.record?.file, second.hit, second.record, second.reduced]).toEqual([false, 'a.txt', true, null, first.reduced]);
  });

  it('answers a key from `packed` before its own file, and from the file when `packed` has none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pc-'));
    const file = join(dir, 'a.txt');
    copyFileSync(SEED, file);
    const cache = join(dir, 'cache');
    const reduce = (r: { file: string }) => JSON.stringify({ file: r.file });
    const { key } = await cachedReducedJson(file, cache, 'f', reduce);
    const fromPack = await cachedReducedJson(file, cache, 'f', reduce, undefined, undefined, (k) => (k === key ? '{"packed":true}' : null));
    const fromFile = await cachedReducedJson(file, cache, 'f', reduce, undefined, undefined, () => null);
    expect([fromPack.json, fromPack.hit, fromFile.json, fromFile.hit]).toEqual(['{"packed":true}', true, '{"file":"a.txt"}', true]);
  });
});
