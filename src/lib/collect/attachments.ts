// A report page's attachments that hold the report: PDF/Word/WPS/OFD links, or 附件 links that name the report.
import type { Anchor } from './anchors.ts';
import { linkTitle } from './listing.ts';

export interface Attachment {
  url: string;
  title: string;
}

export const ATTACHMENT_EXT = /\.(pdf|docx?|wps|ofd)$/i;
const NAMES_REPORT = /年度报告|年报/;
/** Link texts that say nothing about what the file is: the file is then taken to be the page's report. */
const GENERIC = /^(附件\s*\d*\s*[:：]?|下载|点击下载|附件下载|下载附件|原文下载|查看原文|点击查看|pdf|word|查看|点击此处)?$/i;
const FILE_NAME = /^[\w\s.()（）\-—_]*\.(pdf|docx?|wps|ofd)$/i;

export function hasAttachmentExtension(url: string): boolean {
  try {
    return ATTACHMENT_EXT.test(decodeURIComponent(new URL(url).pathname));
  } catch {
    return ATTACHMENT_EXT.test(new URL(url).pathname);
  }
}

export function reportAttachments(anchors: Anchor[]): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const a of anchors) {
    const title = linkTitle(a);
    const label = title.replace(/\s+/g, '');
    const byExtension = hasAttachmentExtension(a.url) && (NAMES_REPORT.test(label) || GENERIC.test(label) || FILE_NAME.test(label));
    const byText = /附件/.test(label) && NAMES_REPORT.test(label);
    if ((byExtension || byText) && !seen.has(a.url)) {
      seen.add(a.url);
      out.push({ url: a.url, title });
    }
  }
  return out;
}
