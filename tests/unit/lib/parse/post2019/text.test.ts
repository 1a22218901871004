// Working views of the text: footers blanked, a whitespace-free view with offsets back into the text.
import { describe, expect, it } from 'vitest';
import { findAll, findIn, makeViews, toCompact, toText } from '../../../../../src/lib/parse/post2019/text.ts';

describe('makeViews', () => {
  it('drops whitespace in compact and maps each character back', () => {
    const v = makeViews('商业 企业\n3');
    expect([v.compact, [...v.map]]).toEqual(['商业企业3', [0, 1, 3, 4, 6]]);
  });
  it('blanks page footers without changing the length', () => {
    const text = '表三\n- 3 -\n第 2 页\n续表';
    const v = makeViews(text);
    expect([v.work.length, v.compact]).toEqual([text.length, '表三续表']);
  });
});

describe('offsets', () => {
  const v = makeViews('a b\nc');
  it('toText gives the text span of a compact span', () => {
    expect(toText(v, 1, 3)).toEqual({ start: 2, end: 5 });
  });
  it('toCompact gives the first compact index at or after a text offset', () => {
    expect([toCompact(v, 0), toCompact(v, 1), toCompact(v, 3)]).toEqual([0, 1, 2]);
  });
});

describe('findIn / findAll', () => {
  const v = makeViews('三、本年度办 理结果\n三、本年度办理结果');
  it('matches labels broken by whitespace, with text offsets', () => {
    expect(findIn(v, /本年度办理结果/)).toMatchObject({ cs: 2, ce: 9, start: 2, end: 10 });
  });
  it('finds every match inside the bounds', () => {
    expect(findAll(v, /本年度办理结果/).map((h) => h.start)).toEqual([2, 13]);
    expect(findIn(v, /本年度办理结果/, 0, 5)).toBeNull();
  });
});
