import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalCharset, decodePage } from '../../../../src/lib/collect/charset.ts';

const TEXT = '平潭综合实验区2013年政府信息公开工作年度报告：本年度共受理政府信息公开申请21件，行政复议0件。';
const gbk = (html: string) => iconv.encode(html, 'gbk');

describe('decoding a portal page', () => {
  it('takes the HTTP header first, then <meta charset>, then the content', () => {
    expect(decodePage(gbk(`<p>${TEXT}</p>`), 'text/html; charset=GBK')).toMatchObject({ charset: 'gb18030', how: 'header', text: `<p>${TEXT}</p>` });
    const meta = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${TEXT}</body></html>`;
    expect(decodePage(gbk(meta), 'text/html')).toMatchObject({ charset: 'gb18030', how: 'meta', text: meta });
    expect(decodePage(gbk(`<p>${TEXT}</p>`), 'text/html')).toMatchObject({ charset: 'gb18030', how: 'content', text: `<p>${TEXT}</p>` });
    expect(decodePage(Buffer.from(`<p>${TEXT}</p>`), '')).toMatchObject({ charset: 'utf-8', how: 'content' });
  });

  it('passes over a declaration the bytes contradict', () => {
    const page = `<html><head><meta charset="utf-8"></head><body>${TEXT}</body></html>`;
    expect(decodePage(gbk(page), 'text/html; charset=utf-8')).toMatchObject({ charset: 'gb18030', how: 'content', text: page });
  });

  it('reads a byte-order mark before anything declared', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'text/html; charset=gbk')).toMatchObject({ text: TEXT, how: 'bom' });
  });

  it('treats GB2312 and GBK labels as GB18030 and refuses unknown labels', () => {
    expect(['GB2312', 'gbk', 'x-gbk', 'GB18030', 'UTF8', 'big5', 'no-such-charset'].map(canonicalCharset)).toEqual(['gb18030', 'gb18030', 'gb18030', 'gb18030', 'utf-8', 'big5', null]);
  });
});
