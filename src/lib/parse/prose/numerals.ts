// Chinese numerals (一百二十三, 两千, 十五, 三万五千, 一〇五) → numbers.

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Parse a Chinese numeral; null when the string is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || ![...s].every((c) => CHINESE_NUMERAL_CHARS.includes(c))) return null;
  // digit-by-digit form without units: 一〇五 = 105
  if (![...s].some((c) => c in UNIT || c === '万')) {
    if (s.length === 1) return DIGIT[s]!;
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0; // below 万
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      if (digit !== null && DIGIT[c] !== 0) return null; // two digits in a row (一二十)
      digit = DIGIT[c]!;
      if (digit === 0) digit = null;
    } else if (c in UNIT) {
      section += (digit ?? 1) * UNIT[c]!;
      digit = null;
    } else if (c === '万') {
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A printed figure: Arabic digits (with , separators) or a Chinese numeral. */
export function parseFigure(raw: string): { value: number; chinese: boolean } | null {
  const s = raw.replace(/[,\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return { value: Number(s), chinese: false };
  const v = parseChineseNumeral(s);
  return v === null ? null : { value: v, chinese: true };
}
