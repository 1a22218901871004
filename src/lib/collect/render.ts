// Script-rendered portal pages: load them in headless Chromium (Playwright) and read the rendered DOM.
// The portal's scripts run only inside that browser; images, fonts, media and downloads are refused,
// and every request the page makes is checked against robots.txt like ours are.
import type { Browser, BrowserContext } from 'playwright-core';
import type { Permission } from './http.ts';
import type { HostGate } from './politeness.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Rendered = { ok: true; url: string; html: string } | { ok: false; reason: string };

export interface Renderer {
  render(url: string): Promise<Rendered>;
  close(): Promise<void>;
}

const REFUSED_TYPES = new Set(['image', 'media', 'font', 'stylesheet', 'websocket', 'eventsource', 'manifest']);

export function chromiumRenderer(opts: { userAgent: string; timeoutMs: number; gate: HostGate; permission: Permission }): Renderer {
  let browser: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  const open = async () => {
    const { chromium } = await import('@playwright/test');
    const b = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await b.newContext({ userAgent: opts.userAgent, acceptDownloads: false, serviceWorkers: 'block', locale: 'zh-CN' });
    await context.route('**/*', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || REFUSED_TYPES.has(req.resourceType())) return route.abort();
      if (await opts.permission(url)) return route.abort('blockedbyclient');
      return route.continue();
    });
    return { browser: b, context };
  };
  return {
    async render(url) {
      try {
        browser ??= open();
        const { context } = await browser;
        return await opts.gate.run(new URL(url).host, async () => {
          const page = await context.newPage();
          try {
            const res = await page.goto(url, { waitUntil: 'networkidle', timeout: opts.timeoutMs });
            if (res && res.status() >= 400) return { ok: false as const, reason: `HTTP ${res.status()} (rendering)` };
            return { ok: true as const, url: page.url(), html: await page.content() };
          } finally {
            await page.close();
          }
        });
      } catch (e) {
        return { ok: false, reason: `rendering failed: ${(e as Error).message.split('\n')[0]}` };
      }
    },
    async close() {
      if (browser) await (await browser).browser.close().catch(() => undefined);
    },
  };
}
