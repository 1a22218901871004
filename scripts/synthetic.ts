// A synthetic country for `npm run bench -- --scale N`: N report files made from the text reports
// of content/reports, each rewritten to be a different reporting body and year, so page counts and
// page sizes grow the way they would with real data (one report per body and year, ~15 years per
// body, distinct values) instead of N copies of the same few places and years.
//
// Bodies: the county-level divisions of the code list (each with its real prefecture and province),
// then departments of those counties (教育局, 财政局, …) once the counties are used up. Years: 2011–2025,
// each filled from a source report of the template the year used (2008–2013 table, 2014 table,
// 2019 form, 2021 form). Rewriting: the source's issuer, jurisdiction, prefecture and province names
// become the body's; years written as `2017年` / `2018-02-08` move by the same offset; every other
// figure is multiplied by one factor (2–9, drawn per report), so values differ between copies while
// every sum of the form still holds and a copy fails the checks its source fails (permuting digits,
// as before, broke most sums: synthetic reports then failed several times as many checks as real ones).
// Fused digit runs (several cells printed as one number) do not survive scaling: they become
// ambiguous cells more often than in real reports.
import { rng } from '../src/lib/rng.ts';
import type { Meta } from '../src/lib/types.ts';
import { DIVISIONS, divisionsByName, type DivisionPlace } from '../src/lib/places/division.ts';

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;

/** A text report that can be rewritten (not a variant, not binary), with the meta its parse found. */
export interface SyntheticSource {
  file: string;
  text: string;
  meta: Pick<Meta, 'issuer' | 'jurisdiction' | 'prefecture' | 'province' | 'year' | 'template' | 'variant'>;
}

export interface SyntheticBody {
  issuer: string;
  place: DivisionPlace;
  department: string | null;
}

export interface SyntheticReport {
  /** File name (unique, sortable, keeps the source's extension). */
  file: string;
  body: SyntheticBody;
  year: number;
  source: string;
  text: string;
}

// Department names that contain no place name (公安局 would read as 公安县).
const DEPARTMENTS = ['教育局', '财政局', '民政局', '司法局', '审计局', '统计局', '商务局', '水利局', '卫生健康委员会', '市场监督管理局'];

// Counties whose name alone identifies them (a report need not name its prefecture).
const COUNTIES = DIVISIONS.filter((d) => d.level === 'county' && d.prefecture && divisionsByName(d.name).length === 1);

/** The i-th reporting body: county governments first, then their departments. */
export function bodyAt(i: number): SyntheticBody {
  const place = COUNTIES[i % COUNTIES.length]!;
  const round = Math.floor(i / COUNTIES.length);
  if (round === 0) return { issuer: `${place.name}人民政府`, place, department: null };
  const department = DEPARTMENTS[(round - 1) % DEPARTMENTS.length]!;
  return { issuer: `${place.name}${department}`, place, department };
}

/** Which years a source can stand for: the years of its template's form. */
export function yearsFor(meta: SyntheticSource['meta']): [number, number] | null {
  if (meta.template === 'pre2019') return meta.variant === '2008-2013' ? [2011, 2013] : [2014, 2018];
  if (meta.template === 'post2019') return meta.variant === '2019' ? [2019, 2020] : [2021, 2025];
  if (meta.year != null && meta.year <= 2018) return [2014, 2018]; // scorecards and other pre-2019 kinds
  return null;
}


const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Rewrite one source text as `body`'s report of `year` (see the header comment). */
export function rewrite(src: SyntheticSource, body: SyntheticBody, year: number, seed: number): string {
  const names = new Map<string, string>();
  const add = (from: string | null, to: string) => {
    if (from && from.length >= 2 && !names.has(from)) names.set(from, to);
  };
  const { place } = body;
  add(src.meta.issuer, body.issuer);
  add(src.meta.jurisdiction, place.name);
  add(src.meta.prefecture, place.prefecture ?? place.province);
  add(src.meta.province, place.province);
  const keys = [...names.keys()].sort((a, b) => b.length - a.length);
  let text = keys.length ? src.text.replace(new RegExp(keys.map(escape).join('|'), 'g'), (m) => names.get(m)!) : src.text;
  const shift = year - (src.meta.year ?? year);
  const factor = BigInt(2 + Math.floor(rng(seed)() * 8));
  text = text.replace(/\d+/g, (m, at: number, s: string) => {
    const next = s[at + m.length] ?? '';
    const prev = s[at - 1] ?? '';
    if (m.length === 4 && /^20[0-3]\d$/.test(m)) {
      // A year: shifted when written as one (2017年, 2017 年度, 2018-02-08), else left as it is.
      const after = s.slice(at + 4, at + 8);
      return /^\s*年|^[-./]\d/.test(after) ? String(Number(m) + shift) : m;
    }
    // Dates, ordinals, list markers and document numbers keep their digits.
    if (/[年月日号.、．〕)）-]/.test(next) || /[第〔(（-]/.test(prev)) return m;
    return String(BigInt(m) * factor).padStart(m.length, '0');
  });
  return text;
}

/**
 * The N synthetic reports, in order: body 0's years 2011…2025, then body 1's, … Each year is written
 * from a source whose form that year used, rotating through the sources for that year.
 * `yearsPerBody` K < 15 gives every body only the last K years (2025 back), so N reports stand for
 * N / K bodies that all report the same recent years: `K = 1` is a country of N places in one year,
 * the widest an indicator's year can be.
 */
export function* syntheticReports(n: number, sources: readonly SyntheticSource[], yearsPerBody = YEARS): Generator<SyntheticReport> {
  const forYear = new Map<number, SyntheticSource[]>();
  for (const s of sources) {
    const range = yearsFor(s.meta);
    if (!range) continue;
    for (let y = range[0]; y <= range[1]; y++) forYear.set(y, [...(forYear.get(y) ?? []), s]);
  }
  if (!Number.isInteger(yearsPerBody) || yearsPerBody < 1) throw new Error(`years per body must be a whole number ≥ 1, not ${yearsPerBody}`);
  const years = Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i).filter((y) => forYear.has(y)).slice(-yearsPerBody);
  if (!years.length) throw new Error('no text report can stand for any year 2011–2025');
  for (let i = 0; i < n; i++) {
    const bodyIndex = Math.floor(i / years.length);
    const year = years[i % years.length]!;
    const pool = forYear.get(year)!;
    const src = pool[bodyIndex % pool.length]!;
    const body = bodyAt(bodyIndex);
    const ext = src.file.slice(src.file.lastIndexOf('.'));
    yield { file: `s${String(bodyIndex).padStart(6, '0')}-${year}${ext}`, body, year, source: src.file, text: rewrite(src, body, year, i + 1) };
  }
}
