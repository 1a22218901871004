// Which template a report follows, and whether it is an annual report at all.
import type { Kind, Template, Variant } from '../types.ts';

export interface Detected {
  template: Template;
  variant: Variant;
  kind: Kind;
}

const POST2019_MARKERS = [/本年新收政府信息公开申请/, /第二十条第\s*[(（]\s*[一五六八九]/, /结转下年度继续办理/, /本年制发件数/, /本年新制作数量/, /信息内容本年(?:处理决定数量|收费金额)/];
const PRE2019_2014_MARKERS = [/回应解读情况/, /通过不同渠道和方式公开政府信息的情况/, /机构建设和保障经费情况/, /政府信息公开会议和培训情况/, /政策解读稿件发布数/];
const ANNUAL_REPORT = /政府信息公开(工作)?(年度)?报告|年度报告/;
const SCORECARD = /成绩单/;
/** A statistics table of the pre-2019 forms (header row). */
const STATS_TABLE = /统计指标\|?(?:计量)?单位|指标名称(?:计量)?单位/;

/**
 * Template markers are looked for first, on the text without whitespace (labels wrapped over lines
 * still count). A scorecard (成绩单) is a text titled so that prints no form table: the word in a
 * report's body ("交出了一份群众满意的成绩单") does not make one.
 */
export function detect(text: string, year: number | null = null): Detected {
  const compact = text.replace(/\s+/g, '');
  const post = POST2019_MARKERS.filter((re) => re.test(compact)).length;
  const pre2014 = PRE2019_2014_MARKERS.filter((re) => re.test(compact)).length;
  if (post >= 2) return { template: 'post2019', variant: post2019Variant(text, year, compact), kind: 'annual-report' };
  const title = text.trimStart().split('\n').slice(0, 3).join('');
  const scorecard = (SCORECARD.test(title) || !ANNUAL_REPORT.test(compact)) && SCORECARD.test(compact) && !STATS_TABLE.test(compact);
  if (scorecard) return { template: 'none', variant: null, kind: 'scorecard' };
  if (pre2014 >= 1) return { template: 'pre2019', variant: '2014', kind: 'annual-report' };
  // no 2014 markers: the older local forms, if the statistics year says so; a 2014–2018 report
  // without the 2014 form's markers follows neither for sure
  if (ANNUAL_REPORT.test(compact)) return { template: 'pre2019', variant: year !== null && year >= 2014 ? null : '2008-2013', kind: 'annual-report' };
  return { template: 'none', variant: null, kind: 'other' };
}

/**
 * 2019 trial vs 2021 format, judged on what the tables print. Table 2: 本年制发/本年废止/现行有效,
 * 本年收费金额 (2021) vs 本年新制作/本年新公开/对外公开总数量, 上一年项目数量, 第(九)项 政府集中采购 (2019).
 * Table 3: 其他处理 split into 逾期不补正 / 逾期未按收费通知 / 其他 (2021) vs one 其他处理 row (2019).
 * Tables following different versions (hz-qu-2024: 2021 table 2, single 其他处理 row) → 'mixed'.
 * `compact`: the text without whitespace, when the caller has it.
 */
export function post2019Variant(text: string, year: number | null = null, compact?: string): Variant {
  const t = compact ?? text.replace(/\s+/g, '');
  const t2of2021 = /本年制发件数|本年废止件数|现行有效件数|本年收费金额/.test(t);
  const t2of2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|第二十条第[(（]九[)）]项/.test(t);
  const t3of2021 = /逾期不补正|逾期未按收费通知/.test(t);
  const t3of2019 = !t3of2021 && /[(（]六[)）]其他处理/.test(t);
  const is2021 = t2of2021 || t3of2021;
  const is2019 = t2of2019 || t3of2019;
  if (is2021 && is2019) return 'mixed';
  if (is2021) return '2021';
  if (is2019) return '2019';
  // no table says which: the format in force for the statistics year (2021 format from the 2021 reports on)
  if (year === null) return null;
  return year >= 2021 ? '2021' : '2019';
}
