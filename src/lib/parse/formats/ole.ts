// What an OLE2 compound file (D0 CF 11 E0) holds: a Word 97 document, an encrypted Office 2007+
// file (EncryptedPackage — a password-protected .docx is stored this way), or something else
// (Excel, PowerPoint). Directory entry names are UTF-16LE; looking for them is enough to tell.
export type OleKind = 'doc' | 'encrypted' | 'other';

function hasName(bytes: Uint8Array, name: string): boolean {
  const pat = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pat) >= 0;
}

export function oleKind(bytes: Uint8Array): OleKind {
  if (hasName(bytes, 'EncryptedPackage')) return 'encrypted';
  if (hasName(bytes, 'WordDocument')) return 'doc';
  return 'other';
}

/** Word 97 FIB flag fEncrypted (bit 8 of the 16-bit flags at offset 10 of the WordDocument stream). */
export function docIsEncrypted(bytes: Uint8Array): boolean {
  // the WordDocument stream starts with the FIB magic 0xA5EC; find it at a sector boundary
  for (let off = 512; off + 12 <= bytes.length; off += 512) {
    if (bytes[off] === 0xec && bytes[off + 1] === 0xa5) {
      const flags = bytes[off + 10]! | (bytes[off + 11]! << 8);
      return (flags & 0x0100) !== 0;
    }
  }
  return false;
}
