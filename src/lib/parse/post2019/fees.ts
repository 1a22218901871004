// Section 六's 信息处理费 (fees charged for handling disclosure requests, 国办函〔2020〕109号):
// a prose figure, usually in 元, stored as text.fees.processing in 万元. Never table 2's
// 行政事业性收费 (t2.fees.amount), which is the agency's whole fee income.
import type { Extraction } from '../extraction.ts';
import { findIn, toText, type Views } from './text.ts';
import { yuanToWan } from './cells.ts';

export const FEES_ID = 'text.fees.processing';

const SECTION6 = /六[、.．]\s*其他需要报告的?事项|六[、.．]\s*其他需要报告/;
/** keyword … amount: at most 15 non-digit characters between, within the sentence. */
const AMOUNT = /^[^\d。；;！!]{0,15}?(\d+(?:\.\d+)?)(万元|元)/d;
const NONE = /(?:无|未|没有|均未|暂未|不)(?:收取|收缴|产生|发生)[^。；;]{0,8}信息处理费|信息处理费[^。；;]{0,8}?(?:为零|为0|0元|均为0)/;

export function readProcessingFees(v: Views, ex: Extraction): void {
  const sec = findIn(v, SECTION6);
  const from = sec ? sec.ce : 0;
  const scope = v.compact.slice(from);
  const hits = [...scope.matchAll(/信息处理费/g)].map((m) => m.index);
  for (const at of hits) {
    const after = scope.slice(at + 5);
    const a = AMOUNT.exec(after);
    if (!a) continue;
    const [ns, ne] = a.indices![1]!;
    const { start, end } = toText(v, from + at + 5 + ns, from + at + 5 + ne);
    const printed = Number(a[1]);
    const yuan = a[2] === '元';
    const value = yuan ? yuanToWan(printed) : printed;
    ex.textValues[FEES_ID] = value;
    ex.provenance[FEES_ID] = {
      source: 'prose',
      start,
      end,
      label: '信息处理费',
      raw: v.work.slice(start, end),
      flags: yuan ? ['unit-converted'] : [],
      ...(yuan ? { note: `${printed}元 = ${value}万元` } : {}),
    };
    return;
  }
  for (const at of hits) {
    const sStart = scope.lastIndexOf('。', at) + 1;
    let sEnd = scope.indexOf('。', at);
    if (sEnd < 0) sEnd = scope.length;
    const sentence = scope.slice(sStart, sEnd);
    if (!NONE.test(sentence)) continue;
    const { start, end } = toText(v, from + at, from + at + 5);
    ex.textValues[FEES_ID] = 0;
    ex.provenance[FEES_ID] = { source: 'prose', start, end, label: '信息处理费', raw: v.work.slice(start, end), flags: [], note: `“${sentence}”：未收取信息处理费，记为 0` };
    return;
  }
}
