import { describe, expect, it } from 'vitest';
import { flagLegend, flagMark, flagZh, gapZh, levelZh, templateKey, templateZh } from '../../../../src/lib/site/labels.ts';

describe('labels', () => {
  it('names levels in Chinese', () => {
    expect(levelZh('county')).toBe('县级');
    expect(levelZh('development-zone')).toBe('开发区');
    expect(levelZh(null)).toBe('级别不明');
  });
  it('names templates', () => {
    expect(templateZh('pre2019', '2014', 'annual-report')).toBe('2014 统计表');
    expect(templateZh('post2019', '2019', 'annual-report')).toBe('2019 格式');
    expect(templateZh('post2019', '2021', 'annual-report')).toBe('2021 格式');
    expect(templateZh('none', null, 'scorecard')).toMatch(/^非年报/);
    expect(templateKey('post2019', '2021', 'annual-report')).toBe('post2019/2021');
    expect(templateKey('none', null, 'scorecard')).toBe('scorecard');
  });
  it('labels flags and gap reasons', () => {
    expect(flagZh('approximate').short).toBe('约数');
    expect(flagZh('decoded').short).toBe('拆分推定');
    expect(flagZh('derived').short).toBe('派生');
    expect(flagZh('conflict').short).toBe('冲突');
    expect(gapZh('blank').short).toBe('空白');
    expect(gapZh('dash').short).toBe('填写“—”');
    expect(gapZh('none-word').short).toBe('填写“无”');
    expect(gapZh('ambiguous').short).toBe('无法确定');
    expect(flagZh('new-flag').short).toBe('new-flag');
  });
});

describe('marks in report tables', () => {
  it('every flag of a value has a quiet mark of at most two characters, and the legend lists each with its words', () => {
    const legend = flagLegend();
    for (const f of ['approximate', 'decoded', 'derived', 'conflict', 'chinese-numeral', 'unit-converted']) {
      expect(flagMark(f).length, f).toBeLessThanOrEqual(2);
      expect(legend.find((l) => l.key === f)).toEqual({ key: f, mark: flagMark(f), long: flagZh(f).long });
    }
    expect(flagMark('small-sample')).toBe(flagZh('small-sample').short);
  });
});
