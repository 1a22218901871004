// Does a page hold a report's text itself (not only a title and an attachment link)?
import { htmlToText } from '../parse/html.ts';

/**
 * Every annual report, of either template, speaks of proactive disclosure, requests, administrative
 * reconsideration and litigation. Portal menus name the first two, so all four are required.
 */
const MARKERS = [/主动公开/, /依申请公开|政府信息公开申请|申请公开/, /行政复议/, /行政诉讼/];

export function holdsReportText(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length >= 500 && MARKERS.every((re) => re.test(t));
}

export function pageHoldsReport(html: string): boolean {
  return holdsReportText(htmlToText(html));
}
