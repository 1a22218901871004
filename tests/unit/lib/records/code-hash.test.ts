import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeHash } from '../../../../src/lib/records/code-hash.ts';

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-code-hash-'));
  writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'b.json'), '{"b":2}');
  return { root, files: [join(root, 'a.ts'), join(root, 'b.json')] };
}

describe('codeHash', () => {
  it('is the same for the same files and bytes', () => {
    const { root, files } = tree();
    expect(codeHash(files, root)).toBe(codeHash([...files], root));
  });

  it('changes when a file’s bytes change', () => {
    const { root, files } = tree();
    const before = codeHash(files, root);
    writeFileSync(files[1]!, '{"b":3}');
    expect(codeHash(files, root)).not.toBe(before);
  });

  it('changes when a file is renamed with the same bytes', () => {
    const { root, files } = tree();
    const before = codeHash(files, root);
    renameSync(files[0]!, join(root, 'c.ts'));
    expect(codeHash([join(root, 'c.ts'), files[1]!], root)).not.toBe(before);
  });

  it('does not let bytes move across a file boundary unnoticed', () => {
    const { root, files } = tree();
    const before = codeHash(files, root);
    writeFileSync(files[0]!, 'export const a = 1;\n{"b"');
    writeFileSync(files[1]!, ':2}');
    expect(codeHash(files, root)).not.toBe(before);
  });

  it('leaves out a listed file that does not exist', () => {
    const { root, files } = tree();
    expect(codeHash([...files, join(root, 'package-lock.json')], root)).toBe(codeHash(files, root));
  });
});
