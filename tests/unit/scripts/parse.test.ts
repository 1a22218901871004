// The CLI contract: one JSON object per line and file on stdout, nothing else; failures are records.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function parse(...files: string[]) {
  return execFileSync(TSX, ['scripts/parse.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run parse', () => {
  it('prints one JSON record per file, in order, and exit code 0 even when a file is missing', () => {
    const out = parse('content/reports/003_5ec431ede201274a.txt', 'no/such/file.txt', 'content/reports/pt-syq-2021.txt');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const recs = lines.map((l) => JSON.parse(l));
    expect(recs.map((r) => r.file)).toEqual(['003_5ec431ede201274a.txt', 'file.txt', 'pt-syq-2021.txt']);
    expect(recs[1].errors[0].code).toBe('missing-file');
    expect(recs[1].values).toEqual({});
    for (const r of recs) {
      expect(Object.keys(r.meta)).toEqual(expect.arrayContaining(['issuer', 'jurisdiction', 'province', 'prefecture', 'adcode', 'level', 'year', 'published', 'template', 'kind']));
      expect(r).toHaveProperty('provenance');
      expect(r).toHaveProperty('checks');
      expect(r).toHaveProperty('conflicts');
      expect(r).not.toHaveProperty('text');
    }
  });

  it('gives a record to a pathologically nested HTML file and to every file after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-parse-'));
    writeFileSync(join(dir, 'deep.html'), '<div>'.repeat(3000) + '本年收到申请 5 件' + '</div>'.repeat(3000));
    writeFileSync(join(dir, 'cells.html'), '<table><tr><td>'.repeat(1000));
    const recs = parse(join(dir, 'deep.html'), join(dir, 'cells.html'), 'content/reports/003_5ec431ede201274a.txt').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.file, r.errors.map((e: { code: string }) => e.code)])).toEqual([
      ['deep.html', []],
      ['cells.html', ['no-numbers']],
      ['003_5ec431ede201274a.txt', []],
    ]);
  });

  it('gives every value a provenance entry', () => {
    const rec = JSON.parse(parse('content/reports/001_9aef50f578a0bdd8.txt'));
    for (const id of Object.keys(rec.values)) {
      expect(rec.provenance[id], id).toBeDefined();
      expect(rec.provenance[id].end).toBeGreaterThan(rec.provenance[id].start);
    }
  });
});
