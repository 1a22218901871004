import { describe, expect, it } from 'vitest';
import { dispositionName, fileKind } from '../../../../src/lib/collect/file-kind.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('what a downloaded file is', () => {
  it('goes by the bytes first, then the HTTP type, then the name', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(fileKind(pdf, 'application/octet-stream', 'http://a/download.jsp?id=1').ext).toBe('pdf');
    expect(fileKind(bytes(0x50, 0x4b, 3, 4), 'application/octet-stream', 'http://a/x.docx').ext).toBe('docx');
    expect(fileKind(bytes(0xd0, 0xcf, 0x11, 0xe0), 'application/octet-stream', 'http://a/x.wps').ext).toBe('wps');
    expect(fileKind(bytes(0xd0, 0xcf, 0x11, 0xe0), '', 'http://a/x').ext).toBe('doc');
    expect(fileKind(new TextEncoder().encode('<!DOCTYPE html><html>'), 'application/pdf', 'http://a/x.pdf').ext).toBe('html');
    expect(fileKind(bytes(1, 2, 3), 'application/msword', 'http://a/x').ext).toBe('doc');
    expect(fileKind(bytes(1, 2, 3), 'application/octet-stream', 'http://a/x', 'attachment; filename="r.ofd"').ext).toBe('ofd');
    expect(fileKind(bytes(1, 2, 3), 'application/octet-stream', 'http://a/x').ext).toBe('bin');
  });

  it('reads Content-Disposition file names, RFC 5987 ones too', () => {
    expect(dispositionName("attachment; filename*=UTF-8''%E5%B9%B4%E6%8A%A5.pdf")).toBe('年报.pdf');
    expect(dispositionName('attachment; filename="hzq2024.pdf"')).toBe('hzq2024.pdf');
  });
});
