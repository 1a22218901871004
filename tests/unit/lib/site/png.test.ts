import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndexedCanvas, crc32, encodeIndexedPng, hexRgb } from '../../../../src/lib/site/png.ts';

/** PNG chunks: type → data. */
function chunks(png: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    out.set(type, Buffer.concat([out.get(type) ?? Buffer.alloc(0), data]));
    at += 12 + len;
  }
  return out;
}

describe('png', () => {
  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('encodes an indexed image: signature, size, palette, and the pixels back out of IDAT', () => {
    const c = new IndexedCanvas(4, 3, [hexRgb('#ffffff'), hexRgb('#0b5cad')]);
    c.fillRect(1, 1, 2, 1, 1);
    const png = c.png();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ch = chunks(png);
    expect([...ch.keys()]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([ch.get('IHDR')!.readUInt32BE(0), ch.get('IHDR')!.readUInt32BE(4), ch.get('IHDR')![8], ch.get('IHDR')![9]]).toEqual([4, 3, 8, 3]);
    expect([...ch.get('PLTE')!]).toEqual([255, 255, 255, 11, 92, 173]);
    expect([...inflateSync(ch.get('IDAT')!)]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('clips rectangles to the canvas and refuses a wrong pixel count', () => {
    const c = new IndexedCanvas(3, 2, [hexRgb('#000000'), hexRgb('#ffffff')]);
    c.fillRect(-5, 1, 100, 100, 1);
    expect([...c.pixels]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(() => encodeIndexedPng(2, 2, [[0, 0, 0]], new Uint8Array(3))).toThrow('expected 4 pixels');
  });
});
