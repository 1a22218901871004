// Ingest: every input file ends up as a report, a variant of one, or an error entry with its reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { filesUnder } from '../../../src/lib/records/files-under.ts';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SEEDS = join(ROOT, 'content', 'reports');

describe('ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ingest-'));
  const reports = join(dir, 'reports');
  const data = join(dir, 'data');
  execFileSync('mkdir', ['-p', reports]);
  copyFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), join(reports, 'a.txt'));
  copyFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), join(reports, 'a-copy.txt'));
  copyFileSync(join(SEEDS, '003_5ec431ede201274a.txt'), join(reports, 'b.txt'));
  writeFileSync(join(reports, 'empty.txt'), '');
  writeFileSync(join(reports, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
  writeFileSync(join(reports, 'sources.csv'), 'file,source,format,variant_of,original,notes\na-copy.txt,test,text,a.txt,,\n');
  const log = execFileSync(TSX, ['scripts/ingest.ts'], { cwd: ROOT, env: { ...process.env, NIANBAO_REPORTS: reports, NIANBAO_DATA: data }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const report = JSON.parse(readFileSync(join(data, 'ingest.json'), 'utf8'));
  const byFile = Object.fromEntries(report.files.map((f: { file: string }) => [f.file, f]));

  it('accounts for every input file', () => {
    expect(Object.keys(byFile).sort()).toEqual(['a-copy.txt', 'a.txt', 'b.txt', 'empty.txt', 'image.txt', 'sources.csv']);
    expect(log).toBe('');
  });

  it('names unreadable files with the reason and still builds the rest', () => {
    expect(byFile['empty.txt']).toMatchObject({ status: 'error', reportId: null });
    expect(byFile['empty.txt'].errors[0].code).toBe('empty');
    expect(byFile['image.txt'].errors[0].code).toBe('not-text');
    expect(byFile['a.txt'].status).toBe('report');
    expect(byFile['b.txt'].status).toBe('report');
    expect(readdirSync(join(data, 'reports'))).toHaveLength(2);
  });

  it('folds a variant into its primary report and compares their values', () => {
    expect(byFile['a-copy.txt']).toMatchObject({ status: 'variant', variantOf: 'a.txt', reportId: byFile['a.txt'].reportId });
    const primary = JSON.parse(readFileSync(join(data, 'reports', `${byFile['a.txt'].reportId}.json`), 'utf8'));
    expect(primary.variants).toEqual([{ file: 'a-copy.txt', sameValues: true, differences: [] }]);
    expect(primary.text.length).toBeGreaterThan(1000);
  });

  // Three ingests' worth of work in one test (a 30 MB file up to its budget): on a busy machine it needs more than the default 30 s.
  it('turns a parse over the time budget into a 超时 error record and carries on with the other files', { timeout: 180_000 }, () => {
    const slow = join(dir, 'slow');
    const slowReports = join(slow, 'reports');
    execFileSync('mkdir', ['-p', slowReports]);
    // 30 MB of report text takes far more than the 1 s CPU budget on any machine
    writeFileSync(join(slowReports, 'a-huge.txt'), readFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), 'utf8').repeat(2000));
    copyFileSync(join(SEEDS, '003_5ec431ede201274a.txt'), join(slowReports, 'b.txt'));
    copyFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), join(slowReports, 'c.txt'));
    const env = { ...process.env, NIANBAO_REPORTS: slowReports, NIANBAO_DATA: join(slow, 'data'), NIANBAO_PARSE_TIMEOUT_MS: '1000', NIANBAO_INGEST_WORKERS: '1', NIANBAO_PARSE_CACHE: join(slow, 'cache') };
    execFileSync(TSX, ['scripts/ingest.ts'], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const files = JSON.parse(readFileSync(join(slow, 'data', 'ingest.json'), 'utf8')).files;
    expect(files.map((f: { file: string; status: string; errors: Array<{ code: string }> }) => [f.file, f.status, f.errors.map((e) => e.code)])).toEqual([
      ['a-huge.txt', 'error', ['timeout']],
      ['b.txt', 'report', []],
      ['c.txt', 'report', []],
    ]);
    expect(readdirSync(join(slow, 'data', 'reports'))).toHaveLength(2);
  });
});

describe('incremental ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-incr-'));
  const reports = join(dir, 'reports');
  execFileSync('mkdir', ['-p', reports]);
  copyFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), join(reports, 'a.txt'));
  copyFileSync(join(SEEDS, '003_5ec431ede201274a.txt'), join(reports, 'b.txt'));
  const env = { ...process.env, NIANBAO_REPORTS: reports, NIANBAO_DATA: join(dir, 'data'), NIANBAO_PARSE_CACHE: join(dir, 'cache') };
  const ingest = (...args: string[]) => {
    const r = spawnSync(TSX, ['scripts/ingest.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stderr;
  };

  // Each run is a child process: the tests wait for it to finish however busy the machine is.
  it('parses every file the first time, nothing when nothing changed, only the changed file after a change', { timeout: 0 }, () => {
    expect(ingest()).toMatch(/0 from the parse cache/);
    expect(ingest()).toMatch(/2 files unchanged since the last ingest/);
    writeFileSync(join(reports, 'b.txt'), readFileSync(join(reports, 'b.txt'), 'utf8') + '\n');
    expect(ingest()).toMatch(/2 report pages \+ 0 variants \+ 0 errors \+ 1 skipped; 1 from the parse cache/);
  });

  it('parses a shard into the cache only, which a later whole ingest then uses', { timeout: 0 }, () => {
    const shardEnv = { ...env, NIANBAO_DATA: join(dir, 'data-shard'), NIANBAO_PARSE_CACHE: join(dir, 'cache-shard') };
    const run = (...args: string[]) => spawnSync(TSX, ['scripts/ingest.ts', ...args], { cwd: ROOT, env: shardEnv, encoding: 'utf8' }).stderr;
    expect(run('--shard', '1/2')).toMatch(/shard 1\/2: 1 files parsed/);
    expect(run('--shard', '2/2')).toMatch(/shard 2\/2: 1 files parsed/);
    expect(readdirSync(dir)).not.toContain('data-shard');
    expect(run()).toMatch(/2 report pages \+ 0 variants \+ 0 errors \+ 1 skipped; 2 from the parse cache/);
  });
});

describe('incremental downloads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-incr-dl-'));
  const reports = join(dir, 'reports');
  execFileSync('mkdir', ['-p', reports]);
  copyFileSync(join(SEEDS, '001_9aef50f578a0bdd8.txt'), join(reports, 'a.txt'));
  copyFileSync(join(SEEDS, '003_5ec431ede201274a.txt'), join(reports, 'b.txt'));
  const run = (data: string) => {
    const r = spawnSync(TSX, ['scripts/ingest.ts'], { cwd: ROOT, env: { ...process.env, NIANBAO_REPORTS: reports, NIANBAO_DATA: data, NIANBAO_PARSE_CACHE: join(dir, 'cache') }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stderr;
  };
  const data = join(dir, 'data');
  const ids = () => JSON.parse(readFileSync(join(data, 'ingest.json'), 'utf8')).files.filter((f: { reportId: string | null }) => f.reportId).map((f: { file: string; reportId: string }) => [f.file, f.reportId]);
  const inode = (p: string) => statSync(p).ino;
  // what a report's files and the /data/ files are, independent of the build time in README/release
  const contents = (d: string) =>
    filesUnder(d, /./)
      .map((p) => relative(d, p))
      .filter((p) => !/^(ingest\.json|written\.json|inputs\.sha256|downloads\/sizes\.json)$|README\.txt$|release\.json$|\.xlsx$/.test(p))
      .map((p) => [p, readFileSync(join(d, p), 'utf8')]);

  it('rewrites only the changed report’s files, and the same files as a fresh ingest', { timeout: 0 }, () => {
    run(data);
    const [[, a], [, b]] = ids();
    // links held elsewhere (as a built site holds them) keep the old files' inodes from being reused
    const json = (id: string) => join(data, 'downloads', 'reports', id, 'data.json');
    linkSync(json(a), join(dir, 'a.json'));
    linkSync(json(b), join(dir, 'b.json'));
    const before = { a: inode(json(a)), b: inode(json(b)) };
    writeFileSync(join(reports, 'b.txt'), readFileSync(join(reports, 'b.txt'), 'utf8') + '\n');
    expect(run(data)).toMatch(/1 reports' files written, 1 kept/);
    const after = { a: inode(json(a)), b: inode(json(b)) };
    run(join(dir, 'fresh'));
    expect([after.a === before.a, after.b === before.b, contents(data)]).toEqual([true, false, contents(join(dir, 'fresh'))]);
  });

  it('keeps the /data/ files when no report changed', { timeout: 0 }, () => {
    const xlsx = join(data, 'downloads', 'data', 'nianbao-wide.xlsx');
    linkSync(xlsx, join(dir, 'wide.xlsx'));
    const before = inode(xlsx);
    rmSync(join(data, 'inputs.sha256'));
    expect(run(data)).toMatch(/0 reports' files written, 2 kept, \/data\/ kept/);
    expect(inode(xlsx)).toBe(before);
  });
});
