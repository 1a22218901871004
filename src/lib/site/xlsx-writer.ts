// A minimal streaming XLSX writer: one worksheet of numbers and inline strings, a frozen corner,
// and per-row cell styles (bold, grey). It writes the sheet's XML straight into a deflate stream of
// the zip file, row by row, so a table of 100,000 rows never sits in memory, and costs what the XML
// costs (exceljs' workbook writer built an object model and a style lookup per cell: most of the
// export step at 2,000 reports).
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export type CellValue = string | number | null | undefined;
export type RowStyle = 'bold' | 'grey' | null;

const STYLE_INDEX: Record<'bold' | 'grey', number> = { bold: 1, grey: 2 };

interface Entry {
  name: Buffer;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// XML 1.0 has no place for most control characters: they are dropped, & < > escaped.
// eslint-disable-next-line no-control-regex
const BAD_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeXml = (s: string) => s.replace(BAD_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(ref: string, v: CellValue, style: number): string {
  if (v === null || v === undefined || v === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  const text = escapeXml(v);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** Bit 3: sizes and CRC follow the data (a streamed entry); bit 11: UTF-8 names. */
const flagsOf = (streamed: boolean) => (streamed ? 0x0008 : 0) | 0x0800;

class ZipFile {
  private fd: number;
  private offset = 0;
  private entries: Entry[] = [];
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  private write(b: Buffer): void {
    writeSync(this.fd, b);
    this.offset += b.length;
  }
  private localHeader(name: Buffer, streamed: boolean, crc = 0, csize = 0, usize = 0): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed
    h.writeUInt16LE(flagsOf(streamed), 6);
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(0, 10); // time/date: none (the bytes depend on the contents only)
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(csize, 18);
    h.writeUInt32LE(usize, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, name]);
  }
  /** A small entry, compressed at once. */
  add(path: string, body: string): void {
    const name = Buffer.from(path, 'utf8');
    const data = Buffer.from(body, 'utf8');
    const z = deflateRawSync(data);
    const e: Entry = { name, flags: flagsOf(false), crc: crc32(data), csize: z.length, usize: data.length, offset: this.offset };
    this.write(this.localHeader(name, false, e.crc, e.csize, e.usize));
    this.write(z);
    this.entries.push(e);
  }
  /** A big entry, streamed: its pieces are compressed as they come. */
  async addStream(path: string, pieces: Iterable<string>): Promise<void> {
    const name = Buffer.from(path, 'utf8');
    const e: Entry = { name, flags: flagsOf(true), crc: 0, csize: 0, usize: 0, offset: this.offset };
    this.write(this.localHeader(name, true));
    const z = createDeflateRaw({ level: 6 });
    z.on('data', (b: Buffer) => {
      this.write(b);
      e.csize += b.length;
    });
    const ended = once(z, 'end');
    let buf: string[] = [];
    let len = 0;
    const flush = async () => {
      if (!buf.length) return;
      const data = Buffer.from(buf.join(''), 'utf8');
      buf = [];
      len = 0;
      e.crc = crc32(data, e.crc);
      e.usize += data.length;
      if (!z.write(data)) await once(z, 'drain');
    };
    for (const p of pieces) {
      buf.push(p);
      len += p.length;
      if (len > 1 << 18) await flush();
    }
    await flush();
    z.end();
    await ended;
    if (e.usize > 0xffffffff || this.offset > 0xffffffff) throw new Error(`${path}: over 4 GB, which needs ZIP64`);
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc, 4);
    d.writeUInt32LE(e.csize, 8);
    d.writeUInt32LE(e.usize, 12);
    this.write(d);
    this.entries.push(e);
  }
  close(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by
      h.writeUInt16LE(20, 6); // needed
      h.writeUInt16LE(e.flags, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(0, 12);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.csize, 20);
      h.writeUInt32LE(e.usize, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.write(Buffer.concat([h, e.name]));
    }
    const size = this.offset - start;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    closeSync(this.fd);
  }
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetOptions {
  sheetName: string;
  creator: string;
  /** Frozen columns and rows (top-left corner). */
  freeze: { columns: number; rows: number };
}

/** Write one worksheet of `rows` (each with its row style) to `path` as an .xlsx file. */
export async function writeXlsx(path: string, rows: Iterable<{ cells: readonly CellValue[]; style?: RowStyle }>, opts: SheetOptions): Promise<void> {
  const zip = new ZipFile(path);
  try {
    zip.add('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
    zip.add('_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
    zip.add('docProps/core.xml', `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${escapeXml(opts.creator)}</dc:creator></cp:coreProperties>`);
    zip.add('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(opts.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.add('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
    zip.add('xl/styles.xml', `${XML}<styleSheet xmlns="${MAIN}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FF555B61"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
    const { columns, rows: frozenRows } = opts.freeze;
    const pane = `<pane xSplit="${columns}" ySplit="${frozenRows}" topLeftCell="${columnName(columns)}${frozenRows + 1}" activePane="bottomRight" state="frozen"/>`;
    const letters: string[] = [];
    function* sheet(): Generator<string> {
      yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetData>`;
      let r = 0;
      for (const row of rows) {
        r++;
        const style = row.style ? STYLE_INDEX[row.style] : 0;
        let xml = `<row r="${r}">`;
        for (let c = 0; c < row.cells.length; c++) xml += cellXml(`${(letters[c] ??= columnName(c))}${r}`, row.cells[c], style);
        yield `${xml}</row>`;
      }
      yield '</sheetData></worksheet>';
    }
    await zip.addStream('xl/worksheets/sheet1.xml', sheet());
  } finally {
    zip.close();
  }
}
