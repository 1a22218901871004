// One polite GET: per-host gate, robots.txt check on every hop, timeout, size cap, redirects, retries with back-off.
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { HostGate, sleep } from './politeness.ts';

export interface HttpOptions {
  userAgent: string;
  /** Give up when no byte arrives for this long (connecting, waiting for headers, or mid-body). */
  timeoutMs: number;
  maxBytes: number;
  /** Extra attempts after a 5xx or a dropped connection; 4xx, timeouts and oversize files are not retried. */
  retries: number;
  /** Pause before retry n is backoffMs × 2^(n-1). */
  backoffMs: number;
  maxRedirects: number;
  delayMs: number;
}

/** Names the project (HTTP headers are ASCII: no Chinese here). */
export const USER_AGENT = 'Nianbao/0.1 (collector of government information-disclosure annual reports; one request at a time per host)';

export const DEFAULT_HTTP: HttpOptions = {
  userAgent: USER_AGENT,
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  retries: 3,
  backoffMs: 2_000,
  maxRedirects: 5,
  delayMs: 1_000,
};

export type FailureCode = 'http' | 'timeout' | 'too-large' | 'network' | 'robots' | 'redirects' | 'bad-url';

export interface Fetched {
  ok: true;
  requestedUrl: string;
  /** After redirects. */
  url: string;
  status: number;
  contentType: string;
  disposition: string;
  body: Buffer;
}

export interface FetchFailure {
  ok: false;
  requestedUrl: string;
  url: string;
  code: FailureCode;
  reason: string;
  status?: number;
}

/** Resolves to null when the URL may be fetched, or the reason it may not. */
export type Permission = (url: URL) => Promise<string | null>;

type Attempt =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; body: Buffer }
  | { kind: 'failed'; code: 'timeout' | 'too-large' | 'network'; message: string };

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export class Fetcher {
  requests = 0;

  constructor(
    readonly options: HttpOptions,
    readonly gate: HostGate = new HostGate(options.delayMs),
    private readonly permission: Permission = async () => null,
  ) {}

  /** `robots: false` only for robots.txt itself (whose redirects must not wait for robots.txt). */
  async get(requestedUrl: string, { robots = true } = {}): Promise<Fetched | FetchFailure> {
    let url: URL;
    try {
      url = new URL(requestedUrl);
    } catch {
      return { ok: false, requestedUrl, url: requestedUrl, code: 'bad-url', reason: 'not a URL' };
    }
    const fail = (code: FailureCode, reason: string, status?: number): FetchFailure => ({
      ok: false, requestedUrl, url: url.href, code, reason, ...(status !== undefined ? { status } : {}),
    });
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('bad-url', `not http(s): ${url.protocol}`);
      const refused = robots ? await this.permission(url) : null;
      if (refused) return fail('robots', refused);
      const res = await this.withRetries(url);
      if (res.kind === 'failed') return fail(res.code, res.message);
      const location = res.headers.location;
      if (REDIRECT.has(res.status) && location) {
        if (hop >= this.options.maxRedirects) return fail('redirects', `more than ${this.options.maxRedirects} redirects`);
        url = new URL(location, url);
        continue;
      }
      if (res.status >= 400) return fail('http', `HTTP ${res.status}`, res.status);
      if (res.status !== 200) return fail('http', `HTTP ${res.status} (expected 200)`, res.status);
      return {
        ok: true, requestedUrl, url: url.href, status: res.status,
        contentType: String(res.headers['content-type'] ?? ''),
        disposition: String(res.headers['content-disposition'] ?? ''),
        body: res.body,
      };
    }
  }

  private async withRetries(url: URL): Promise<Attempt> {
    for (let attempt = 0; ; attempt++) {
      const res = await this.gate.run(url.host, () => this.once(url));
      const retryable = (res.kind === 'response' && res.status >= 500) || (res.kind === 'failed' && res.code === 'network');
      if (!retryable || attempt >= this.options.retries) {
        if (res.kind === 'response' && res.status >= 500 && attempt > 0) return { ...res, body: Buffer.alloc(0) };
        if (res.kind === 'failed' && attempt > 0) return { ...res, message: `${res.message} (after ${attempt + 1} attempts)` };
        return res;
      }
      await sleep(this.options.backoffMs * 2 ** attempt);
    }
  }

  private once(url: URL): Promise<Attempt> {
    this.requests++;
    const { timeoutMs, maxBytes, userAgent } = this.options;
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (a: Attempt) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        resolve(a);
      };
      let ticks = 0;
      // The timer phase of the event loop runs before pending socket reads: after this process was paused
      // (a busy machine), let those reads happen once before calling the connection silent.
      const arm = () => {
        ticks++;
        clearTimeout(timer);
        const seen = ticks;
        timer = setTimeout(() => setImmediate(() => ticks === seen && finish({ kind: 'failed', code: 'timeout', message: `timeout: no data for ${timeoutMs} ms` })), timeoutMs);
      };
      const lib = url.protocol === 'https:' ? https : http;
      let req: http.ClientRequest;
      try {
        req = lib.request(url, {
          method: 'GET',
          headers: { 'User-Agent': userAgent, Accept: '*/*', 'Accept-Encoding': 'gzip, deflate, br', 'Accept-Language': 'zh-CN,zh;q=0.9' },
        });
      } catch (e) {
        return resolve({ kind: 'failed', code: 'network', message: `request not sent: ${(e as Error).message}` });
      }
      arm();
      req.on('error', (e: NodeJS.ErrnoException) => finish({ kind: 'failed', code: 'network', message: `connection failed: ${e.code ?? e.message}` }));
      req.on('response', (res) => {
        arm();
        const status = res.statusCode ?? 0;
        if (REDIRECT.has(status) || status >= 400) {
          res.resume();
          return finish({ kind: 'response', status, headers: res.headers, body: Buffer.alloc(0) });
        }
        const declared = Number(res.headers['content-length']);
        if (declared > maxBytes) return finish(tooLarge(maxBytes, declared));
        const chunks: Buffer[] = [];
        let size = 0;
        const stream = decoded(res);
        stream.on('data', (chunk: Buffer) => {
          arm();
          size += chunk.length;
          if (size > maxBytes) return finish(tooLarge(maxBytes));
          chunks.push(chunk);
        });
        stream.on('end', () => finish({ kind: 'response', status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on('error', (e: NodeJS.ErrnoException) => finish({ kind: 'failed', code: 'network', message: `download broke off: ${e.code ?? e.message}` }));
        res.on('error', (e: NodeJS.ErrnoException) => finish({ kind: 'failed', code: 'network', message: `download broke off: ${e.code ?? e.message}` }));
      });
      req.end();
    });
  }
}

function tooLarge(maxBytes: number, declared?: number): Attempt {
  const size = declared ? `${declared} bytes, ` : '';
  return { kind: 'failed', code: 'too-large', message: `too large: ${size}over the size cap of ${maxBytes} bytes` };
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (enc === 'deflate') return res.pipe(zlib.createInflate());
  if (enc === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}
