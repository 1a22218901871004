import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docIsEncrypted, oleKind } from '../../../../../src/lib/parse/formats/ole.ts';
import { REPORTS } from '../../../../helpers/gold.ts';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = (name: string): Uint8Array => Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), Buffer.from(name, 'utf16le')]);

describe('oleKind', () => {
  it('knows a Word 97 file by its WordDocument stream', () => {
    const doc = readFileSync(join(REPORTS, 'pt-syq-2023.doc'));
    expect(oleKind(doc)).toBe('doc');
    expect(docIsEncrypted(doc)).toBe(false);
  });

  it('knows a password-protected Office 2007+ file by its EncryptedPackage stream', () => {
    expect(oleKind(ole('EncryptedPackage'))).toBe('encrypted');
  });

  it('calls other compound files (Excel, PowerPoint) other', () => {
    expect(oleKind(ole('Workbook'))).toBe('other');
  });
});
