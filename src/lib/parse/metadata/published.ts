// The publication date:
// 1. the page's 发布时间/发布日期 (archiver header lines, scraped page headers, 来源…时间: lines) — read
//    from the ORIGINAL text, because clean() blanks the archiver's header lines;
// 2. the signature date: a date alone on its line (or after the signing body) — 2018年3月19日,
//    二〇一八年三月十九日 (○ as zero);
// 3. the statistics table's 填报日期.
// Otherwise null (a PDF's metadata dates are not publication dates).
import type { MetaSource } from '../../types.ts';
import { cnDateToIso, DATE_SOURCE, ISO_SOURCE, numDateToIso } from './dates.ts';

export interface PublishedResult {
  published: string | null;
  source: MetaSource | null;
}

const ORG = '[\\u4e00-\\u9fa5]{2,30}?(?:人民政府|政府|管理委员会|管委会|办公厅|办公室|局|委员会|委|厅|办)';

export function readPublished(text: string, original: string): PublishedResult {
  const header = new RegExp(`(?:发布时间|发布日期|(?:来源|信息来源)[:：][^\\n]{0,60}?时间)[ \\t]*[:：][ \\t]*(?:${ISO_SOURCE}|${DATE_SOURCE})`, 'g');
  for (const m of original.matchAll(header)) {
    const iso = m[1] ? numDateToIso(m[1], m[2]!, m[3]!) : cnDateToIso(m[4]!, m[5]!, m[6]!);
    if (iso) return { published: iso, source: { how: 'text', start: m.index!, end: m.index! + m[0].length, note: 'page header 发布时间/发布日期' } };
  }
  const sig = new RegExp(`(?:^|\\n|[。；])[ \\t]*(?:${ORG}[ \\t]*(?:\\n[ \\t]*)*)?(${DATE_SOURCE})[ \\t]*(?=\\n|$|附件|附表)`, 'g');
  let last: { iso: string; start: number; end: number } | null = null;
  for (const m of text.matchAll(sig)) {
    const iso = cnDateToIso(m[2]!, m[3]!, m[4]!);
    if (!iso) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    last = { iso, start, end: start + m[1]!.length };
    break; // the first signature (the report's own; attachments come after it)
  }
  if (last) return { published: last.iso, source: { how: 'text', start: last.start, end: last.end, note: 'signature date' } };
  const filled = new RegExp(`填报(?:日期|时间)[ \\t]*[:：]?[ \\t]*${DATE_SOURCE}`).exec(text);
  if (filled) {
    const iso = cnDateToIso(filled[1]!, filled[2]!, filled[3]!);
    if (iso) return { published: iso, source: { how: 'text', start: filled.index, end: filled.index + filled[0].length, note: '填报日期 of the statistics table' } };
  }
  return { published: null, source: null };
}
