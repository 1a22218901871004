import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPILED } from '../../../../../src/lib/parse/prose/patterns.ts';
import { figuresOf } from '../../../../../src/lib/parse/prose/scan.ts';

const TEXT_DIRS = ['content/reports', '../shared/corpus', '../shared/seeds'];
const texts = TEXT_DIRS.flatMap((d) => {
  try {
    return readdirSync(d).filter((f) => /\.(txt|html?)$/i.test(f)).map((f) => readFileSync(join(d, f), 'utf8'));
  } catch {
    return [];
  }
});

// pieces of the sentences the anchored patterns read, and what sits around them
const PIECES = ['政策解读', '稿件', '信息', '篇', '条', '次', '场', '新闻发布会', '召开', '人', '人次', '接受', '了', '政府', '信息公开',
  '业务', '培训', '负责人参加', '12', '3,456', '0.5', '7', '二十', '三百', '近', '约', '大约', '将近', '余', '多', ' ', '\n', '   ',
  '，', '。', '第', '每', '年度', '共', '全年'];

// a figure-first sentence, or a near miss of one
const phrase = fc
  .tuple(
    fc.constantFrom('', '近', '约', '大约', '将近', '第', '每'),
    fc.constantFrom('', ' ', '  ', '\n'),
    fc.constantFrom('12', '3,456', '0.5', '7', '二十', '三百', '1 2', '12,34'),
    fc.constantFrom('', '余', '多'),
    fc.constantFrom('篇政策解读稿件', '条政策解读信息', '篇政策解读', '次新闻发布会', '场新闻发布会', '人次接受了政府信息公开业务培训', '人接受信息公开培训', '人接受', '次'),
  )
  .map((xs) => xs.join(''));

describe('figuresOf', () => {
  it('finds the same figures with anchor windows as the full scan, on every text report', () => {
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect(figuresOf(t, COMPILED)).toEqual(figuresOf(t, COMPILED, false));
  });

  it('finds the same figures with anchor windows as the full scan, on any text made of the patterns’ pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), phrase), { maxLength: 40 }), (parts) => {
        const body = parts.join('');
        expect(figuresOf(body, COMPILED)).toEqual(figuresOf(body, COMPILED, false));
      }),
      { numRuns: 3000 },
    );
  });
});
