import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP, Fetcher } from '../../../../src/lib/collect/http.ts';
import { HostGate } from '../../../../src/lib/collect/politeness.ts';
import { parseRobots, RobotsCache } from '../../../../src/lib/collect/robots.ts';

describe('robots.txt', () => {
  it('uses the group naming our product token over *, and * when none does', () => {
    const text = 'User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: nianbao\nDisallow: /private/\nCrawl-delay: 5\n';
    const ours = parseRobots(text, 'Nianbao');
    expect([ours.allowed('/nianbao/index.html'), ours.allowed('/private/a.html'), ours.crawlDelay]).toEqual([true, false, 5]);
    const other = parseRobots(text, 'OtherBot');
    expect(other.allowed('/nianbao/index.html')).toBe(false);
  });

  it('lets the longest matching rule win, Allow on a tie, with * and $ patterns', () => {
    const r = parseRobots('User-agent: *\nDisallow: /files/\nAllow: /files/*.pdf$\nDisallow: /*?print=\nDisallow:\n# comment\n', 'Nianbao');
    expect(['/files/a.pdf', '/files/a.pdf.html', '/files/a.doc', '/a.html?print=1', '/a.html'].map((p) => r.allowed(p))).toEqual([true, false, false, false, true]);
  });

  it('allows everything when the file has no rule for anyone', () => {
    expect(parseRobots('<html><body>404</body></html>', 'Nianbao').allowed('/anything')).toBe(true);
  });
});

describe('robots.txt per site', () => {
  const servers: http.Server[] = [];
  const serve = async (handler: http.RequestListener) => {
    const s = http.createServer(handler);
    servers.push(s);
    s.listen(0, '127.0.0.1');
    await once(s, 'listening');
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  };
  afterAll(() => servers.forEach((s) => (s.closeAllConnections(), s.close())));
  const cache = () => {
    let fetcher: Fetcher;
    const robots = new RobotsCache(() => fetcher, 'Nianbao');
    fetcher = new Fetcher({ ...DEFAULT_HTTP, delayMs: 0, retries: 0, timeoutMs: 3000 }, new HostGate(0), (u) => robots.check(u));
    return robots;
  };

  it('follows a robots.txt that redirects to a web page, and allows what it does not forbid', async () => {
    const o = await serve((req, res) => (req.url === '/robots.txt' ? res.writeHead(302, { Location: '/404.html' }).end() : res.writeHead(200).end('<html>页面不存在</html>')));
    expect(await cache().check(new URL(`${o}/nianbao/index.html`))).toBeNull();
  });

  it('collects nothing from a site whose robots.txt answers 5xx, and says why', async () => {
    const o = await serve((_req, res) => res.writeHead(503).end());
    expect(await cache().check(new URL(`${o}/nianbao/index.html`))).toBe(`robots.txt unreachable (HTTP 503): not collecting from ${new URL(o).host}`);
  });
});
