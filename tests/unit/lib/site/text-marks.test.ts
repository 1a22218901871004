import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hiddenPieces, markText, nodeText, paragraphRanges, type MarkNode } from '../../../../src/lib/site/text-marks.ts';

const ids = (nodes: MarkNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.id ? [n.id] : []), ...ids(n.children)]));

describe('paragraphRanges', () => {
  it('splits on newlines and skips blank lines', () => {
    expect(paragraphRanges('ab\n\n  \ncd\r\nef')).toEqual([[0, 2], [7, 9], [11, 13]]);
  });
});

describe('markText', () => {
  it('returns plain paragraphs without spans', () => {
    expect(markText('一\n二', [])).toEqual([['一'], ['二']]);
  });
  it('marks non-overlapping spans', () => {
    const p = markText('收到申请210件，答复205件', [
      { start: 4, end: 7, id: 'src-1' },
      { start: 11, end: 14, id: 'src-2', cls: 'other' },
    ]);
    expect(p).toEqual([['收到申请', { id: 'src-1', cls: '', children: ['210'] }, '件，答复', { id: 'src-2', cls: 'other', children: ['205'] }, '件']]);
  });
  it('nests contained and identical spans', () => {
    const p = markText('abcdef', [
      { start: 1, end: 5, id: 'a' },
      { start: 2, end: 4, id: 'b' },
      { start: 2, end: 4, id: 'c' },
    ]);
    expect(p).toEqual([['a', { id: 'a', cls: '', children: ['b', { id: 'b', cls: '', children: [{ id: 'c', cls: '', children: ['cd'] }] }, 'e'] }, 'f']]);
  });
  it('splits crossing spans; only the first piece keeps the id', () => {
    const p = markText('abcdef', [
      { start: 0, end: 3, id: 'a' },
      { start: 2, end: 5, id: 'b' },
    ]);
    expect(nodeText(p[0]!)).toBe('abcdef');
    expect(ids(p[0]!).sort()).toEqual(['a', 'b']);
    expect(p[0]).toEqual([{ id: 'a', cls: '', children: ['ab', { id: 'b', cls: '', children: ['c'] }] }, { id: null, cls: '', children: ['de'] }, 'f']);
  });
  it('splits spans across paragraphs', () => {
    const p = markText('ab\ncd', [{ start: 1, end: 5, id: 'x' }]);
    expect(p).toEqual([['a', { id: 'x', cls: '', children: ['b'] }], [{ id: null, cls: '', children: ['cd'] }]]);
  });
  it('clamps and drops invalid spans, keeps every valid id once', () => {
    const text = '0123456789';
    const spans = [
      { start: -3, end: 2, id: 'a' },
      { start: 8, end: 99, id: 'b' },
      { start: 5, end: 5, id: 'empty' },
      { start: 1, end: 9, id: 'c' },
      { start: 3, end: 4, id: 'd' },
    ];
    const p = markText(text, spans);
    expect(p.map(nodeText).join('')).toBe(text);
    const got = ids(p.flat());
    expect(got.sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps text exact under many random overlapping spans', () => {
    const text = 'x'.repeat(40) + '\n' + 'y'.repeat(40);
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const spans = Array.from({ length: 60 }, (_, i) => {
      const s = rnd(81);
      return { start: s, end: s + 1 + rnd(15), id: `s${i}` };
    });
    const p = markText(text, spans);
    expect(p.map(nodeText).join('\n')).toBe(text);
    const got = ids(p.flat());
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBe(60);
  });
});

describe('markText over many paragraphs', () => {
  it('marks every character a span covers in each paragraph it crosses, and nothing else (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab]{1,8}$/), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(100), fc.nat(40)), { maxLength: 6 }),
        (lines, sp) => {
          const text = lines.join('\n');
          const spans = sp.map(([s, l], i) => ({ start: Math.min(s, text.length), end: Math.min(s + l + 1, text.length), id: `s${i}` })).filter((s) => s.end > s.start);
          const p = markText(text, spans);
          expect(p.map(nodeText)).toEqual(lines);
          const marked = (ns: readonly MarkNode[]): number => ns.reduce((n, x) => n + (typeof x === 'string' ? 0 : nodeText(x.children).length), 0);
          let offset = 0;
          lines.forEach((line, i) => {
            let covered = 0;
            for (let k = offset; k < offset + line.length; k++) if (spans.some((s) => s.start <= k && k < s.end)) covered++;
            expect(marked(p[i]!)).toBe(covered);
            offset += line.length + 1;
          });
        },
      ),
    );
  });
});

describe('markText with hidden web chrome', () => {
  const text = '当前位置：首页 登录\n本报告收到申请81件。\n附件下载 长者模式';
  const nav = { start: 0, end: 10 };
  const foot = { start: text.indexOf('附件下载'), end: text.length };
  it('leaves chrome out of the display and drops paragraphs that were only chrome', () => {
    const p = markText(text, [{ start: text.indexOf('81'), end: text.indexOf('81') + 2, id: 'src-1' }], [nav, foot]);
    expect(p.map(nodeText)).toEqual(['本报告收到申请81件。']);
    expect(ids(p.flat())).toEqual(['src-1']);
  });
  it('never hides what a provenance span covers', () => {
    const inNav = { start: text.indexOf('首页'), end: text.indexOf('首页') + 2, id: 'src-2' };
    const p = markText(text, [inNav], [nav]);
    expect(p.map(nodeText)[0]).toBe('首页');
    expect(ids(p.flat())).toEqual(['src-2']);
  });
  it('keeps every span id once and each mark’s text equal to the text it points to, whatever is hidden (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(12)), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(20)), { maxLength: 5 }),
        (t, sp, hd) => {
          const spans = sp.map(([s, l], i) => ({ start: Math.min(s, t.length), end: Math.min(s + l + 1, t.length), id: `s${i}` })).filter((s) => s.end > s.start);
          // disjoint spans within one paragraph: each is then one mark holding exactly its text
          const whole: typeof spans = [];
          for (const s of spans) if (!/[\r\n]/.test(t.slice(s.start, s.end)) && whole.every((w) => w.end <= s.start || w.start >= s.end)) whole.push(s);
          const p = markText(t, whole, hd.map(([s, l]) => ({ start: s, end: s + l })));
          const marks = new Map<string, string>();
          const collect = (ns: readonly MarkNode[]) => ns.forEach((n) => { if (typeof n !== 'string') { if (n.id) marks.set(n.id, nodeText(n.children)); collect(n.children); } });
          p.forEach(collect);
          for (const s of whole) expect(marks.get(s.id)).toBe(t.slice(s.start, s.end));
          expect(ids(p.flat()).sort()).toEqual(whole.map((s) => s.id).sort());
        },
      ),
    );
  });
});

describe('hiddenPieces', () => {
  it('lists the hidden text, whitespace collapsed', () => {
    expect(hiddenPieces('导航\n 登录 注册\n正文', [{ start: 0, end: 9 }])).toEqual(['导航 登录 注册']);
  });
});
