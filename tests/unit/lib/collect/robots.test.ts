import { describe, expect, it } from 'vitest';
import { parseRobots } from '../../../../src/lib/collect/robots.ts';

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
