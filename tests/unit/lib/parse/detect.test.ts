// Template and kind detection.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../src/lib/parse/detect.ts';

describe('detect', () => {
  it('成绩单 in the body of a 2021-form report does not make it a scorecard', () => {
    const text = '某县人民政府2022年政府信息公开工作年度报告\n一年来，我县交出了一份群众满意的政务公开成绩单。\n第二十条第（一）项\n本年制发件数\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0';
    expect(detect(text)).toMatchObject({ template: 'post2019', variant: '2021', kind: 'annual-report' });
  });

  it('a text titled 成绩单 without any form table is a scorecard', () => {
    expect(detect('临沂市政府信息公开工作“成绩单”\n11月13日，市政府办公室高度重视，确保晒出好的成绩单。').kind).toBe('scorecard');
  });

  it('template markers wrapped over lines still count', () => {
    expect(detect('某县2022年政府信息公开工作年度报告\n一、本年新收政府信\n息公开申请数量 1\n四、结转下年度继\n续办理 0').template).toBe('post2019');
  });
});
