import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedKey, readManifest, reportKey, writeManifest } from '../../../../src/lib/records/written-manifest.ts';

describe('written manifest', () => {
  it('gives a report a new key when its parse key or what ingest adds to it changes', () => {
    const k = reportKey('p1', { id: 'x', extraChecks: [] });
    expect([reportKey('p1', { id: 'x', extraChecks: [] }) === k, reportKey('p2', { id: 'x', extraChecks: [] }) === k, reportKey('p1', { id: 'x', extraChecks: [1] }) === k, reportKey(null, {})]).toEqual([true, false, false, null]);
  });

  it('gives the /data/ files a new key when a report, its order or its source address changes', () => {
    const a = { id: 'a', key: 'ka', url: 'u' };
    const b = { id: 'b', key: 'kb' };
    const k = combinedKey([a, b]);
    expect([combinedKey([a, b]) === k, combinedKey([b, a]) === k, combinedKey([{ ...a, url: 'v' }, b]) === k, combinedKey([a, { ...b, key: 'kc' }]) === k]).toEqual([true, false, false, false]);
  });

  it('reads back what it wrote, and nothing written by other code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-manifest-'));
    const m = { writer: 'w1', reports: { a: { key: 'k', hash: 'h', sizes: { '/reports/a/data.csv': 3 } } }, combined: null };
    writeManifest(dir, m);
    expect([readManifest(dir, 'w1'), readManifest(dir, 'w2'), readManifest(join(dir, 'none'), 'w1')]).toEqual([m, null, null]);
  });
});
