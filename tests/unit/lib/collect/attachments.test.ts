import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../../src/lib/collect/anchors.ts';
import { reportAttachments } from '../../../../src/lib/collect/attachments.ts';

const PAGE = 'https://www.example.gov.cn/zwgk/nb/202403/t1.html';
const urls = (html: string) => reportAttachments(pageLinks(html, PAGE).anchors).map((a) => a.url.replace('https://www.example.gov.cn', ''));

describe("a report page's attachments", () => {
  it('takes PDF/Word/WPS/OFD links that name the report or say nothing else, not other forms', () => {
    expect(
      urls(`<a href="P0202403.pdf">某某县2023年政府信息公开工作年度报告.pdf</a> <a href="a.docx">附件1：</a>
        <a href="/up/P0202403.wps">P020240308.wps</a> <a href="/up/b.ofd">下载</a>
        <a href="/up/apply.doc">政府信息公开申请表</a> <a href="/up/pic.jpg">2023年年报</a>`),
    ).toEqual(['/zwgk/nb/202403/P0202403.pdf', '/zwgk/nb/202403/a.docx', '/up/P0202403.wps', '/up/b.ofd']);
  });

  it('takes a download link without an extension when its text says 附件 and names the report', () => {
    expect(urls('<a href="/download.jsp?id=7">附件：某某县2023年政府信息公开工作年度报告</a> <a href="/download.jsp?id=8">附件：申请表</a>')).toEqual(['/download.jsp?id=7']);
  });
});
