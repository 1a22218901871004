// Chinese labels for record enums (levels, templates, flags, gap reasons, check statuses).
import type { CheckStatus, Flag, Kind, Level, Template } from '../types.ts';

export const LEVEL_ZH: Record<Level, string> = {
  province: '省级',
  prefecture: '地市级',
  county: '县级',
  township: '乡镇级',
  'development-zone': '开发区',
  department: '部门',
};
/** Levels in display order (largest first). */
export const LEVELS: readonly Level[] = ['province', 'prefecture', 'county', 'township', 'development-zone', 'department'];

/** Noun for a count of places: “3 个县级单位”. */
export function levelNoun(level: Level | null): string {
  return level ? `${LEVEL_ZH[level]}单位` : '地区或部门';
}

export function levelZh(level: string | null | undefined): string {
  return (level && LEVEL_ZH[level as Level]) || '级别不明';
}

/** 2014 统计表 / 2019 格式 / 2021 格式 / 非年报 (template + variant + kind). */
export function templateZh(template: Template | string, variant: string | null, kind?: Kind | string): string {
  if (kind && kind !== 'annual-report') return kind === 'scorecard' ? '非年报（成绩单）' : '非年报';
  if (template === 'none') return '非年报';
  if (template === 'pre2019') return variant === '2008-2013' ? '2008–2013 地方报表' : '2014 统计表';
  if (variant === '2019') return '2019 格式';
  if (variant === '2021') return '2021 格式';
  if (variant === 'mixed') return '2019/2021 混合格式';
  return '2019 后格式';
}

/** A stable key for the template label (filters, CSV). */
export function templateKey(template: string, variant: string | null, kind?: string): string {
  if (kind && kind !== 'annual-report') return kind;
  if (template === 'none') return 'none';
  return variant ? `${template}/${variant}` : template;
}

export const KIND_ZH: Record<Kind, string> = { 'annual-report': '年度报告', scorecard: '成绩单', other: '其他文件' };

// One wording per flag and gap reason: `short` is the tag beside a value and the word in lists,
// tables and CSVs; `long` explains it (title, legend); `mark` is the one-character tag beside a
// value inside a report's form tables (quiet; the legend and the title give the words).
export const FLAG_ZH: Record<Flag | 'small-sample', { short: string; long: string; mark?: string }> = {
  approximate: { short: '约数', long: '约数：原文为“余/多/近”等概数', mark: '约' },
  ambiguous: { short: '无法确定', long: '有多种读法，未给出数值' },
  derived: { short: '派生', long: '报告未直接列出，由其他数值按表格定义计算得出', mark: '派' },
  decoded: { short: '拆分推定', long: '由粘连的数字按表格勾稽关系拆分得出', mark: '拆' },
  'chinese-numeral': { short: '中文数字', long: '原文为中文数字', mark: '中' },
  'unit-converted': { short: '单位换算', long: '已换算单位（如 元 → 万元）', mark: '换' },
  conflict: { short: '冲突', long: '正文与表格不一致，以表格为准', mark: '冲突' },
  // rates (src/lib/rates/compute.ts)
  'small-sample': { short: '样本较小', long: '样本较小（分母不足 10），不参与排名' },
};

export function flagZh(flag: string): { short: string; long: string; mark?: string } {
  return FLAG_ZH[flag as Flag] ?? { short: flag, long: flag };
}

/** The legend of the marks in report tables: every flag that has a mark, with its explanation. */
export function flagLegend(): Array<{ key: string; mark: string; long: string }> {
  return Object.entries(FLAG_ZH).filter(([, f]) => f.mark).map(([key, f]) => ({ key, mark: f.mark!, long: f.long }));
}

/** The tag of a flag inside a report's form tables (its one-character mark, else its short word). */
export function flagMark(flag: string): string {
  const f = flagZh(flag);
  return f.mark ?? f.short;
}

export const GAP_ZH: Record<string, { short: string; long: string }> = {
  blank: { short: '空白', long: '表格该栏为空白' },
  dash: { short: '填写“—”', long: '表格该栏填“—”或“/”' },
  'none-word': { short: '填写“无”', long: '原文写“无”' },
  ambiguous: { short: '无法确定', long: '数字粘连，有多种读法' },
  scope: { short: '口径不同', long: '原文数值的统计范围与指标不同' },
  'cumulative-only': { short: '仅累计数', long: '原文只有历年累计数，没有本年数' },
  implausible: { short: '不合理', long: '原文数值不可能是该栏的数值（负数、非整数或超出范围），不作为数值发布' },
  unreadable: { short: '无法读取', long: '表格该栏写的不是数字（如“abc”），不作为数值发布' },
  // rates (src/lib/rates/compute.ts)
  'zero-denominator': { short: '分母为 0，无法计算比率', long: '分母为 0，无法计算比率' },
  flagged: { short: '所需数值为约数或无法确定，未计算比率', long: '所需数值为约数或无法确定，未计算比率' },
  'failed-rule': { short: '所需数值未通过勾稽检查，未计算比率', long: '所需数值未通过勾稽检查，未计算比率' },
};

export function gapZh(reason: string): { short: string; long: string } {
  return GAP_ZH[reason] ?? { short: reason, long: reason };
}

export const STATUS_ZH: Record<CheckStatus, string> = { PASS: '通过', FAIL: '未通过', NOT_ASSESSABLE: '无法评估', USED_FOR_DECODING: '用于拆分' };
/** What 用于拆分 means (a rule used to split fused digits can only hold: it is not a confirmation). */
export const DECODING_NOTE = '用于拆分：原文数字连在一起，按这条勾稽关系拆分成各栏数值；拆分后它必然成立，所以不算通过的检查。';
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告' };

export const SOURCE_ZH: Record<string, string> = { table: '表格', prose: '正文', derived: '派生' };
/** The tag beside a value read from the report's prose rather than its tables. */
export const PROSE_MARK = { short: '来自正文', long: '数字出自报告正文，不是统计表' };

export const ERROR_ZH: Record<string, string> = {
  'missing-file': '文件不存在',
  'not-text': '不是文本文件',
  empty: '文件为空',
  decode: '无法解码',
  'too-large': '文件过大',
  'no-numbers': '未找到数字',
  internal: '解析出错',
  encrypted: '文件已加密',
  'image-only': '扫描件（无文字层）',
  corrupt: '文件损坏或不完整',
  'table-image': '表格是图片',
  'unsupported-format': '不支持的格式',
  timeout: '超时',
};
