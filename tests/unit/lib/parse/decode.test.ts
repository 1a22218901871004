import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, MAX_BYTES, strictUtf8 } from '../../../../src/lib/parse/decode.ts';
import { parseBytes } from '../../../../src/lib/parse/index.ts';

const ZH = '政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请，办结开展。“予以公开”——部分公开…';
const MIXED = '2021年政府信息公开工作年度报告\r\n本年新收政府信息公开申请 12 件，上年结转 3 件。\r\n';
const ASCII = 'Annual report 2021: 12 requests received, 3 carried over.\n';

const ok = (bytes: Uint8Array) => {
  const d = decode(bytes);
  if (!d.ok) throw new Error(`decode failed: ${d.error.code} ${d.error.message}`);
  return d;
};
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));

describe('decode: Unicode', () => {
  for (const [name, text] of [['Chinese', ZH], ['mixed', MIXED], ['ASCII', ASCII]] as const) {
    it(`UTF-8 (${name})`, () => expect(ok(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'UTF-8' }));

    it(`UTF-8 with BOM (${name}); the BOM is not part of the text`, () => {
      expect(ok(concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)))).toEqual({ ok: true, text, encoding: 'UTF-8 (BOM)' });
    });

    for (const [enc, label, bom] of [
      ['utf-16le', 'UTF-16LE', [0xff, 0xfe]],
      ['utf-16be', 'UTF-16BE', [0xfe, 0xff]],
    ] as const) {
      it(`${label} with BOM (${name})`, () => {
        expect(ok(concat(Buffer.from(bom), iconv.encode(text, enc)))).toEqual({ ok: true, text, encoding: label });
      });
      it(`${label} without BOM (${name})`, () => {
        expect(ok(iconv.encode(text, enc))).toEqual({ ok: true, text, encoding: label });
      });
    }
  }
});

describe('decode: Chinese legacy encodings', () => {
  for (const enc of ['gb18030', 'gbk', 'gb2312'] as const) {
    for (const [name, text] of [['Chinese', ZH], ['mixed', MIXED]] as const) {
      it(`${enc} (${name}) decodes as GB18030`, () => {
        const d = ok(iconv.encode(text, enc));
        expect(d.text).toBe(text);
        expect(d.encoding).toBe('GB18030');
      });
    }
  }

  it('GB18030 four-byte characters (㐀, 𠀀) survive', () => {
    const text = '㐀字与𠀀字的政府信息公开年度报告，共计十二件申请。'.repeat(3);
    expect(ok(iconv.encode(text, 'gb18030')).text).toBe(text);
  });
});

describe('decode: not text', () => {
  it('empty file', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('whitespace only', () => {
    expect(decode(Buffer.from(' \n\t\r\n  '))).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('PNG header', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    expect(decode(png)).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('random bytes with NULs', () => {
    let seed = 42;
    const bytes = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    bytes[100] = 0;
    expect(decode(bytes)).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('a PDF is not text', () => {
    const pdf = concat(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 /Filter /FlateDecode >>\nstream\n', 'latin1'), new Uint8Array([0x78, 0x9c, 0, 1, 2, 3, 0, 0xff]));
    expect(decode(pdf).ok).toBe(false);
  });

  it('refuses more than MAX_BYTES', () => {
    expect(decode(new Uint8Array(MAX_BYTES + 1))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('decode: damaged and implausible input', () => {
  const REPORT = Buffer.from((ZH + MIXED).repeat(20), 'utf8');

  it('UTF-8 missing its last byte (cut mid-character) stays UTF-8, with a note of the bad bytes', () => {
    const cut = Buffer.from(ZH.repeat(20) + '报', 'utf8');
    const d = ok(cut.subarray(0, cut.length - 1));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text.startsWith(ZH)).toBe(true);
    expect(d.notes).toEqual(['UTF-8 中有 1 处无法解码的字节，已替换为 �']);
  });

  it('UTF-8 with a stray 0xFF byte stays UTF-8', () => {
    const bytes = Buffer.from(REPORT);
    bytes[40] = 0xff;
    const d = ok(bytes);
    expect(d.encoding).toBe('UTF-8');
    expect(d.notes?.[0]).toMatch(/^UTF-8 中有 \d 处无法解码的字节/);
  });

  it('random high bytes are undecodable, not a report without numbers', () => {
    let seed = 7;
    const bytes = new Uint8Array(5000).map(() => 0x80 + (((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0x7f));
    expect(decode(bytes)).toMatchObject({ ok: false, error: { code: 'decode' } });
    expect(parseBytes(bytes, 'noise.txt').errors.map((e) => e.code)).toEqual(['decode']);
  });

  it('Big5 text decodes as Big5 (traditional characters are plausible text)', () => {
    const text = '政府資訊公開工作年度報告，本年新收申請十二件，辦結十件。'.repeat(5);
    expect(ok(iconv.encode(text, 'big5'))).toMatchObject({ text, encoding: 'BIG5' });
  });
});

describe('parseBytes never throws', () => {
  it('returns an error record for an empty file', () => {
    const r = parseBytes(new Uint8Array(), 'empty.txt');
    expect(r.errors.map((e) => e.code)).toEqual(['empty']);
    expect(r.values).toEqual({});
    expect(r.meta.template).toBe('none');
  });

  it('returns an error record for a binary file', () => {
    const r = parseBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'scan.txt');
    expect(r.errors.map((e) => e.code)).toEqual(['not-text']);
  });

  it('flags a report without any number', () => {
    const r = parseBytes(Buffer.from('某某县人民政府政府信息公开工作年度报告。本年度没有收到公开申请，也没有行政复议。'), 'x.txt');
    expect(r.errors.map((e) => e.code)).toEqual(['no-numbers']);
    expect(Object.keys(r.values)).toEqual([]);
  });

  // Speed is measured by `npm run bench`; this only checks that a large file parses whole.
  it('parses a 10 MB text file without an internal error, keeping its length', () => {
    const unit = '2021年政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请12件，上年结转3件。\n| 予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n';
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit)));
    const r = parseBytes(Buffer.from(text), 'big.txt');
    expect(r.errors.filter((e) => e.code === 'internal')).toEqual([]);
    expect(r.text.length).toBe(text.length);
  });
});

describe('strictUtf8', () => {
  const reference = (b: Uint8Array): string | null => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return null;
    }
  };
  it('gives what a fatal TextDecoder gives (BOM dropped, null where it throws) for any bytes', () => {
    // UTF-8 text with bytes changed, cut or inserted (overlongs, surrogates, stray continuations, BOMs)
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }), fc.nat(), fc.boolean()).map(([s, edits, cut, bom]) => {
        const b = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(s, 'utf8')]);
        for (const [at, v] of edits) if (b.length) b[at % b.length] = v;
        return new Uint8Array(b.subarray(0, b.length ? b.length - (cut % 4) : 0));
      }),
      fc.constantFrom([0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41], [0xe4, 0xb8], [0xf0, 0x9f, 0x98, 0x80]).map((a) => new Uint8Array(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(strictUtf8(b)).toBe(reference(b));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
