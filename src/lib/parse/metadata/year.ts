// The statistics year: the year the report covers (2017年度…报告 → 2017, though published in 2018).
// 1. the year of the report's title (archiver 标题 line, report title, statistics-table title);
// 2. the statistics period (统计期限自2017年1月1日…);
// 3. inferred: a text that states no report year but speaks of the present (今年, 本年) and cites years
//    (国办发[2014]12号, 从2014年起) → the latest year it cites, marked yearInferred;
// otherwise null: a year the text neither states nor implies is never guessed.
import type { MetaSource } from '../../types.ts';
import type { Title } from './titles.ts';
import { findTitles, insideBookTitle, yearNumber } from './titles.ts';

/** A report title's year even when the title names no place we know: "2019年政府信息公开工作年度报告". */
const TITLE_YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?[\u4e00-\u9fa5\s]{0,30}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/g;
/** The end of a year range ("2024－2027年", "2021至2025年") is a plan's horizon, not a year the text speaks of. */
const RANGE_END = /\d{4}\s*年?\s*[-－—–~～至到]\s*$/;

export interface YearResult {
  year: number | null;
  inferred: boolean;
  source: MetaSource | null;
}

const PLAUSIBLE = (y: number): boolean => y >= 2000 && y <= 2100;

export function readYear(text: string, original: string, titles: Title[] = findTitles(text, original)): YearResult {
  const withYear = titles.filter((t) => t.year !== null && PLAUSIBLE(t.year));
  const t = withYear.find((x) => x.from !== 'table') ?? withYear[0];
  if (t) {
    const where = t.from === 'header' ? 'page title (标题)' : t.from === 'table' ? 'statistics table title' : 'report title';
    return { year: t.year, inferred: false, source: { how: 'text', start: t.start, end: t.end, note: `year of the ${where}` } };
  }
  for (const m of text.matchAll(TITLE_YEAR)) {
    const y = yearNumber(m[1]!);
    if (!PLAUSIBLE(y) || insideBookTitle(text, m.index!)) continue;
    return { year: y, inferred: false, source: { how: 'text', start: m.index!, end: m.index! + m[0].length, note: 'year of the report title' } };
  }
  const period = /统计(?:期限|期间|时限|时间)[^。\n]{0,12}?(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(text);
  if (period && PLAUSIBLE(Number(period[1]))) {
    return { year: Number(period[1]), inferred: false, source: { how: 'text', start: period.index, end: period.index + period[0].length, note: 'statistics period' } };
  }
  if (/今年|本年/.test(text)) {
    let best: { y: number; start: number; end: number } | null = null;
    const re = /(?:[〔[【(（]\s*(\d{4})\s*[〕\]】)）])|(?<!\d)(\d{4})\s*年/g;
    for (const m of text.matchAll(re)) {
      const y = Number(m[1] ?? m[2]);
      if (!PLAUSIBLE(y) || RANGE_END.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      if (!best || y > best.y) best = { y, start: m.index!, end: m.index! + m[0].length };
    }
    if (best) {
      return {
        year: best.y, inferred: true,
        source: { how: 'inferred', start: best.start, end: best.end, note: `no report year is printed; the text speaks of 今年/本年 and the latest year it cites is ${best.y}` },
      };
    }
  }
  return { year: null, inferred: false, source: null };
}
