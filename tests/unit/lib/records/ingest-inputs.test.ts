import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFilesUnder, inputsFingerprint, writerCode } from '../../../../src/lib/records/ingest-inputs.ts';
import { cacheKeys } from '../../../../src/lib/records/parse-cache.ts';

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inputs-'));
  mkdirSync(join(dir, 'code', 'site', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'code', 'b.ts'), 'export const b = 1;\n');
  writeFileSync(join(dir, 'code', 'site', 'deep', 'downloads.ts'), 'export const csv = "a,b";\n');
  writeFileSync(join(dir, 'code', 'site', 'labels.json'), '{}');
  writeFileSync(join(dir, 'code', 'notes.md'), '# not code');
  writeFileSync(join(dir, 'report.txt'), '平潭综合实验区2023年政府信息公开工作年度报告');
  return dir;
}

describe('ingest inputs', () => {
  it('lists the code and data files below a folder, recursively and in a stable order', () => {
    const dir = tree();
    expect(codeFilesUnder(join(dir, 'code')).map((p) => p.slice(dir.length + 1))).toEqual([
      'code/b.ts',
      'code/site/deep/downloads.ts',
      'code/site/labels.json',
    ]);
  });

  it('changes the fingerprint when a writer module changes, and only then', () => {
    const dir = tree();
    const fp = () => inputsFingerprint([join(dir, 'report.txt')], 'file,url\n', writerCode(codeFilesUnder(join(dir, 'code'))));
    const before = fp();
    expect(fp()).toBe(before);
    writeFileSync(join(dir, 'code', 'site', 'deep', 'downloads.ts'), 'export const csv = "a;b";\n');
    expect(fp()).not.toBe(before);
  });

  it('gives the same fingerprint from cache keys known already (null ones made here) as from the files', () => {
    const dir = tree();
    const paths = [join(dir, 'report.txt'), join(dir, 'code', 'b.ts'), join(dir, 'missing.txt')];
    const code = writerCode(codeFilesUnder(join(dir, 'code')));
    const keys = cacheKeys(paths);
    expect(inputsFingerprint(paths, '', code, [keys[0]!, null, null])).toBe(inputsFingerprint(paths, '', code));
    expect(inputsFingerprint(paths, '', code, [keys[1]!, null, null])).not.toBe(inputsFingerprint(paths, '', code));
  });
});
