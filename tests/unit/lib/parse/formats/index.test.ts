import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readDocument } from '../../../../../src/lib/parse/formats/index.ts';

describe('readDocument', () => {
  it('refuses a ZIP that is not a Word document by name (XLSX)', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const r = await readDocument(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['unsupported-format', '不支持的文件格式：Excel (XLSX) 压缩包，不是 Word 文档']);
  });

  it('names an encrypted Office file instead of reading it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]);
    const r = await readDocument(bytes);
    expect(r.ok ? null : r.error.code).toBe('encrypted');
  });
});
