// The report year from titles written in Chinese numerals, titles naming no known place, and
// texts citing a plan's date range.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../../src/lib/parse/index.ts';

const year = (text: string) => parseText(text, 'x.txt').meta;

describe('report year', () => {
  it('a title year in Chinese numerals (二〇二二年度) is read', () => {
    expect(year('二〇二二年度政府信息公开工作年度报告\n本年度，我局认真贯彻落实条例。\n二〇二三年一月二十日')).toMatchObject({ year: 2022, yearInferred: false });
  });

  it('a date range in the body does not override the title year', () => {
    expect(year('2024年政府信息公开工作年度报告\n今年，我们按照《数字政府建设规划（2024－2027 年）》推进工作。')).toMatchObject({ year: 2024, yearInferred: false });
  });

  it('the title year counts when the title names no place the code list knows', () => {
    expect(year('某某中心2019年政府信息公开工作年度报告\n今年，本中心按2020年的要求推进。').year).toBe(2019);
  });

  it('the end of a year range is not taken as the year the text speaks of', () => {
    expect(year('今年，我们按照《规划（2024－2027 年）》推进工作，2023年完成了目录编制。')).toMatchObject({ year: 2023, yearInferred: true });
  });
});
