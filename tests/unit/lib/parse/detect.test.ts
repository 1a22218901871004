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

describe('template variant evidence', () => {
  const form2021Less = (year: string) => `某县人民政府${year}年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0`;

  it('a 2022 report whose tables show neither version follows the format in force (2021)', () => {
    expect(detect(form2021Less('2022'), 2022)).toMatchObject({ template: 'post2019', variant: '2021' });
  });

  it('without markers or a year the post-2019 variant is unknown', () => {
    expect(detect(form2021Less(''), null)).toMatchObject({ template: 'post2019', variant: null });
  });

  it('a 2016 report without the 2014 markers is not taken for the 2008–2013 form', () => {
    expect(detect('某县2016年政府信息公开工作年度报告\n今年，我县主动公开信息425条。', 2016)).toMatchObject({ template: 'pre2019', variant: null });
    expect(detect('某县2011年政府信息公开工作年度报告\n今年，我县主动公开信息425条。', 2011)).toMatchObject({ template: 'pre2019', variant: '2008-2013' });
  });

  it('a short report with table 2 items as plain lines and no 第二十条 line is a post-2019 report', () => {
    expect(detect('某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 本年处理决定数量\n行政许可 97\n行政处罚 0\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请0件。', 2023).template).toBe('post2019');
  });
});
