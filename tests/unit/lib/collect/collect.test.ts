// The collector against a loopback portal (tests/unit/lib/collect/portal.ts): what lands, its sources.csv rows,
// the failures it names, and that a second run fetches only list pages and what failed before.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../../../src/lib/collect/collect.ts';
import { sha256 } from '../../../../src/lib/collect/resume.ts';
import { readSourcesTable } from '../../../../src/lib/collect/sources-table.ts';
import type { Summary } from '../../../../src/lib/collect/progress.ts';
import { FIXTURES, SIZE_CAP, startPortal, type Portal } from './portal.ts';

// Loopback answers in milliseconds even on a busy machine; only the stalled response reaches this.
const HTTP = { delayMs: 0, backoffMs: 10, timeoutMs: 5000, maxBytes: SIZE_CAP, retries: 2 };
const NOW = () => new Date('2026-12-01T08:00:00.000Z');

const EXPECTED_FILES = [
  '127.0.0.1_files_download_id-7.pdf',
  '127.0.0.1_files_p020240308-87885.docx',
  '127.0.0.1_nianbao_2011_t20120401-80678.html',
  '127.0.0.1_nianbao_2012_t20130120-80725.html',
  '127.0.0.1_nianbao_2013_t20140110-80759.html',
  '127.0.0.1_nianbao_2023_t20240308-87885.html',
  'sources.csv',
];

describe('npm run collect on a 年报 list', () => {
  let portal: Portal;
  let dir: string;
  let first: Summary;
  let second: Summary;
  let firstRequests: string[];
  let secondRequests: string[];
  let o: string;

  beforeAll(async () => {
    portal = await startPortal();
    o = portal.origin;
    dir = mkdtempSync(join(tmpdir(), 'nianbao-collect-'));
    first = await collect({ urls: [`${o}/nianbao/index.html`], dir, http: HTTP, now: NOW });
    firstRequests = portal.requests.splice(0);
    second = await collect({ urls: [`${o}/nianbao/index.html`], dir, http: HTTP, now: NOW });
    secondRequests = portal.requests.splice(0);
  }, 60_000);
  afterAll(() => portal?.close());

  const rows = () => readSourcesTable(readFileSync(join(dir, 'sources.csv'), 'utf8')).rows;

  it('stores exactly the reports the list and its second page lead to', () => {
    expect(readdirSync(dir).sort()).toEqual(EXPECTED_FILES);
    expect(first.stored.map((s) => s.file).sort()).toEqual(EXPECTED_FILES.slice(0, -1));
  });

  it('writes a sources.csv row per file: URLs, list page, title and date as listed, type, sha256 of the file', () => {
    const pick = (r: Record<string, string>) => [r.file, r.source, r.url, r.list_url, r.page_url, r.variant_of, r.format, r.title, r.listed_date, r.content_type];
    expect(rows().map(pick)).toEqual([
      ['127.0.0.1_nianbao_2013_t20140110-80759.html', `${o}/nianbao/2013/t20140110_80759.html`, `${o}/nianbao/2013/t20140110_80759.html`, `${o}/nianbao/index.html`, '', '', 'html', '平潭综合实验区2013年政府信息公开工作年度报告', '2014-01-10', 'text/html; charset=GBK'],
      ['127.0.0.1_nianbao_2023_t20240308-87885.html', `${o}/nianbao/2023/t20240308_87885.html`, `${o}/nianbao/2023/t20240308_87885.html`, `${o}/nianbao/index.html`, '', '', 'html', '平潭综合实验区2023年度政府信息公开工作年度报告', '2024-03-08', 'text/html; charset=utf-8'],
      ['127.0.0.1_files_p020240308-87885.docx', `${o}/files/P020240308_87885.docx`, `${o}/files/P020240308_87885.docx`, `${o}/nianbao/index.html`, `${o}/nianbao/2023/t20240308_87885.html`, '127.0.0.1_nianbao_2023_t20240308-87885.html', 'docx', '平潭综合实验区2023年度政府信息公开工作年度报告.docx', '2024-03-08', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['127.0.0.1_nianbao_2012_t20130120-80725.html', `${o}/old/80725.html`, `${o}/nianbao/2012/t20130120_80725.html`, `${o}/nianbao/index.html`, '', '', 'html', '平潭县人民政府2012年政府信息公开工作年度报告', '2013-01-20', 'text/html'],
      ['127.0.0.1_nianbao_2011_t20120401-80678.html', `${o}/nianbao/2011/t20120401_80678.html`, `${o}/nianbao/2011/t20120401_80678.html`, `${o}/nianbao/index.html`, '', '', 'html', '平潭综合实验区2011年政府信息公开工作年度报告', '2012-04-01', 'text/html; charset=utf-8'],
      ['127.0.0.1_files_download_id-7.pdf', `${o}/files/download.jsp?id=7`, `${o}/files/download.jsp?id=7`, `${o}/nianbao/index_1.html`, `${o}/nianbao/2024/t20250120_1.html`, '', 'pdf', '附件：淮安市淮安区2024年政府信息公开工作年度报告', '2025-01-20', 'application/octet-stream'],
    ]);
    for (const r of rows()) {
      expect(r.sha256).toBe(sha256(readFileSync(join(dir, r.file!))));
      expect(r.fetched_at).toBe('2026-12-01T08:00:00.000Z');
    }
  });

  it('keeps attachments byte for byte and pages as UTF-8 text whatever the portal sent', () => {
    expect(readFileSync(join(dir, '127.0.0.1_files_download_id-7.pdf')).equals(readFileSync(join(FIXTURES, 'hz-qu-2024.pdf')))).toBe(true);
    expect(readFileSync(join(dir, '127.0.0.1_files_p020240308-87885.docx')).equals(readFileSync(join(FIXTURES, 'pt-syq-2023.docx')))).toBe(true);
    // GBK by HTTP header (2013) and by content alone (2012, after the redirect)
    expect(readFileSync(join(dir, '127.0.0.1_nianbao_2013_t20140110-80759.html'), 'utf8')).toContain('<h1>平潭综合实验区2013年政府信息公开工作年度报告</h1>');
    expect(readFileSync(join(dir, '127.0.0.1_nianbao_2012_t20130120-80725.html'), 'utf8')).toContain('<h1>平潭县人民政府2012年政府信息公开工作年度报告</h1>');
    expect(rows().map((r) => (r.notes ?? '').match(/decoded as \S+ \(from the [^)]+\)/)?.[0] ?? '')).toEqual([
      'decoded as gb18030 (from the HTTP header)', 'decoded as utf-8 (from the HTTP header)', '',
      'decoded as gb18030 (from the content)', 'decoded as utf-8 (from the HTTP header)', '',
    ]);
  });

  it('names every failure with its reason', () => {
    expect(first.failures).toEqual([
      { url: `${o}/nianbao/2019/t20200115_1.html`, reason: 'HTTP 404' },
      { url: `${o}/private/2015.html`, reason: 'disallowed by robots.txt' },
      { url: `${o}/nianbao/2017/t20180120_1.html`, reason: 'timeout: no data for 5000 ms' },
      { url: `${o}/files/2021%E5%B9%B4%E6%8A%A5.pdf`, reason: `too large: over the size cap of ${SIZE_CAP} bytes` },
    ]);
  });

  it('fetches a report listed on two pages once and stores a second URL with the same content as a duplicate', () => {
    expect(firstRequests.filter((p) => p === '/nianbao/2013/t20140110_80759.html')).toHaveLength(1);
    expect(first.duplicates).toEqual([{ url: `${o}/copy/80759.html`, sameAs: '127.0.0.1_nianbao_2013_t20140110-80759.html' }]);
  });

  it('retries a 500 until it answers, never a 404; asks robots.txt first and never for what it disallows or what is no report', () => {
    expect(firstRequests.filter((p) => p === '/nianbao/2011/t20120401_80678.html')).toHaveLength(2);
    expect(firstRequests.filter((p) => p === '/nianbao/2019/t20200115_1.html')).toHaveLength(1);
    expect(firstRequests[0]).toBe('/robots.txt');
    // a report page's 相关阅读 link to another year is not followed: the page is a report, not a list
    for (const never of ['/private/2015.html', '/files/apply.doc', '/guide.html', '/apply.html', '/', '/nianbao/2023/hzq2023.html']) expect(firstRequests).not.toContain(never);
    expect(firstRequests).toHaveLength(16);
  });

  it('a second run fetches only the list pages and what failed or was a duplicate, and stores nothing', () => {
    expect(secondRequests).toEqual([
      '/robots.txt', '/nianbao/index.html', '/nianbao/2019/t20200115_1.html', '/nianbao/index_1.html',
      '/nianbao/2017/t20180120_1.html', '/files/2021%E5%B9%B4%E6%8A%A5.pdf', '/copy/80759.html',
    ]);
    expect(second.stored).toEqual([]);
    expect(second.alreadyCollected.sort()).toEqual(
      [`${o}/nianbao/2013/t20140110_80759.html`, `${o}/nianbao/2023/t20240308_87885.html`, `${o}/old/80725.html`, `${o}/nianbao/2011/t20120401_80678.html`, `${o}/nianbao/2024/t20250120_1.html`].sort(),
    );
    expect(rows()).toHaveLength(6);
  });

  it('hands ingest files it makes reports of (the DOCX a variant of its page), each of its place and year with its original URL', async () => {
    const data = mkdtempSync(join(tmpdir(), 'nianbao-collect-data-'));
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts'], { cwd: root, env: { ...process.env, NIANBAO_REPORTS: dir, NIANBAO_DATA: data } });
    const files: Array<{ file: string; status: string; reportId: string | null }> = JSON.parse(readFileSync(join(data, 'ingest.json'), 'utf8')).files;
    // ingest accounts for sources.csv too (skipped, with its reason)
    expect(files.map((f) => [f.file, f.status, f.reportId])).toEqual([
      ['127.0.0.1_files_download_id-7.pdf', 'report', '320813-2024'],
      ['127.0.0.1_files_p020240308-87885.docx', 'variant', 'pingtan-zone-2023'],
      ['127.0.0.1_nianbao_2011_t20120401-80678.html', 'report', 'pingtan-zone-2011'],
      ['127.0.0.1_nianbao_2012_t20130120-80725.html', 'report', '350128-2012'],
      ['127.0.0.1_nianbao_2013_t20140110-80759.html', 'report', 'pingtan-zone-2013'],
      ['127.0.0.1_nianbao_2023_t20240308-87885.html', 'report', 'pingtan-zone-2023'],
      ['sources.csv', 'skipped', null],
    ]);
    const record = JSON.parse(readFileSync(join(data, 'reports', 'pingtan-zone-2013.json'), 'utf8'));
    expect(record.sourceInfo).toMatchObject({ url: `${o}/nianbao/2013/t20140110_80759.html`, listUrl: `${o}/nianbao/index.html`, fetchedAt: '2026-12-01T08:00:00.000Z' });
  }, 120_000);
});

describe('npm run collect --render', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('names a list that only script writes as a failure without --render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-collect-'));
    const s = await collect({ urls: [`${portal.origin}/js/index.html`], dir, http: HTTP, now: NOW });
    expect(s.failures).toEqual([{ url: `${portal.origin}/js/index.html`, reason: 'no report text, report links or attachments on the page; if the portal writes it with script, try --render' }]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads the list and the report page Chromium renders and collects the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-collect-'));
    const s = await collect({ urls: [`${portal.origin}/js/index.html`], dir, http: HTTP, now: NOW, render: true });
    expect(s.failures).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['127.0.0.1_js_2025_t20260301-105587.html', 'sources.csv']);
    const [row] = readSourcesTable(readFileSync(join(dir, 'sources.csv'), 'utf8')).rows;
    expect(row).toMatchObject({ url: `${portal.origin}/js/2025/t20260301_105587.html`, list_url: `${portal.origin}/js/index.html`, title: '平潭综合实验区2025年度政府信息公开工作年度报告' });
    expect(portal.requests).toContain('/js/data.json');
    expect(row!.notes).toBe('rendered in Chromium (--render); the DOM as rendered');
    expect(readFileSync(join(dir, row!.file!), 'utf8')).toMatch(/<div id="content"><div class="nav">.*<h1>平潭综合实验区2025年度政府信息公开工作年度报告<\/h1><p>/s);
  }, 60_000);
});
