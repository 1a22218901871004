// A 年报 list page: which links name an annual report (with its title and listed date), and where the next pages are.
import type { Anchor } from './anchors.ts';

export interface Listed {
  url: string;
  title: string;
  listedDate: string;
}

const YEAR = /(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3}/;
const ANNUAL = /年度报告|年报/;
const DISCLOSURE = /信息公开|政务公开/;
/** Other yearly reports portals list beside the disclosure reports. */
const OTHER_REPORT = /政府工作报告|统计|决算|预算|审计|国民经济|财政|社会责任|环境|质量|信用|营商|执法/;

/** Does this text name a government information-disclosure annual report of some year? */
export function namesAnnualReport(text: string): boolean {
  if (!YEAR.test(text) || !ANNUAL.test(text)) return false;
  return DISCLOSURE.test(text) || !OTHER_REPORT.test(text);
}

/** Portals truncate long titles in the link text ("…2023年政府信息公开工作…") and keep the full one in title="". */
export function linkTitle(a: Anchor): string {
  const stem = a.text.replace(/(\.{2,}|…+)$/, '');
  return a.title && a.title.length > a.text.length && a.title.startsWith(stem.slice(0, 4)) ? a.title : a.text || a.title;
}

export function reportLinks(anchors: Anchor[], pageUrl: string): Listed[] {
  const seen = new Set<string>([pageUrl]);
  const out: Listed[] = [];
  for (const a of anchors) {
    const title = linkTitle(a);
    if (seen.has(a.url) || !namesAnnualReport(title)) continue;
    seen.add(a.url);
    out.push({ url: a.url, title, listedDate: listedDate(a.context.replace(a.text, ' ')) });
  }
  return out;
}

/** First full date in the text, as YYYY-MM-DD: 2024-01-15, 2024/1/5, 2024.01.15, 2024年1月15日, [2024-01-15]. */
export function listedDate(text: string): string {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return '';
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NEXT = /^(下一页|下页|后一页|下一頁|next|>|›|»|>>)$/i;
const PAGE_NUMBER = /^\[?\d{1,3}\]?$/;

/**
 * Further pages of the same list: 下一页 / numbered links on the same site, and the page list that
 * TRS-built portals write with script (createPageHTML(total, current, "index", "html") → index_1.html …).
 */
export function paginationLinks(anchors: Anchor[], html: string, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const out = new Set<string>();
  for (const a of anchors) {
    const t = a.text.replace(/\s+/g, '');
    if ((NEXT.test(t) || PAGE_NUMBER.test(t)) && new URL(a.url).origin === origin && a.url !== pageUrl) out.add(a.url);
  }
  const trs = /createPageHTML\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/.exec(html);
  if (trs) {
    const total = Math.min(Number(trs[1]), 500);
    for (let i = 0; i < total; i++) {
      const url = new URL(i === 0 ? `${trs[3]}.${trs[4]}` : `${trs[3]}_${i}.${trs[4]}`, pageUrl).href;
      if (url !== pageUrl) out.add(url);
    }
  }
  return [...out];
}
