// The CLI: URLs and --list, progress on stderr, the summary with named failures on stdout, usage errors.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from '../lib/collect/portal.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

describe('npm run collect', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('collects the URLs given and listed, prints progress and a summary naming each failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-collect-cli-'));
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# 年报\n${portal.origin}/nianbao/2019/t20200115_1.html\n\n`);
    const reports = join(dir, 'reports');
    const { stdout, stderr } = await run(TSX, ['scripts/collect.ts', `${portal.origin}/nianbao/2013/t20140110_80759.html`, '--list', list, '--delay', '0', '--timeout', '5000'], {
      cwd: ROOT,
      env: { ...process.env, NIANBAO_REPORTS: reports },
    });
    expect(readdirSync(reports).sort()).toEqual(['127.0.0.1_nianbao_2013_t20140110-80759.html', 'sources.csv']);
    const size = (s: string) => s.replace(/\d+\.\d KB/g, 'N KB');
    expect(size(stdout)).toBe(
      [
        'collected 1 new file (N KB downloaded in 3 requests, 1 page read)',
        `  + 127.0.0.1_nianbao_2013_t20140110-80759.html  ← ${portal.origin}/nianbao/2013/t20140110_80759.html`,
        'failures: 1',
        `  ✗ ${portal.origin}/nianbao/2019/t20200115_1.html  HTTP 404`,
        '',
      ].join('\n'),
    );
    expect(size(stderr).trim().split('\n')).toEqual([
      'pages 1 · files 1 · N KB · errors 0  + 127.0.0.1_nianbao_2013_t20140110-80759.html',
      `pages 1 · files 1 · N KB · errors 1  ✗ ${portal.origin}/nianbao/2019/t20200115_1.html`,
    ]);
  }, 60_000);

  it('refuses a call without URLs or with something that is no URL, with the usage', async () => {
    for (const args of [[], ['www.example.gov.cn/nb/']]) {
      const err = await run(TSX, ['scripts/collect.ts', ...args], { cwd: ROOT }).catch((e) => e);
      expect(err.code).toBe(2);
      expect(err.stderr).toMatch(/usage: npm run collect -- URL… \| --list FILE/);
    }
  });
});
