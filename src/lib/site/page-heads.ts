// What the header of a report, place and indicator page says (its <h1>, lede and search words):
// the pages render it, and the search index (src/lib/search/search-records.ts) is built from the
// same text before any page is rendered. Works on a report's summary as on its full record.
import { pinyinSearchText } from '../places/pinyin.ts';
import { parentChain } from '../places/index.ts';
import type { ReportSummary } from '../records/summary.ts';
import { yearZh } from './format.ts';
import { keyFigures, type KeyFigure } from './key-figures.ts';
import { KIND_ZH, levelZh, templateZh } from './labels.ts';
import type { PlaceSummary } from './place-view.ts';

/** A report's summary (src/lib/records/summary.ts) or its full record. */
type Rec = Pick<ReportSummary, 'id' | 'placeName' | 'meta' | 'values' | 'derived' | 'provenance'>;
/** keyFigures reads a report's id, values and meta (year, kind, template, variant), never meta.sources, which a summary has not. */
type KeyRec = Parameters<typeof keyFigures>[0];

/** A report whose every printed value was read from its prose (report-view.ts `proseOnly`). */
export function proseOnlyValues(r: Pick<Rec, 'values' | 'provenance'>): boolean {
  const printed = Object.keys(r.values);
  return printed.length > 0 && printed.every((id) => r.provenance[id]?.source === 'prose');
}

/**
 * A report page's heading and one-line summary (its lede and meta description). `siblings`: the same
 * place's reports; `all`: their key figures when already made (keyFigures(r, siblings)).
 */
export function reportHead(r: Rec, siblings: readonly Rec[], all: readonly KeyFigure[] = keyFigures(r as unknown as KeyRec, siblings as unknown as readonly KeyRec[])): { heading: string; summary: string } {
  const m = r.meta;
  const year = m.year;
  // A report without the form's figures (prose only, a scorecard) shows only those it has.
  const figures = proseOnlyValues(r) || m.template === 'none' ? all.filter((f) => f.value !== null) : all;
  const heading = `${r.placeName}${year != null ? ` ${year} 年` : ''}${m.kind === 'annual-report' ? '政府信息公开工作年度报告' : KIND_ZH[m.kind] ?? '文件'}`;
  const summary = [
    `${r.placeName}（${levelZh(m.level)}${m.province ? `，${m.province}` : ''}）${yearZh(year)}，${templateZh(m.template, m.variant, m.kind)}`,
    ...figures.filter((f) => f.value !== null).slice(0, 3).map((f) => `${f.zh} ${f.text} 件`),
  ].join('；');
  return { heading, summary };
}

export interface Crumb {
  id: string;
  name: string;
  linked: boolean;
}

/** A place's parents (province, prefecture …) for its breadcrumb (each link of parentChain as it is), linked when the parent has a page. */
export function placeCrumbs(place: Pick<PlaceSummary, 'key' | 'name' | 'province' | 'prefecture'>, hasPage: (key: string) => boolean): Crumb[] {
  let chain: Array<{ id: string; name: string }> = [];
  try {
    chain = parentChain(place.key);
  } catch {
    chain = [];
  }
  if (!chain.length) chain = [place.province, place.prefecture].filter((x): x is string => !!x).map((name) => ({ id: '', name }));
  return chain.filter((c) => c.id !== place.key && c.name !== place.name).map((c) => ({ ...c, linked: !!c.id && hasPage(c.id) }));
}

/** A place page's lede, and the words it carries for search only: its province, prefecture and parents, its pinyin and initials. */
export function placeHead(place: PlaceSummary, reportCount: number, crumbs: readonly Pick<Crumb, 'name'>[]): { lede: string; searchText: string } {
  const years = place.years;
  const lede = `${place.name}（${levelZh(place.level)}${place.province ? `，${place.province}` : ''}）的政府信息公开工作年度报告：${reportCount} 份${years.length ? `，${years[0]}–${years[years.length - 1]} 年` : ''}。`;
  const names = [place.province, place.prefecture, ...crumbs.map((c) => c.name)].filter((x, i, a) => x && a.indexOf(x) === i).join(' ');
  return { lede, searchText: `${names} ${pinyinSearchText(place.name)}` };
}
