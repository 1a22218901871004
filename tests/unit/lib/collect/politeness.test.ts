import { describe, expect, it } from 'vitest';
import { HostGate, sleep } from '../../../../src/lib/collect/politeness.ts';

describe('per-host politeness', () => {
  it('runs one request at a time per host and pauses between them; other hosts do not wait', async () => {
    const gate = new HostGate(40);
    const log: Array<{ host: string; start: number; end: number }> = [];
    let running = 0;
    let most = 0;
    const task = (host: string) => () =>
      (async () => {
        running++;
        most = Math.max(most, running);
        const start = performance.now();
        await sleep(5);
        running--;
        log.push({ host, start, end: performance.now() });
      })();
    await Promise.all([gate.run('a', task('a')), gate.run('a', task('a')), gate.run('a', task('a')), gate.run('b', task('b'))]);
    const a = log.filter((l) => l.host === 'a').sort((x, y) => x.start - y.start);
    expect(a).toHaveLength(3);
    for (let i = 1; i < a.length; i++) expect(a[i]!.start - a[i - 1]!.end).toBeGreaterThanOrEqual(38);
    // b started beside a's first request: two at once overall, never two on one host
    expect(most).toBe(2);
  });
});
