// `npm run collect`: URLs (report pages, 年报 list pages, attachments) → files in the reports folder + sources.csv rows.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pageLinks, type Anchor } from './anchors.ts';
import { hasAttachmentExtension, reportAttachments, type Attachment } from './attachments.ts';
import { decodePage, type DecodedPage } from './charset.ts';
import { fileKind, type FileKind } from './file-kind.ts';
import { safeFileName } from './file-name.ts';
import { DEFAULT_HTTP, Fetcher, type Fetched, type HttpOptions } from './http.ts';
import { namesAnnualReport, paginationLinks, reportLinks } from './listing.ts';
import { HostGate } from './politeness.ts';
import type { Failure, Summary, Tally } from './progress.ts';
import { chromiumRenderer, type Renderer } from './render.ts';
import { pageHoldsReport } from './report-text.ts';
import { Known, sha256 } from './resume.ts';
import { RobotsCache } from './robots.ts';
import { addRows, formatSourcesTable, readSourcesTable, type SourcesRow, type SourcesTable } from './sources-table.ts';

export interface CollectOptions {
  urls: string[];
  /** The reports folder (NIANBAO_REPORTS); sources.csv lives in it. */
  dir: string;
  render?: boolean;
  http?: Partial<HttpOptions>;
  /** List pages read per run at most (pagination loops and huge columns stop here). */
  maxListPages?: number;
  now?: () => Date;
  onProgress?: (tally: Tally, current: string) => void;
  /** Injected in tests; by default Chromium through Playwright. */
  renderer?: Renderer;
}

type Role = 'seed' | 'list' | 'report';

interface Task {
  url: string;
  role: Role;
  listUrl: string;
  title: string;
  listedDate: string;
}

/** A fetched document about to be stored. */
interface Candidate {
  fetched: Fetched;
  bytes: Buffer;
  kind: FileKind;
  title: string;
  pageUrl: string;
  notes: string;
}

const PREFERRED = ['html', 'docx', 'pdf', 'doc', 'txt', 'wps', 'ofd'];

export async function collect(options: CollectOptions): Promise<Summary> {
  const httpOptions = { ...DEFAULT_HTTP, ...options.http };
  const now = options.now ?? (() => new Date());
  const maxListPages = options.maxListPages ?? 200;
  const csvPath = join(options.dir, 'sources.csv');
  let table: SourcesTable = readSourcesTable(existsSync(csvPath) ? readFileSync(csvPath, 'utf8') : null);
  const known = new Known(table, options.dir);

  const gate = new HostGate(httpOptions.delayMs);
  const productToken = httpOptions.userAgent.split('/')[0]!;
  let fetcher: Fetcher;
  const robots = new RobotsCache(() => fetcher, productToken);
  fetcher = new Fetcher(httpOptions, gate, (url) => robots.check(url));
  let renderer = options.renderer ?? null;
  const getRenderer = () =>
    (renderer ??= chromiumRenderer({ userAgent: httpOptions.userAgent, timeoutMs: Math.max(httpOptions.timeoutMs, 15_000), gate, permission: (u) => robots.check(u) }));

  const tally: Tally = { pages: 0, files: 0, bytes: 0, errors: 0 };
  const summary: Summary = { stored: [], alreadyCollected: [], duplicates: [], failures: [], tally, requests: 0 };
  const progress = (current: string) => options.onProgress?.(tally, current);
  const fail = (url: string, reason: string) => {
    summary.failures.push({ url, reason });
    tally.errors++;
    progress(`✗ ${url}`);
  };

  const queue: Task[] = options.urls.map((url) => ({ url, role: 'seed', listUrl: '', title: '', listedDate: '' }));
  const visited = new Set<string>();
  let listPages = 0;

  const get = async (url: string) => {
    progress(url);
    const res = await fetcher.get(url);
    if (res.ok) tally.bytes += res.body.length;
    return res;
  };

  const store = (c: Candidate, task: Task, variantOf: string): string | null => {
    const hash = sha256(c.bytes);
    const same = known.fileWithHash(hash);
    if (same) {
      summary.duplicates.push({ url: c.fetched.requestedUrl, sameAs: same });
      return same;
    }
    const file = safeFileName(c.fetched.url, c.kind.ext, known.nameTaken);
    mkdirSync(options.dir, { recursive: true });
    writeFileSync(join(options.dir, file), c.bytes);
    const row: SourcesRow = {
      file,
      source: c.fetched.requestedUrl,
      format: c.kind.format,
      variant_of: variantOf,
      original: '',
      notes: c.notes,
      url: c.fetched.url,
      list_url: task.listUrl,
      page_url: c.pageUrl,
      title: c.title,
      listed_date: task.listedDate,
      fetched_at: now().toISOString(),
      content_type: c.fetched.contentType,
      sha256: hash,
    };
    known.addRow(row);
    table = addRows(table, [row]);
    writeSources(csvPath, table);
    summary.stored.push({ file, url: c.fetched.url });
    tally.files++;
    progress(`+ ${file}`);
    return file;
  };

  /** Attachments of a report page: downloaded, then the preferred format becomes primary unless the page itself is. */
  const storeAll = (cands: Candidate[], task: Task, primary: string) => {
    const order = [...cands].sort((a, b) => rank(a.kind.ext) - rank(b.kind.ext));
    let first = primary;
    for (const c of order) {
      const file = store(c, task, first);
      if (!first && file) first = file;
    }
  };

  const fetchAttachments = async (atts: Attachment[], page: Fetched): Promise<Candidate[]> => {
    const out: Candidate[] = [];
    for (const a of atts) {
      if (visited.has(a.url)) continue;
      visited.add(a.url);
      if (known.hasUrl(a.url)) {
        summary.alreadyCollected.push(a.url);
        continue;
      }
      const res = await get(a.url);
      if (!res.ok) {
        fail(res.requestedUrl, res.reason);
        continue;
      }
      const kind = fileKind(res.body, res.contentType, res.url, res.disposition);
      if (kind.ext === 'html') {
        fail(res.requestedUrl, 'attachment link leads to a web page, not a file');
        continue;
      }
      out.push({ fetched: res, bytes: res.body, kind, title: a.title, pageUrl: page.url, notes: '' });
    }
    return out;
  };

  try {
    while (queue.length) {
      const task = queue.shift()!;
      if (visited.has(task.url)) continue;
      visited.add(task.url);
      if (task.role !== 'list' && known.hasUrl(task.url)) {
        summary.alreadyCollected.push(task.url);
        continue;
      }
      const res = await get(task.url);
      if (!res.ok) {
        fail(res.requestedUrl, res.reason);
        continue;
      }
      if (res.url !== task.url) {
        // redirected to a page this run has read already (two addresses of one page)
        if (visited.has(res.url)) continue;
        visited.add(res.url);
        if (task.role !== 'list' && known.hasUrl(res.url)) {
          summary.alreadyCollected.push(task.url);
          continue;
        }
      }
      const kind = fileKind(res.body, res.contentType, res.url, res.disposition);
      if (kind.ext !== 'html') {
        store({ fetched: res, bytes: res.body, kind, title: task.title, pageUrl: '', notes: '' }, task, '');
        continue;
      }
      tally.pages++;
      const decoded = decodePage(res.body, res.contentType);
      let page = analyse(decoded.text, res.url);
      let rendered = false;
      if (options.render && page.empty) {
        const r = await getRenderer().render(res.url);
        if (!r.ok) {
          fail(task.url, r.reason);
          continue;
        }
        page = analyse(r.html, res.url);
        rendered = true;
      }
      const title = task.title || page.title;
      if (page.holdsReport) {
        const html = asUtf8Html(page.html);
        const notes = rendered ? 'rendered in Chromium (--render); the DOM as rendered' : decodedNote(decoded);
        const file = store({ fetched: res, bytes: Buffer.from(html, 'utf8'), kind: { ext: 'html', format: 'html' }, title, pageUrl: '', notes }, task, '');
        storeAll(await fetchAttachments(page.attachments, res), task, file ?? '');
        continue;
      }
      if (page.isList) {
        if (++listPages > maxListPages) {
          fail(task.url, `more than ${maxListPages} list pages: stopped following this list`);
          continue;
        }
        for (const l of page.reports) queue.push({ url: l.url, role: 'report', listUrl: res.url, title: l.title, listedDate: l.listedDate });
        for (const p of page.pages) queue.push({ url: p, role: 'list', listUrl: '', title: '', listedDate: '' });
        continue;
      }
      if (page.attachments.length) {
        storeAll(await fetchAttachments(page.attachments, res), task, '');
        continue;
      }
      if (task.role !== 'list') {
        const hint = options.render ? ' (also after rendering it in Chromium)' : rendered ? '' : '; if the portal writes it with script, try --render';
        fail(task.url, `no report text, report links or attachments on the page${hint}`);
      }
    }
  } finally {
    await renderer?.close();
  }
  summary.requests = fetcher.requests;
  return summary;
}

interface Analysed {
  html: string;
  title: string;
  holdsReport: boolean;
  isList: boolean;
  reports: ReturnType<typeof reportLinks>;
  pages: string[];
  attachments: Attachment[];
  empty: boolean;
}

function analyse(html: string, url: string): Analysed {
  const { anchors, title } = pageLinks(html, url);
  const holdsReport = pageHoldsReport(html);
  const attachments = reportAttachments(anchors);
  const reports = reportLinks(anchors, url);
  // Links to other pages naming a report make a list; links only to files make a list only when the
  // page does not itself name one report (then they are that report's attachments).
  // A report page titled as one report keeps its few attachments even when it also links other years' reports
  // ("相关阅读"); a per-year sub-column titled 2023年年报 that links many departments' files is a list.
  const reportPage = !holdsReport && attachments.length > 0 && attachments.length <= 3 && namesAnnualReport(title);
  const toPages = reports.filter((r) => !isFileLink(r.url, anchors));
  const isList = !holdsReport && !reportPage && (toPages.length > 0 || (reports.length > 1 && !namesAnnualReport(title)));
  const pages = isList ? paginationLinks(anchors, html, url) : [];
  return { html, title, holdsReport, isList, reports, pages, attachments, empty: !holdsReport && !isList && attachments.length === 0 };
}

function isFileLink(url: string, anchors: Anchor[]): boolean {
  return hasAttachmentExtension(url) || anchors.some((a) => a.url === url && /附件/.test(a.text));
}

const rank = (ext: string) => {
  const i = PREFERRED.indexOf(ext);
  return i < 0 ? PREFERRED.length : i;
};

function decodedNote(d: DecodedPage): string {
  const how = { bom: 'byte-order mark', header: 'HTTP header', meta: '<meta charset>', content: 'content' }[d.how];
  return `web page decoded as ${d.charset} (from the ${how}), stored as UTF-8`;
}

/** The stored page is UTF-8: its charset declarations say so. */
export function asUtf8Html(html: string): string {
  return html.replace(/<meta\b[^>]*>/gi, (tag) => tag.replace(/(charset\s*=\s*["']?\s*)[-\w.:]+/i, '$1utf-8'));
}

function writeSources(path: string, table: SourcesTable): void {
  const tmp = join(dirname(path), '.sources.csv.tmp');
  writeFileSync(tmp, formatSourcesTable(table));
  renameSync(tmp, path);
}
