// The accounting equation over a folder of awkward files: every name in it is a report page, a
// variant attached to one, an error with its reason, or skipped with its reason.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualityRows } from '../../../src/lib/site/quality.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEEDS = join(ROOT, 'content', 'reports');

describe('ingest accounting', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-awkward-'));
  const reports = join(dir, 'reports');
  mkdirSync(join(reports, 'sub'), { recursive: true });
  const seed = (name: string, as: string) => copyFileSync(join(SEEDS, name), join(reports, as));
  seed('001_9aef50f578a0bdd8.txt', 'a.txt');
  for (const f of ['.DS_Store', 'README.md', 'readme', '..evil-dotdot.txt']) writeFileSync(join(reports, f), '政府信息公开 12 件');
  seed('003_5ec431ede201274a.txt', 'x.txt');
  seed('003_5ec431ede201274a.txt', 'y.txt');
  writeFileSync(join(reports, 'empty.txt'), '');
  seed('000_29acd3a32e0cbf6b.txt', 'v.txt');
  for (const f of ['甲 (1).txt', '乙 (1).txt', '丙-1.txt', '1.txt']) seed('pt-syq-2017.txt', f);
  // CRLF and LF mixed, one stray quote
  writeFileSync(join(reports, 'sources.csv'), 'file,source,format,variant_of,original,notes\r\nx.txt,t,text,y.txt,,\ny.txt,t,text,x.txt,,\r\nv.txt,"t,text,empty.txt,,\r\na.txt,t,text,,,note\n');
  const names = readdirSync(reports).sort();
  const log = execFileSync(TSX, ['scripts/ingest.ts'], {
    cwd: ROOT,
    env: { ...process.env, NIANBAO_REPORTS: reports, NIANBAO_DATA: join(dir, 'data'), NIANBAO_PARSE_CACHE: join(dir, 'cache') },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ingest = JSON.parse(readFileSync(join(dir, 'data', 'ingest.json'), 'utf8'));
  const status = Object.fromEntries(ingest.files.map((f: { file: string; status: string }) => [f.file, f.status]));
  const pages = readdirSync(join(dir, 'data', 'reports'));

  it('balances: files = report pages + variants + errors + skipped, every name listed once', () => {
    expect(Object.keys(status).sort()).toEqual(names);
    expect(ingest.accounting).toEqual({ files: names.length, reports: pages.length, variants: 1, errors: 1, skipped: 6 });
    expect(ingest.accounting.files).toBe(ingest.accounting.reports + ingest.accounting.variants + ingest.accounting.errors + ingest.accounting.skipped);
    expect(log).toBe('');
  });

  it('skips dotfiles, read-mes, sources.csv and directories with their reasons', () => {
    for (const f of ['.DS_Store', 'README.md', 'readme', '..evil-dotdot.txt', 'sources.csv', 'sub']) expect(status[f], f).toBe('skipped');
    expect(ingest.files.find((f: { file: string }) => f.file === '..evil-dotdot.txt').note).toBe('隐藏文件（文件名以“.”开头）');
  });

  it('breaks a variant cycle at the first name and makes a variant of an empty file its own report', () => {
    expect([status['x.txt'], status['y.txt'], status['v.txt'], status['empty.txt']]).toEqual(['report', 'variant', 'report', 'error']);
  });

  it('gives 甲 (1), 乙 (1), 丙-1 and 1 of one place and year four distinct pages', () => {
    const ids = ['甲 (1).txt', '乙 (1).txt', '丙-1.txt', '1.txt'].map((f) => ingest.files.find((e: { file: string }) => e.file === f).reportId);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(pages).toContain(`${id}.json`);
  });

  it('lists every file that is not a page on /quality/', () => {
    const records = pages.map((p) => JSON.parse(readFileSync(join(dir, 'data', 'reports', p), 'utf8')));
    const listed = qualityRows(records, ingest.files).filter((r) => ['unreadable', 'skipped', 'variant'].includes(r.kind));
    expect(listed.map((r) => r.file).sort()).toEqual(['..evil-dotdot.txt', '.DS_Store', 'README.md', 'empty.txt', 'readme', 'sources.csv', 'sub', 'y.txt']);
  });
});
