import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../../src/lib/collect/anchors.ts';
import { listedDate, namesAnnualReport, paginationLinks, reportLinks } from '../../../../src/lib/collect/listing.ts';

const PAGE = 'https://www.example.gov.cn/zwgk/nb/index.html';

describe('a 年报 list page', () => {
  it('keeps links naming a disclosure annual report of a year, with the full title and the date as listed', () => {
    const html = `<base href="https://www.example.gov.cn/zwgk/nb/">
      <ul><li><a href="./202403/t1.html" title="某某县人民政府2023年政府信息公开工作年度报告">某某县人民政府2023年政府信息公开…</a><span>[2024-03-08]</span></li>
      <li><a href="https://xxgk.example.gov.cn/a/2.html">2022年度政府信息公开年报</a> 2023年1月5日</li>
      <li><a href="zfgzbg.html">2023年政府工作报告</a><span>2023-01-10</span></li>
      <li><a href="tj.html">2023年统计年报</a></li>
      <li><a href="guide.html">政府信息公开指南</a></li>
      <li><a href="javascript:void(0)">2021年政府信息公开年报</a></li></ul>`;
    expect(reportLinks(pageLinks(html, PAGE).anchors, PAGE)).toEqual([
      { url: 'https://www.example.gov.cn/zwgk/nb/202403/t1.html', title: '某某县人民政府2023年政府信息公开工作年度报告', listedDate: '2024-03-08' },
      { url: 'https://xxgk.example.gov.cn/a/2.html', title: '2022年度政府信息公开年报', listedDate: '2023-01-05' },
    ]);
  });

  it('reads years written in Chinese numerals and rejects other yearly reports', () => {
    expect(['二〇二三年政府信息公开工作年度报告', '2023年政府工作报告', '2023年部门决算', '2023年度报告', '政府信息公开年报'].map(namesAnnualReport)).toEqual([true, false, false, true, false]);
    expect(['2024/1/5', '发布时间：2024.01.15', '2024-13-01', '无'].map(listedDate)).toEqual(['2024-01-05', '2024-01-15', '', '']);
  });

  it('follows 下一页 and numbered pages on the same site, and the pages TRS portals write with createPageHTML', () => {
    const html = `<a href="index_1.html">下一页</a> <a href="index.html">1</a> <a href="index_2.html">3</a> <a href="https://other.gov.cn/2.html">2</a>
      <script>createPageHTML(3, 0, "index", "html");</script>`;
    expect(paginationLinks(pageLinks(html, PAGE).anchors, html, PAGE).sort()).toEqual([
      'https://www.example.gov.cn/zwgk/nb/index_1.html',
      'https://www.example.gov.cn/zwgk/nb/index_2.html',
    ]);
  });
});
