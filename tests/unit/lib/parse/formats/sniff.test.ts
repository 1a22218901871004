import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sniffKind } from '../../../../../src/lib/parse/formats/sniff.ts';

const b = (...xs: Array<number | string>): Uint8Array =>
  Buffer.concat(xs.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from([x]))));

describe('sniffKind', () => {
  it('tells PDF, ZIP (DOCX), OLE2 (DOC), RTF and images apart by their signatures', () => {
    expect(sniffKind(b('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffKind(b('PK', 3, 4, 'rest'))).toBe('zip');
    expect(sniffKind(b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('ole');
    expect(sniffKind(b('{\\rtf1\\ansi'))).toBe('rtf');
    expect(sniffKind(b(0x89, 'PNG', 0x0d))).toBe('image');
  });

  it('finds %PDF- after a few bytes of junk a server put in front', () => {
    expect(sniffKind(b(0xef, 0xbb, 0xbf, '\r\n%PDF-1.4'))).toBe('pdf');
  });

  it('calls text "other" whatever it says, even text mentioning PDF later on', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const text = `报告${s} %PDF-`;
        expect(sniffKind(Buffer.from(text.padStart(40, ' '), 'utf8'))).toBe('other');
      }),
    );
  });
});
