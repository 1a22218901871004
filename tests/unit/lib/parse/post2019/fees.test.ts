// Section 六's 信息处理费 as text.fees.processing (万元).
import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';
import { FEES_ID, readProcessingFees } from '../../../../../src/lib/parse/post2019/fees.ts';
import { makeViews } from '../../../../../src/lib/parse/post2019/text.ts';

function read(text: string) {
  const ex = emptyExtraction();
  readProcessingFees(makeViews(text), ex);
  return { value: ex.textValues[FEES_ID], p: ex.provenance[FEES_ID] };
}

describe('readProcessingFees', () => {
  it('converts an amount in 元 to 万元, keeping the printed span', () => {
    const { value, p } = read('六、其他需要报告的事项\n本年度收取信息处理费 380 元。');
    expect([value, p?.raw, p?.flags, p?.source]).toEqual([0.038, '380', ['unit-converted'], 'prose']);
  });
  it('takes an amount in 万元 as printed', () => {
    expect(read('六、其他需要报告的事项\n收取信息处理费0.5万元。').value).toBe(0.5);
  });
  it('reads 未收取信息处理费 as 0', () => {
    expect(read('六、其他需要报告的事项\n本年度未收取信息处理费。').value).toBe(0);
  });
  it('gives nothing when no fee sentence is there', () => {
    expect(read('六、其他需要报告的事项\n无。').value).toBeUndefined();
  });
});
