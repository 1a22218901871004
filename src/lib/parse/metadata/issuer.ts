// The issuer, as written, and the report's subject (the organisation or place its title names).
//
// Order:
//  1. A report title naming an organisation (阿拉山口市人民政府2016年…报告, 2019年上海市人民政府办公厅…报告,
//     2017年度桃源县政府信息公开工作统计表 → 桃源县人民政府): that organisation.
//  2. A title naming a place P (思茅区2017年…报告, 2016年昆明经济技术开发区…报告, 平潭综合实验区2011年…报告):
//     the government of P as written in the signature line, else 填报单位 (an office signing for its
//     government is not the issuer: …管理委员会办公室 → …管理委员会). A website's 主办单位 is the site's
//     operator, not the report's issuer, and is not used (pt-syq-2023.html: 福建省平潭综合实验区管理委员会);
//     else P itself as the title writes it.
//  3. No title (成绩单 and other documents): the first government body the text names (临沂市政府办公室
//     → 临沂市人民政府办公室).
//  4. The page's 发布机构 header.
// X政府 is written out as X人民政府 (the body's formal name); the source note says so.
import type { MetaSource } from '../../types.ts';
import { leadingPlaces } from '../../places/index.ts';
import { DATE_SOURCE } from './dates.ts';
import { findTitles, governmentPart, insideBookTitle, normaliseGov, ORG_SUFFIX, type Title } from './titles.ts';

export interface IssuerResult {
  issuer: string | null;
  /** What the report is about: the organisation or place of its title, else the issuer. */
  subject: string | null;
  /** true when the subject is an organisation named by the report's own title. */
  subjectIsTitleOrg: boolean;
  title: Title | null;
  source: MetaSource | null;
}

const ORG_RUN = '[\\u4e00-\\u9fa5]{2,30}?(?:人民政府|政府|管理委员会|管委会)(?:办公室|办公厅)?';

interface Found {
  org: string;
  start: number;
  end: number;
  what: string;
}

/** Signature lines: an organisation alone on its line (or after 。) followed by a date. */
function signatures(text: string): Found[] {
  const re = new RegExp(`(?:^|\\n|[。；])[ \\t]*(${ORG_RUN})[ \\t]*(?:\\n[ \\t]*)*${DATE_SOURCE}`, 'g');
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    out.push({ org: m[1]!, start, end: start + m[1]!.length, what: 'signature line' });
  }
  return out;
}

function labelled(text: string, label: string, what: string): Found[] {
  const re = new RegExp(`${label}(?:[ \\t]*[(（]盖章[)）])?[ \\t]*[:：][ \\t]*([\\u4e00-\\u9fa5]{2,30})`, 'g');
  const out: Found[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    out.push({ org: m[1]!, start, end: start + m[1]!.length, what });
  }
  return out;
}

function mentionsPlace(org: string, place: string): boolean {
  if (org.includes(place)) return true;
  const p = leadingPlaces(place).segments.at(-1);
  const o = leadingPlaces(org).segments;
  // Same place written another way (alias of an extra place, short name).
  return !!p && o.some((s) => s.candidates.some((c) => p.candidates.some((d) => d.place === c.place)));
}

/** The first government body named in the text (not inside a cited document title). */
function firstBody(text: string): Found | null {
  const re = new RegExp(`(${ORG_RUN})`, 'g');
  for (const m of text.matchAll(re)) {
    if (insideBookTitle(text, m.index!)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 4);
    if (/^信息公开/.test(after) && !/办公/.test(m[1]!.slice(-3))) continue; // X政府信息公开… is not a body
    const run = m[1]!;
    for (let k = 0; k < run.length - 1; k++) {
      const tail = run.slice(k);
      const { segments, rest } = leadingPlaces(tail);
      if (segments.length && /^(人民政府|政府|管理委员会|管委会)(办公室|办公厅)?$/.test(rest)) {
        const start = m.index! + k;
        return { org: tail, start, end: start + tail.length, what: 'first government body named in the text' };
      }
    }
  }
  return null;
}

export function readIssuer(text: string, original: string): IssuerResult {
  const titles = findTitles(text, original);
  const title = titles.find((t) => t.from !== 'table') ?? titles[0] ?? null;

  if (title && title.kind === 'org') {
    const norm = normaliseGov(title.name);
    const note = `named by the ${title.from === 'header' ? 'page title (标题)' : title.from === 'table' ? 'statistics table title' : 'report title'}` +
      (title.written !== norm ? `; written ${title.written}, formal name ${norm}` : '');
    return {
      issuer: norm, subject: norm, subjectIsTitleOrg: true, title,
      source: { how: title.written !== norm ? 'inferred' : 'text', start: title.start, end: title.start + title.written.length, note },
    };
  }

  if (title && title.kind === 'place') {
    const place = title.name;
    const candidates = [
      ...signatures(text).reverse(),
      ...labelled(text, '填报单位', '填报单位'),
    ];
    for (const c of candidates) {
      if (!mentionsPlace(c.org, place)) continue;
      const gov = governmentPart(c.org);
      if (!gov || !ORG_SUFFIX.test(gov)) continue;
      const note = `title names the place ${place}; its government from the ${c.what} ${c.org}` + (gov !== c.org ? ` (an office signing for ${gov})` : '');
      return { issuer: gov, subject: place, subjectIsTitleOrg: false, title, source: { how: 'text', start: c.start, end: c.start + Math.min(gov.length, c.org.length), note } };
    }
    return {
      issuer: place, subject: place, subjectIsTitleOrg: false, title,
      source: { how: 'text', start: title.start, end: title.start + place.length, note: 'as written in the title (no signature or 填报单位 names its government)' },
    };
  }

  const body = firstBody(text);
  if (body) {
    const norm = normaliseGov(body.org);
    return {
      issuer: norm, subject: norm, subjectIsTitleOrg: false, title: null,
      source: { how: norm !== body.org ? 'inferred' : 'text', start: body.start, end: body.end, note: `${body.what}${norm !== body.org ? `; written ${body.org}, formal name ${norm}` : ''}` },
    };
  }

  const header = /^发布机构[:：][ \t]*([\u4e00-\u9fa5]{2,30})[ \t]*$/m.exec(original);
  if (header) {
    const start = header.index + header[0].indexOf(header[1]!);
    return { issuer: header[1]!, subject: header[1]!, subjectIsTitleOrg: false, title: null, source: { how: 'text', start, end: start + header[1]!.length, note: 'page header 发布机构' } };
  }
  return { issuer: null, subject: null, subjectIsTitleOrg: false, title: null, source: null };
}
