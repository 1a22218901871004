// Blocks of numbers in running text, and which queued row labels each block belongs to.
import { describe, expect, it } from 'vitest';
import { assignBlocks, findBlocks, type LabelHit } from '../../../../../src/lib/parse/post2019/number-blocks.ts';
import { makeViews } from '../../../../../src/lib/parse/post2019/text.ts';

const blocks = (text: string, mask: Array<{ start: number; end: number }> = []) => findBlocks(makeViews(text), 0, text.length, mask);
const label = (rowId: string, ncols: number, text: string, match: string): LabelHit => {
  const start = text.indexOf(match);
  return { rowId, ncols, start, end: start + match.length, match };
};

describe('findBlocks', () => {
  it('gives separated cells as tokens with their spans', () => {
    const [b] = blocks('规章 1 0 11');
    expect([b!.separated, b!.toks.map((t) => [t.value, t.start, t.end])]).toEqual([true, [[1, 3, 4], [0, 5, 6], [11, 7, 9]]]);
  });
  it('keeps a number with thousands separators as one token', () => {
    expect(blocks('行政许可 12,345 6').map((b) => b.toks.map((t) => t.value))).toEqual([[12345, 6]]);
  });
  it('gives a fused run its digits and their offsets', () => {
    const [b] = blocks('规章000');
    expect(b!.run).toEqual({ chars: '000', offsets: [2, 3, 4] });
  });
  it('reads dashes as markers and letters between numbers as unreadable cells', () => {
    const [b] = blocks('x 1 — abc 2');
    expect(b!.toks.map((t) => [t.raw, t.value, t.reason])).toEqual([['1', 1, undefined], ['—', null, 'dash'], ['abc', null, 'unreadable'], ['2', 2, undefined]]);
  });
  it('skips a slash inside a label (本年增/减)', () => {
    expect(blocks('本年增/减')).toEqual([]);
  });
  it('notes the money unit printed after the block', () => {
    expect(blocks('收费 3.5万元')[0]!.run.unit).toBe('万元');
  });
  it('leaves masked label text out', () => {
    const text = '第2项 7';
    expect(blocks(text, [{ start: 0, end: 3 }]).map((b) => b.toks.map((t) => t.value))).toEqual([[7]]);
  });
});

describe('assignBlocks', () => {
  it('gives each row the block that follows its label', () => {
    const text = '规章 1 0 11 规范性文件 2 3 4';
    const hits = [label('regulations', 3, text, '规章'), label('normative', 3, text, '规范性文件')];
    const { rows } = assignBlocks(hits, blocks(text, hits));
    expect(rows.map((r) => [r.rowId, r.cells?.map((c) => c?.value)])).toEqual([['regulations', [1, 0, 11]], ['normative', [2, 3, 4]]]);
  });
  it('deals a block shared by several queued labels column by column', () => {
    const text = '规章 规范性文件 1 2 3 4 5 6';
    const hits = [label('regulations', 3, text, '规章'), label('normative', 3, text, '规范性文件')];
    const { rows } = assignBlocks(hits, blocks(text, hits));
    expect(rows.map((r) => r.cells?.map((c) => c?.value))).toEqual([[1, 3, 5], [2, 4, 6]]);
  });
  it('hands a fused block to the last queued row as a run', () => {
    const text = '规章 1011';
    const hits = [label('regulations', 3, text, '规章')];
    expect(assignBlocks(hits, blocks(text, hits)).rows[0]!.run?.chars).toBe('1011');
  });
  it('ignores numbers before any label', () => {
    const text = '2023 规章 1 0 1';
    const hits = [label('regulations', 3, text, '规章')];
    expect(assignBlocks(hits, blocks(text, hits)).rows.map((r) => r.cells?.length)).toEqual([3]);
  });
});
