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
