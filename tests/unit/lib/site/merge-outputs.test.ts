// Merging render shards' outputs: files move into the site; a file both wrote must be identical.
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOutput } from '../../../../src/lib/site/merge-outputs.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-merge-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('mergeOutput', () => {
  it('moves every file into the site, keeps files both have once, and removes the shard', () => {
    const site = tree({ 'index.html': 'home', 'reports/a/index.html': 'a', '_astro/x.js': 'js' });
    const shard = tree({ 'index.html': 'home', 'reports/b/index.html': 'b', 'reports/b/data.json': '{}', '_astro/x.js': 'js' });
    expect(mergeOutput(shard, site)).toEqual({ moved: 2, shared: 2 });
    expect(['reports/a/index.html', 'reports/b/index.html', 'reports/b/data.json'].map((p) => readFileSync(join(site, p), 'utf8'))).toEqual(['a', 'b', '{}']);
    expect(existsSync(shard)).toBe(false);
  });

  it('fails when two shards wrote different files for one URL', () => {
    const site = tree({ 'index.html': 'home' });
    const shard = tree({ 'index.html': 'home, rendered differently' });
    expect(() => mergeOutput(shard, site)).toThrow(/different files for index\.html/);
  });
});
