// Dates as printed in reports: 2018年3月19日, 2018 年 3 月 19 日, 二〇一八年三月十九日 (○/〇/零 as zero),
// 2018-03-19, 2018.3.19, 2018/3/19.

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇一八 → 2018 (digit by digit). */
function cnYear(s: string): number | null {
  let n = 0;
  for (const c of s) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 三 → 3, 十 → 10, 十九 → 19, 二十 → 20, 三十一 → 31. */
function cnSmall(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九〇零])?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[3] ? DIGIT[m[3]]! : m[1] ? DIGIT[m[1]]! : null;
  return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[3] ? DIGIT[m[3]]! : 0);
}

const CN = '[〇○零一二三四五六七八九十]';
/** Year 月 日 with Arabic or Chinese numerals; spaces allowed between parts (PDF text). */
export const DATE_SOURCE = `(\\d{4}|[〇○零O一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|${CN}{1,3})\\s*月\\s*(\\d{1,2}|${CN}{1,3})\\s*日`;
export const ISO_SOURCE = `(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})(?!\\d)`;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** YYYY-MM-DD for a 年月日 match (groups year, month, day), or null when not a valid date. */
export function cnDateToIso(y: string, m: string, d: string): string | null {
  const year = /^\d{4}$/.test(y) ? Number(y) : cnYear(y.replace(/○/g, '〇'));
  const month = cnSmall(m.replace(/○/g, '〇'));
  const day = cnSmall(d.replace(/○/g, '〇'));
  if (year === null || month === null || day === null) return null;
  return iso(year, month, day);
}

export function numDateToIso(y: string, m: string, d: string): string | null {
  return iso(Number(y), Number(m), Number(d));
}
