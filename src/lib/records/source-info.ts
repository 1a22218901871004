// What a report page shows about where its file came from, from the file's sources.csv row.
import type { SourceInfo } from './model.ts';

/** The sources.csv cells it reads (a SourceRow, or any parsed row). */
type Row = { readonly [K in 'file' | 'source' | 'format' | 'original' | 'notes' | 'url' | 'list_url' | 'fetched_at']?: string };

/** Only http(s) addresses become links: sources.csv cells are data from portals, not trusted markup. */
export function httpUrl(s: string | undefined): string | null {
  if (!s) return null;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** `row` is a sources.csv row with whatever columns the file has (records/sources.ts keeps them all). */
export function sourceInfoOf(cells: object): SourceInfo {
  const row = cells as Row;
  const info: SourceInfo = { source: row.source ?? '', format: row.format ?? '', original: row.original ?? '', notes: row.notes ?? '' };
  const url = httpUrl(row.url);
  const listUrl = httpUrl(row.list_url);
  if (url) info.url = url;
  if (listUrl) info.listUrl = listUrl;
  if (row.fetched_at) info.fetchedAt = row.fetched_at;
  return info;
}

/** The header an archiving tool writes above `==== 正文 ====` ("原文链接: https://…"): the address the
 * text was saved from. Only that header is read, never a link inside the report. */
export function headerUrl(text: string): string | null {
  const sep = /^=+\s*正文\s*=+\s*$/m.exec(text.slice(0, 4000));
  if (!sep) return null;
  const m = /^原文链接[:：][ \t]*(\S+)[ \t]*$/m.exec(text.slice(0, sep.index));
  return m ? httpUrl(m[1]) : null;
}

/** A file's source info (from its sources.csv row, or null) with a `url` the row lacks taken from the text's archive header. */
export function withHeaderUrl(info: SourceInfo | null, text: string): SourceInfo | null {
  return info?.url ? info : withUrl(info, headerUrl(text));
}

/** withHeaderUrl with the text's header address already read (headerUrl). */
export function withUrl(info: SourceInfo | null, url: string | null): SourceInfo | null {
  if (info?.url) return info;
  if (!url) return info;
  return { ...(info ?? { source: '', format: '', original: '', notes: '' }), url };
}
