// robots.txt (RFC 9309): the rules for our product token (or *), longest match wins, Allow wins a tie.
import type { Fetcher } from './http.ts';

export interface Robots {
  allowed(pathAndQuery: string): boolean;
  /** Seconds, when the file asks for one. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

export const ALLOW_ALL: Robots = { allowed: () => true, crawlDelay: null };
const DISALLOW_ALL: Robots = { allowed: () => false, crawlDelay: null };

export function parseRobots(text: string, productToken: string): Robots {
  const token = productToken.toLowerCase();
  type Group = { agents: string[]; rules: Rule[]; delay: number | null };
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [], delay: null }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value !== '') current.rules.push(rule(key === 'allow', value));
    if (key === 'crawl-delay' && Number.isFinite(Number(value))) current.delay = Number(value);
  }
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && a !== '' && token.includes(a.replace(/\/.*$/, ''))));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.delay).filter((d): d is number => d !== null);
  return {
    crawlDelay: delays.length ? Math.max(...delays) : null,
    allowed(pathAndQuery) {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(pathAndQuery)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
}

function rule(allow: boolean, pattern: string): Rule {
  const normalised = encodeURI(safeDecode(pattern));
  const anchored = normalised.endsWith('$');
  const body = (anchored ? normalised.slice(0, -1) : normalised)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return { allow, pattern: normalised, re: new RegExp(`^${body}${anchored ? '$' : ''}`) };
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** One robots.txt per origin, fetched on first use. An unreachable file (5xx, network) means: collect nothing there. */
export class RobotsCache {
  private byOrigin = new Map<string, Promise<{ robots: Robots; note: string | null }>>();

  constructor(private readonly fetcher: () => Fetcher, private readonly productToken: string) {}

  async check(url: URL): Promise<string | null> {
    if (url.pathname === '/robots.txt') return null;
    const { robots, note } = await this.load(url);
    const path = encodeURI(safeDecode(url.pathname)) + url.search;
    if (robots.allowed(path)) return null;
    return note ?? 'disallowed by robots.txt';
  }

  private load(url: URL) {
    let entry = this.byOrigin.get(url.origin);
    if (!entry) {
      entry = this.fetchRobots(url);
      this.byOrigin.set(url.origin, entry);
    }
    return entry;
  }

  private async fetchRobots(url: URL): Promise<{ robots: Robots; note: string | null }> {
    const fetcher = this.fetcher();
    const res = await fetcher.get(new URL('/robots.txt', url).href, { robots: false });
    if (res.ok) {
      const robots = parseRobots(res.body.toString('utf8'), this.productToken);
      if (robots.crawlDelay) fetcher.gate.setDelay(url.host, Math.min(robots.crawlDelay, 60) * 1000);
      return { robots, note: null };
    }
    if (res.code === 'http' && res.status !== undefined && res.status < 500) return { robots: ALLOW_ALL, note: null };
    return { robots: DISALLOW_ALL, note: `robots.txt unreachable (${res.reason}): not collecting from ${url.host}` };
  }
}
