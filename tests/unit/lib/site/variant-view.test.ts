import { describe, expect, it } from 'vitest';
import { differenceZh } from '../../../../src/lib/site/variant-view.ts';
import { valueDifferences } from '../../../../src/lib/records/variants.ts';
import { indicator } from '../../../../src/lib/catalog/index.ts';

const zh = (id: string) => indicator(id)!.zh;

describe('differenceZh', () => {
  it('names the indicator in Chinese and says which file has the value', () => {
    const [a, b, c] = valueDifferences({ 'requests.received': 210, 'org.staff': 11 }, { 'requests.received': 201, 'org.staff.full_time': 2 });
    expect([a, b, c].map((d) => differenceZh(d!))).toEqual([`${zh('org.staff.full_time')}：仅此文件有 2`, `${zh('org.staff')}：仅报告主文件有 11`, `${zh('requests.received')}：主文件 210，此文件 201`]);
  });
  it('leaves text it does not recognise as it is', () => {
    expect(differenceZh('其他说明')).toBe('其他说明');
  });
});
