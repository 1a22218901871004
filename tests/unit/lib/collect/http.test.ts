// The fetcher against a loopback server: redirects, retries, timeouts, size cap, compression, refusals.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP, Fetcher, type HttpOptions } from '../../../../src/lib/collect/http.ts';
import { HostGate } from '../../../../src/lib/collect/politeness.ts';

const OPTIONS: HttpOptions = { ...DEFAULT_HTTP, delayMs: 0, backoffMs: 5, retries: 2, timeoutMs: 5000, maxBytes: 1000, maxRedirects: 3 };

describe('fetching one URL', () => {
  const hits = new Map<string, number>();
  const agents: string[] = [];
  let server: http.Server;
  let o: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const path = req.url!;
      const n = (hits.get(path) ?? 0) + 1;
      hits.set(path, n);
      agents.push(String(req.headers['user-agent']));
      if (path === '/a') return res.writeHead(302, { Location: '/b' }).end();
      if (path === '/b') return res.writeHead(301, { Location: `${o}/c` }).end();
      if (path === '/c') return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('final');
      if (path === '/loop') return res.writeHead(302, { Location: '/loop' }).end();
      if (path === '/to-private') return res.writeHead(302, { Location: '/private/x' }).end();
      if (path === '/flaky') return n < 3 ? res.writeHead(503).end() : res.writeHead(200).end('ok');
      if (path === '/down') return res.writeHead(500).end();
      if (path === '/reset') return n === 1 ? req.socket.destroy() : res.writeHead(200).end('ok');
      if (path === '/stall') return res.writeHead(200).write('x');
      if (path === '/big-declared') return res.writeHead(200, { 'Content-Length': 5000 }).end(Buffer.alloc(5000));
      if (path === '/big-streamed') {
        res.writeHead(200);
        for (let i = 0; i < 10; i++) res.write(Buffer.alloc(200));
        return res.end();
      }
      if (path === '/gzip') return res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync('压缩的内容'));
      res.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const fetcher = () => new Fetcher(OPTIONS, new HostGate(0), async (url) => (url.pathname.startsWith('/private/') ? 'disallowed by robots.txt' : null));

  it('follows redirects and records the final URL, up to a limit', async () => {
    expect(await fetcher().get(`${o}/a`)).toMatchObject({ ok: true, requestedUrl: `${o}/a`, url: `${o}/c`, body: Buffer.from('final') });
    expect(await fetcher().get(`${o}/loop`)).toMatchObject({ ok: false, code: 'redirects', reason: 'more than 3 redirects' });
  });

  it('checks every redirect hop with robots.txt before requesting it', async () => {
    expect(await fetcher().get(`${o}/to-private`)).toMatchObject({ ok: false, code: 'robots', url: `${o}/private/x` });
    expect(hits.get('/private/x')).toBeUndefined();
  });

  it('retries a 5xx with back-off until it answers, and names the status when it never does', async () => {
    expect(await fetcher().get(`${o}/flaky`)).toMatchObject({ ok: true, body: Buffer.from('ok') });
    expect(hits.get('/flaky')).toBe(3);
    expect(await fetcher().get(`${o}/down`)).toMatchObject({ ok: false, code: 'http', status: 500, reason: 'HTTP 500' });
    expect(hits.get('/down')).toBe(3);
  });

  it('does not retry a 404', async () => {
    expect(await fetcher().get(`${o}/nothing`)).toMatchObject({ ok: false, code: 'http', status: 404, reason: 'HTTP 404' });
    expect(hits.get('/nothing')).toBe(1);
  });

  it('retries a connection the server drops', async () => {
    expect(await fetcher().get(`${o}/reset`)).toMatchObject({ ok: true, body: Buffer.from('ok') });
    expect(hits.get('/reset')).toBe(2);
  });

  it('gives up on a response that stalls, without retrying it', async () => {
    expect(await fetcher().get(`${o}/stall`)).toMatchObject({ ok: false, code: 'timeout', reason: 'timeout: no data for 5000 ms' });
    expect(hits.get('/stall')).toBe(1);
  });

  it('refuses files over the size cap, by Content-Length and while streaming', async () => {
    expect(await fetcher().get(`${o}/big-declared`)).toMatchObject({ ok: false, code: 'too-large', reason: 'too large: 5000 bytes, over the size cap of 1000 bytes' });
    expect(await fetcher().get(`${o}/big-streamed`)).toMatchObject({ ok: false, code: 'too-large', reason: 'too large: over the size cap of 1000 bytes' });
  });

  it('decompresses gzip and names the project in its User-Agent', async () => {
    const res = await fetcher().get(`${o}/gzip`);
    expect(res.ok && res.body.toString('utf8')).toBe('压缩的内容');
    expect(new Set(agents)).toEqual(new Set([DEFAULT_HTTP.userAgent]));
    expect(DEFAULT_HTTP.userAgent).toMatch(/^Nianbao\//);
  });
});
