import { describe, expect, it } from 'vitest';
import { matchesPinyin, pinyinSearchText, placePinyin } from '../../../../src/lib/places/pinyin.ts';

describe('place pinyin', () => {
  it('gives toneless full pinyin and initials of the Han characters', () => {
    expect([placePinyin('平潭综合实验区'), placePinyin('上海市人民政府办公厅（310000）').initials]).toEqual([{ full: 'pingtanzongheshiyanqu', initials: 'ptzhsyq' }, 'shsrmzfbgt']);
  });

  it('matches by prefix of the pinyin or of the initials, spaces ignored', () => {
    const py = placePinyin('平潭综合实验区');
    expect(['pingtan', 'ping tan', 'PT', 'ptz', 'tan', '平潭', ''].map((q) => matchesPinyin(q, py))).toEqual([true, true, true, true, false, false, false]);
  });

  it('puts both forms into the search text', () => {
    expect(pinyinSearchText('思茅区')).toBe('simaoqu smq');
  });
});
