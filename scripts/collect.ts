// npm run collect -- URL… | --list FILE  [--render] [--delay MS] [--timeout MS] [--max-mb N] [--retries N]
// Fetches report pages, 年报 list pages and attachments into NIANBAO_REPORTS (default content/reports/)
// and adds their sources.csv rows. Progress on stderr, the summary on stdout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect } from '../src/lib/collect/collect.ts';
import { formatSummary, progressLine } from '../src/lib/collect/progress.ts';
import type { HttpOptions } from '../src/lib/collect/http.ts';

const USAGE = `usage: npm run collect -- URL… | --list FILE  [--render] [--delay MS] [--timeout MS] [--max-mb N] [--retries N]
  URL       a report page, a 年报 list page or an attachment (PDF, DOC, DOCX, WPS, OFD)
  --list    a file with one URL per line (# comments allowed)
  --render  load pages that hold no report text or links in headless Chromium (script-rendered portals)`;

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const urls: string[] = [];
const http: Partial<HttpOptions> = {};
let render = false;
const number = (flag: string, v: string | undefined) => {
  const n = Number(v);
  if (v === undefined || !Number.isFinite(n) || n < 0) usage(`${flag} needs a number`);
  return n;
};
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--list') {
    const file = args[++i] ?? usage('--list needs a file');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    urls.push(...text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
  } else if (a === '--render') render = true;
  else if (a === '--delay') http.delayMs = number(a, args[++i]);
  else if (a === '--timeout') http.timeoutMs = number(a, args[++i]);
  else if (a === '--retries') http.retries = number(a, args[++i]);
  else if (a === '--max-mb') http.maxBytes = number(a, args[++i]) * 1024 * 1024;
  else if (a === '--help' || a === '-h') {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  } else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else urls.push(a);
}
const bad = urls.filter((u) => !/^https?:\/\/[^/\s]+/i.test(u));
if (bad.length) usage(`not an http(s) URL: ${bad.join(', ')}`);
if (urls.length === 0) usage('no URL given');

const tty = process.stderr.isTTY;
const dir = process.env.NIANBAO_REPORTS ?? join(import.meta.dirname, '..', 'content', 'reports');
const summary = await collect({
  urls,
  dir,
  render,
  http,
  onProgress: (tally, current) => {
    const line = progressLine(tally, current);
    if (tty) process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns ?? 120) - 1)}`);
    else if (/^[+✗]/.test(current)) process.stderr.write(line + '\n');
  },
});
if (tty) process.stderr.write('\r\x1b[K');
process.stdout.write(formatSummary(summary) + '\n');
