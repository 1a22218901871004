// The data files written outside Astro: made once per key and code, linked from the cache otherwise.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatName, writeDataFiles, type DataFile } from '../../../../src/lib/site/data-file-cache.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-data-files-'));

/** Files whose bodies record that they were made. */
function files(list: Array<[string, string | undefined, string]>, made: string[]): DataFile[] {
  return list.map(([path, key, text]) => ({ path, key, body: () => (made.push(path), text) }));
}

describe('writeDataFiles', () => {
  it('writes every file into the output under its path', async () => {
    const out = tmp();
    const made: string[] = [];
    const r = await writeDataFiles(files([['indicators/a/2020.json', 'k1', '[1]'], ['indicators/a/card.png', 'k2', 'png']], made), out, tmp(), 'code');
    expect([readFileSync(join(out, 'indicators/a/2020.json'), 'utf8'), readFileSync(join(out, 'indicators/a/card.png'), 'utf8'), r]).toEqual(['[1]', 'png', { made: 2, reused: 0, removed: 0 }]);
  });

  it('links a file whose key is unchanged from the cache without making or rewriting it', async () => {
    const cache = tmp();
    const first = tmp();
    await writeDataFiles(files([['a.json', 'k', 'old']], []), first, cache, 'code');
    const made: string[] = [];
    const second = tmp();
    const r = await writeDataFiles(files([['a.json', 'k', 'new body, never asked for']], made), second, cache, 'code');
    expect([made, readFileSync(join(second, 'a.json'), 'utf8'), statSync(join(second, 'a.json')).ino, r.reused]).toEqual([[], 'old', statSync(join(first, 'a.json')).ino, 1]);
  });

  it('makes a file again when its key changed, without writing into the file the last output links', async () => {
    const cache = tmp();
    const first = tmp();
    await writeDataFiles(files([['a.json', 'k1', 'old']], []), first, cache, 'code');
    const second = tmp();
    await writeDataFiles(files([['a.json', 'k2', 'new']], []), second, cache, 'code');
    expect([readFileSync(join(first, 'a.json'), 'utf8'), readFileSync(join(second, 'a.json'), 'utf8')]).toEqual(['old', 'new']);
  });

  it('makes every file again when the code changed', async () => {
    const cache = tmp();
    await writeDataFiles(files([['a.json', 'k', 'a'], ['b.json', 'k', 'b']], []), tmp(), cache, 'code 1');
    const made: string[] = [];
    await writeDataFiles(files([['a.json', 'k', 'a'], ['b.json', 'k', 'b']], made), tmp(), cache, 'code 2');
    expect(made).toEqual(['a.json', 'b.json']);
  });

  it('makes a file without a key on every build', async () => {
    const cache = tmp();
    await writeDataFiles(files([['trend.json', undefined, 'x']], []), tmp(), cache, 'code');
    const made: string[] = [];
    await writeDataFiles(files([['trend.json', undefined, 'x']], made), tmp(), cache, 'code');
    expect(made).toEqual(['trend.json']);
  });

  it('removes the cached files of paths the site no longer has', async () => {
    const cache = tmp();
    await writeDataFiles(files([['a.json', 'k', 'a'], ['gone/b.json', 'k', 'b']], []), tmp(), cache, 'code');
    const r = await writeDataFiles(files([['a.json', 'k', 'a']], []), tmp(), cache, 'code');
    expect([r.removed, existsSync(join(cache, 'flat', flatName('gone/b.json')))]).toEqual([1, false]);
  });

  it('keeps the cached files in one folder, one name per path', async () => {
    const cache = tmp();
    const long = `reports/${'很长'.repeat(10)}/${'名字'.repeat(10)}/index.html`;
    await writeDataFiles(files([['reports/a/index.html', 'k', 'a'], ['reports%2Fa/index.html', 'k', 'b'], [long, 'k', 'c']], []), tmp(), cache, 'code');
    const names = [flatName('reports/a/index.html'), flatName('reports%2Fa/index.html'), flatName(long)];
    expect([new Set(names).size, names.map((n) => readFileSync(join(cache, 'flat', n), 'utf8')), names.every((n) => !n.includes('/') && n.length <= 200)]).toEqual([3, ['a', 'b', 'c'], true]);
  });

  it('replaces a file already in the output by a link, leaving the file it was untouched', async () => {
    const out = tmp();
    await writeDataFiles(files([['a/b.json', 'k1', 'old']], []), out, tmp(), 'code');
    const before = statSync(join(out, 'a/b.json')).ino;
    const other = tmp();
    await writeDataFiles(files([['a/b.json', 'k2', 'new']], []), other, tmp(), 'code');
    const cache = tmp();
    await writeDataFiles(files([['a/b.json', 'k2', 'new']], []), out, cache, 'code');
    expect([readFileSync(join(out, 'a/b.json'), 'utf8'), statSync(join(out, 'a/b.json')).ino === before, statSync(join(out, 'a/b.json')).ino]).toEqual(['new', false, statSync(join(cache, 'flat', flatName('a/b.json'))).ino]);
  });

  it('after a run that failed part-way, reuses no file under a key it no longer holds and still reuses the files it did not reach', async () => {
    const cache = tmp();
    await writeDataFiles(files([['a.json', 'k1', 'a1'], ['b.json', 'k1', 'b1'], ['c.json', 'k1', 'c1']], []), tmp(), cache, 'code');
    const failing: DataFile[] = [...files([['a.json', 'k2', 'a2']], []), { path: 'b.json', key: 'k2', body: () => { throw new Error('render failed'); } }, ...files([['c.json', 'k2', 'c2']], [])];
    await expect(writeDataFiles(failing, tmp(), cache, 'code')).rejects.toThrow('render failed');
    const made: string[] = [];
    const out = tmp();
    await writeDataFiles(files([['a.json', 'k1', 'a1'], ['b.json', 'k1', 'b1'], ['c.json', 'k1', 'c1']], made), out, cache, 'code');
    expect([made, ['a.json', 'b.json', 'c.json'].map((f) => readFileSync(join(out, f), 'utf8'))]).toEqual([['a.json'], ['a1', 'b1', 'c1']]);
  });

  it('refuses a path listed twice', async () => {
    await expect(writeDataFiles(files([['a.json', 'k', 'a'], ['a.json', 'k', 'b']], []), tmp(), tmp(), 'code')).rejects.toThrow(/a\.json listed twice/);
  });
});
