// Tables 2, 3 and 4 of the 2019/2021 annual-report format, plus section 六's 信息处理费.
// Layouts: pipe rows (HTML rendered by html.ts), row-by-row text, PDF column-by-column text,
// and fused single-line text (decoded with the form's sum constraints, fused-cells.ts).
import type { Detected } from '../detect.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';
import { makeViews, findIn, type Views } from './text.ts';
import { readTable2 } from './table2.ts';
import { readTable3, type Region } from './table3.ts';
import { readTable4 } from './table4.ts';
import { readProcessingFees } from './fees.ts';

const MAX_TABLE = 30_000;

export interface Regions {
  t2: Region | null;
  t3: Region | null;
  t4: Region | null;
}

/** Where tables 2, 3 and 4 sit (text offsets). */
export function locatePost2019Tables(v: Views): Regions {
  const end = v.work.length;
  const at = (re: RegExp, from = 0): { cs: number; ce: number; start: number } | null => findIn(v, re, from);
  const t2h = at(/第二十条第?[(（]一[)）]项/) ?? at(/第二十条第?[(（][一五六八九][)）]项/)
    // a table 2 printed without its 第二十条 lines starts at its 信息内容 header
    ?? at(/信息内容(?:本年制发|本年新制作|本年处理决定|处理决定|上一年项目)/);
  const t3anchor = at(/本列数据的勾稽关系|申请人情况/, t2h?.ce ?? 0) ?? at(/本年新收政府信息公开申请/, t2h?.ce ?? 0);
  let t3h = t3anchor;
  if (t3anchor) {
    // start the region at the section title when it sits just before the table header
    const title = at(/三[、.．]收到和处理政府信息公开申请/, t2h?.ce ?? 0);
    if (title && title.cs < t3anchor.cs && t3anchor.cs - title.cs < 200) t3h = title;
  }
  const fwd = at(/结转下年度/, t3h?.ce ?? 0);
  const t4h = at(/行政复议/, fwd?.ce ?? t3h?.ce ?? 0);
  const t5 = t4h ? at(/五[、.．](?:政府信息公开工作)?存在|存在的主要问题/, t4h.ce) : null;
  // a table never runs this long; bound the regions so that a huge file stays fast
  const t3End = Math.min(t4h ? t4h.start : end, (t3h?.start ?? 0) + MAX_TABLE);
  return {
    t2: t2h ? { from: t2h.start, to: Math.min(t3h ? t3h.start : end, t2h.start + MAX_TABLE) } : null,
    t3: t3h ? { from: t3h.start, to: t3End } : null,
    t4: t4h ? { from: t4h.start, to: t5 ? t5.start : Math.min(end, t4h.start + 4000) } : null,
  };
}

export function readPost2019Tables(text: string, _detected: Detected): Extraction {
  const ex = emptyExtraction();
  const v = makeViews(text);
  const r = locatePost2019Tables(v);
  if (r.t2) readTable2(text, v, r.t2, ex);
  if (r.t3) readTable3(text, v, r.t3, ex);
  if (r.t4) readTable4(text, v, r.t4, ex);
  readProcessingFees(v, ex);
  return ex;
}

