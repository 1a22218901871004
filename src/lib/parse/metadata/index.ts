// Issuer, place, level, year, publication date. Each concern has its own file:
// issuer.ts (titles.ts), ../../places (names → codes), level.ts, year.ts, published.ts.
import type { Detected } from '../detect.ts';
import type { Meta, MetaField, MetaSource } from '../../types.ts';
import { placeContext, resolveJurisdiction, unlistedPlace } from '../../places/index.ts';
import { readIssuer } from './issuer.ts';
import { readLevel } from './level.ts';
import { readPublished } from './published.ts';
import { findTitles } from './titles.ts';
import { readYear } from './year.ts';

/**
 * `text` is the cleaned text; `original` the decoded text before cleaning (same length, so spans agree).
 * The original is needed for the archiver's 标题/发布时间/发布机构 lines, which clean() blanks.
 */
export function readMetadata(text: string, _file: string, detected: Detected, original: string = text): Meta {
  const sources: Partial<Record<MetaField, MetaSource>> = {};
  const issuer = readIssuer(text, original);
  if (issuer.source) sources.issuer = issuer.source;

  const context = issuer.subject ? placeContext(text) : null;
  const resolved = issuer.subject && context ? resolveJurisdiction(issuer.issuer ?? issuer.subject, context) ?? resolveJurisdiction(issuer.subject, context) : null;
  // a title naming a place in no list: that place as written (not 'unknown')
  const place = resolved ?? (issuer.title && !issuer.title.listed && issuer.subject ? unlistedPlace(issuer.subject) : null);
  if (place) {
    const how: MetaSource['how'] = place.how === 'text' ? 'inferred' : place.how;
    sources.jurisdiction = { ...placeSpan(original, place.name, issuer.source), how: 'text', note: `place named by ${issuer.issuer ?? issuer.subject}` };
    if (place.province) sources.province = { how, note: place.note };
    if (place.prefecture) sources.prefecture = { how, note: place.note };
    sources.adcode = place.code ? { how: 'dataset', note: place.note } : { how, note: place.note };
  }
  const level = readLevel(issuer.subject, issuer.subjectIsTitleOrg, place);
  if (level.source) sources.level = level.source;

  const year = readYear(text, original, findTitles(text, original));
  if (year.source) sources.year = year.source;
  const published = readPublished(text, original);
  if (published.source) sources.published = published.source;

  return {
    issuer: issuer.issuer,
    jurisdiction: place?.name ?? null,
    province: place?.province ?? null,
    prefecture: place?.prefecture ?? null,
    adcode: place?.code ?? null,
    level: level.level,
    year: year.year,
    published: published.published,
    template: detected.template,
    kind: detected.kind,
    variant: detected.variant,
    yearInferred: year.inferred,
    sources,
  };
}

/** The span of the place name inside the issuer's span (falls back to the issuer's span). */
function placeSpan(text: string, name: string, src: MetaSource | null | undefined): { start?: number; end?: number } {
  if (src?.start === undefined || src.end === undefined) return {};
  const at = text.slice(src.start, src.end).indexOf(name);
  return at >= 0 ? { start: src.start + at, end: src.start + at + name.length } : { start: src.start, end: src.end };
}
