import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blank, clean, normaliseChars } from '../../../../src/lib/parse/clean.ts';

describe('normaliseChars', () => {
  it('maps full-width digits, letters and punctuation to ASCII', () => {
    expect(normaliseChars('１２３４５６７８９０')).toBe('1234567890');
    expect(normaliseChars('ＡＢＣｘｙｚ')).toBe('ABCxyz');
    expect(normaliseChars('（一）：１２，３４；５％')).toBe('(一):12,34;5%');
    expect(normaliseChars('｜１｜２｜')).toBe('|1|2|');
  });

  it('maps the minus sign and ○ used as zero', () => {
    expect(normaliseChars('−8')).toBe('-8');
    expect(normaliseChars('二○一九年')).toBe('二〇一九年');
  });

  it('keeps Chinese punctuation that is not full-width ASCII', () => {
    expect(normaliseChars('一、总体情况。“公开”——《条例》')).toBe('一、总体情况。“公开”——《条例》');
  });

  it('turns NBSP, ideographic and zero-width spaces, tabs and BOM into plain spaces', () => {
    expect(normaliseChars('a\u00a0b\u3000c\u200bd\te\ufefff\u2002g')).toBe('a b c d e f g');
  });

  it('turns CRLF into " \\n" and a lone CR into a line break', () => {
    expect(normaliseChars('a\r\nb\rc\n')).toBe('a \nb\nc\n');
  });
});

describe('clean', () => {
  it('blanks Word list residue', () => {
    const src = '<!--[if !supportLists]-->1.<!--[endif]-->主动公开';
    const { text, removed } = clean(src);
    const open = '<!--[if !supportLists]-->'.length;
    const close = '<!--[endif]-->'.length;
    expect(text).toBe(' '.repeat(open) + '1.' + ' '.repeat(close) + '主动公开');
    expect(removed).toEqual([
      { start: 0, end: open },
      { start: open + 2, end: open + 2 + close },
    ]);
  });

  it('blanks archiver header lines and page chrome but keeps the report', () => {
    const src = '标题：某县2019年政府信息公开年报\n发布时间：2020-01-20\n===== 正文 =====\n长者模式 无障碍浏览\n一、总体情况\n附件下载：年报.pdf\n';
    const { text } = clean(src);
    expect(text).not.toMatch(/标题|发布时间|正文|长者模式|无障碍浏览|附件下载/);
    expect(text).toContain('一、总体情况');
    expect(text.split('\n')).toHaveLength(src.split('\n').length);
  });

  it('blanks the <meta> lines the HTML reader writes above a page (ArticleTitle: …) but keeps the page', () => {
    const src = 'ArticleTitle: 某县2023年度政府信息公开工作年度报告\nPubDate: 2024-03-08 15:34\nContentSource: 某县办公室\n某县2023年度政府信息公开工作年度报告\n';
    const { text } = clean(src);
    expect(text).not.toMatch(/ArticleTitle|PubDate|ContentSource/);
    expect(text).toContain('某县2023年度政府信息公开工作年度报告\n');
    expect(text).toHaveLength(src.length);
  });

  it('reports the removed spans as offsets into the original', () => {
    const src = '正文\n附件下载：a.doc';
    const { removed } = clean(src);
    expect(removed).toHaveLength(1);
    expect(src.slice(removed[0]!.start, removed[0]!.end)).toBe('附件下载：a.doc');
  });

  it('blanks the Pingtan portal navigation of a rendered page, keeping the article title and its 来源/时间 line', () => {
    const nav = '国务院 省政府 省人大 省政协\n移动版\n首页\n政务公开\n热门搜索：\n长者模式 退出长者模式 无障碍浏览\n当前位置：\n首页\n政府信息公开年报\n';
    const head = '某某2023年度报告\n来源：某某办公室 时间：2024-03-08 15:34\n';
    const share = '微信 微博 QQ空间\n全真版\n文字版\n文件下载\n相关链接：';
    const src = `${nav}${head}${share}\n本报告根据条例编制。`;
    const { text, removed } = clean(src);
    expect(text.slice(0, nav.length).trim()).toBe('');
    expect(text.slice(nav.length, nav.length + head.length)).toBe(normaliseChars(head));
    expect(text.slice(nav.length + head.length, nav.length + head.length + share.length).trim()).toBe('');
    expect(text.endsWith('本报告根据条例编制。')).toBe(true);
    expect(removed).toEqual([
      { start: 0, end: nav.length },
      { start: nav.length + head.length, end: nav.length + head.length + share.length },
    ]);
  });

  it('blank keeps line breaks and length', () => {
    expect(blank('ab\ncd')).toBe('  \n  ');
  });
});

describe('clean (property)', () => {
  const pieces = [
    '１２３', '政府信息公开', '\r\n', '\r', '\n', '\u00a0', '\u3000', '\u200b', '\ufeff', '\t', '😀', '𠀀',
    '<!--[if !supportLists]-->', '<![endif]-->', '标题：', '发布时间:', '===== 正文 =====', '长者模式', 'English',
    '附件下载', '当前位置：首页 > 相关链接：-->', '−', '○', '|', ' ', '12', '（一）', '件', 'ａ', '\u2028',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('keeps the length and every line break, and blanks exactly the removed spans', () => {
    fc.assert(
      fc.property(texts, (src) => {
        const { text, removed } = clean(src);
        expect(text.length).toBe(src.length);
        const breaks = src.split('').flatMap((c, i) => (c === '\n' ? [i] : []));
        expect(breaks.map((i) => text[i])).toEqual(breaks.map(() => '\n'));
        for (const r of removed) expect(text.slice(r.start, r.end).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
