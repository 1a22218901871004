// 如何引用: what a reader needs to cite a report, a place or an indicator chart — the cited work
// (title, issuer, year, its original address) and where Nianbao shows it (our permanent address and
// the data version of that page: src/lib/site/content-version.ts, so a page whose data did not change
// cites the same thing in every build). One block per page; the text line follows GB/T 7714 for
// electronic resources ([EB/OL]). Every field comes from the record: nothing is made up.
import { indicatorHref } from './indicator-url.ts';

export interface CitationField {
  label: string;
  value: string;
  /** Set when the value is an address to link. */
  href?: string;
}

export interface Citation {
  fields: CitationField[];
  /** One line to copy into a bibliography. */
  text: string;
}

const NIANBAO = '年报对比 Nianbao';

function absolute(path: string, origin: string): string {
  return new URL(path, origin).href;
}

function versionText(version: string): string {
  return `数据版本 ${version}`;
}

export interface ReportCitationInput {
  id: string;
  /** The page's heading (place, year, kind). */
  title: string;
  issuer: string | null;
  year: number | null;
  /** YYYY-MM-DD, as the report states it. */
  published: string | null;
  /** The original's address (sources.csv url or the archive header), http(s) only. */
  sourceUrl: string | null;
  /** When the original was fetched (ISO), if recorded. */
  fetchedAt: string | null;
}

/** `version`: contentVersion of the report's record. */
export function reportCitation(r: ReportCitationInput, origin: string, version: string): Citation {
  const page = absolute(`/reports/${r.id}/`, origin);
  const fetched = r.fetchedAt ? r.fetchedAt.slice(0, 10) : null;
  const fields: CitationField[] = [
    { label: '题名', value: r.title },
    { label: '发布机关', value: r.issuer ?? '未能识别' },
    { label: '年度', value: r.year !== null ? String(r.year) : '年份不明' },
  ];
  if (r.published) fields.push({ label: '发布日期', value: r.published });
  fields.push(r.sourceUrl ? { label: '原文链接', value: r.sourceUrl, href: r.sourceUrl } : { label: '原文链接', value: '未记录' });
  if (fetched) fields.push({ label: '采集日期', value: fetched });
  fields.push({ label: '本站地址', value: page, href: page }, { label: '数据版本', value: versionText(version) });
  const dates = `${r.published ? `(${r.published})` : ''}${fetched ? `[${fetched}]` : ''}`;
  const text = [
    `${r.issuer ? `${r.issuer}. ` : ''}${r.title}[EB/OL].`,
    dates && `${dates}.`,
    r.sourceUrl && `${r.sourceUrl}.`,
    `数据见：${NIANBAO}, ${page} (${versionText(version)}).`,
  ].filter(Boolean).join(' ');
  return { fields, text };
}

/** A place's page or an indicator chart: Nianbao's compilation is the cited work. */
function compilationCitation(title: string, path: string, what: string, origin: string, version: string): Citation {
  const page = absolute(path, origin);
  return {
    fields: [
      { label: '题名', value: title },
      { label: '整理', value: NIANBAO },
      { label: '数据来源', value: what },
      { label: '本站地址', value: page, href: page },
      { label: '数据版本', value: versionText(version) },
    ],
    text: `${NIANBAO}. ${title}[DB/OL]. ${page} (${versionText(version)}).`,
  };
}

/** `version`: contentVersion of the place's reports. */
export function placeCitation(p: { key: string; name: string; years: readonly number[] }, origin: string, version: string): Citation {
  const ys = [...p.years].sort((a, b) => a - b);
  const span = ys.length === 0 ? '' : ys.length === 1 || ys[0] === ys[ys.length - 1] ? `（${ys[0]} 年）` : `（${ys[0]}–${ys[ys.length - 1]} 年）`;
  return compilationCitation(`${p.name}政府信息公开工作年度报告数据${span}`, `/places/${p.key}/`, `${p.name}各年度政府信息公开工作年度报告`, origin, version);
}

/** The chart's default view (its year in the address, so the citation keeps meaning the same view); `version`: that of the indicator's rows (indicator-keys.ts rowKeys). */
export function indicatorCitation(ind: { id: string; zh: string; year: number | null }, origin: string, version: string): Citation {
  const title = `${ind.zh}：各地对比${ind.year !== null ? `（${ind.year} 年）` : ''}`;
  return compilationCitation(title, indicatorHref(ind.id, ind.year), '各地政府信息公开工作年度报告', origin, version);
}
