// Pinyin of place names (toneless), for search: 平潭综合实验区 → pingtan zonghe … / pingtanzonghe… / ptzhsyq.
import { pinyin } from 'pinyin-pro';

export interface PlacePinyin {
  /** Syllables joined: “pingtanzongheshiyanqu”. */
  full: string;
  /** Initials: “ptzhsyq”. */
  initials: string;
}

/** Only the Han characters count (codes, Latin letters and punctuation are left out). */
export function placePinyin(name: string): PlacePinyin {
  const han = [...name].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  if (!han) return { full: '', initials: '' };
  const syl = pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[];
  return { full: syl.join('').toLowerCase(), initials: syl.map((s) => s[0] ?? '').join('').toLowerCase() };
}

/** Whether a typed query (pinyin, initials, with or without spaces) matches a name's pinyin by prefix. */
export function matchesPinyin(query: string, py: PlacePinyin): boolean {
  const q = query.toLowerCase().replace(/[\s'’]+/g, '');
  if (!q || !/^[a-z]+$/.test(q)) return false;
  return py.full.startsWith(q) || py.initials.startsWith(q);
}

/** Words for a search index: full pinyin, initials and every syllable-start suffix of the full form. */
export function pinyinSearchText(name: string): string {
  const py = placePinyin(name);
  return py.full ? `${py.full} ${py.initials}` : '';
}
