// Report ids — public URLs (/reports/<id>/), so once given an id is never taken back or reused.
// The first report of a place and year gets `<placeKey>-<year>` (`-undated` without a year); a
// later one gets a suffix from its own file name (`-<ascii slug>`, then `-<slug>-<hash>` if that is
// taken). Ids given are kept in a registry (content/reports/report-ids.csv, written by ingest and committed):
// a file keeps its id while its place and year stay the same, a renamed file (same bytes) keeps its
// id, and an id that must change (its place or year was corrected) leaves a redirect from the old id.
import Papa from 'papaparse';

export interface IdEntry {
  file: string;
  id: string;
  sha256: string;
}

export interface IdItem {
  file: string;
  placeKey: string;
  year: number | null;
  sha256?: string;
  /** Other files of the same report (its variants): when the report's primary file changes (a
   * PDF added beside the text it was read from), the report keeps the id its old file had. */
  also?: readonly string[];
}

export interface Redirect {
  from: string;
  to: string;
  reason: string;
}

export interface IdAssignment {
  ids: string[];
  /** The registry to keep: every id ever given (those of removed files too: never reused). */
  registry: IdEntry[];
  /** Ids that changed in this assignment. */
  redirects: Redirect[];
}

const baseOf = (r: Pick<IdItem, 'placeKey' | 'year'>) => `${r.placeKey}-${r.year ?? 'undated'}`;
const belongs = (id: string, base: string) => id === base || id.startsWith(base + '-');

export function assignReportIds(items: readonly IdItem[], registry: readonly IdEntry[] = []): IdAssignment {
  const taken = new Set(registry.map((e) => e.id));
  const present = new Set(items.map((r) => r.file));
  const byFile = new Map(registry.map((e) => [e.file, e]));
  // entries of files no longer present, by content: a renamed file finds its id here
  const gone = new Map(registry.filter((e) => !present.has(e.file) && e.sha256).map((e) => [e.sha256, e]));
  const kept = new Map<string, IdEntry>(registry.map((e) => [e.id, e]));
  const ids: Array<string | null> = items.map(() => null);
  const redirects: Redirect[] = [];
  const moved: Array<{ i: number; from: string }> = [];
  const claimed = new Set<string>();
  items.forEach((r, i) => {
    const base = baseOf(r);
    const own = byFile.get(r.file) ?? (r.also ?? []).map((f) => byFile.get(f)).find((x) => x !== undefined && !claimed.has(x.id));
    const renamed = !own && r.sha256 ? gone.get(r.sha256) : undefined;
    const e = own ?? renamed;
    if (!e || claimed.has(e.id)) return;
    if (renamed) gone.delete(r.sha256!);
    claimed.add(e.id);
    if (belongs(e.id, base)) {
      ids[i] = e.id;
      kept.set(e.id, { file: r.file, id: e.id, sha256: e.file === r.file ? e.sha256 || (r.sha256 ?? '') : (r.sha256 ?? '') });
    } else moved.push({ i, from: e.id });
  });
  items.forEach((r, i) => {
    if (ids[i] !== null) return;
    const base = baseOf(r);
    const slug = fileSlug(r.file);
    const tries = [base, `${base}-${slug}`, `${base}-${slug}-${hash(r.file)}`];
    let id = tries.find((t) => !taken.has(t));
    for (let k = 2; !id; k++) if (!taken.has(`${tries[2]}-${k}`)) id = `${tries[2]}-${k}`;
    taken.add(id);
    ids[i] = id;
    kept.set(id, { file: r.file, id, sha256: r.sha256 ?? '' });
  });
  for (const { i, from } of moved) redirects.push({ from, to: ids[i]!, reason: '地区或年份更正' });
  return { ids: ids as string[], registry: [...kept.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), redirects };
}

/** Ids for a folder without a registry (first report of a place and year in the given order gets the plain id). */
export function reportIds(items: readonly IdItem[]): string[] {
  return assignReportIds(items).ids;
}

export function fileSlug(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '');
  const ascii = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ascii || 'f' + hash(stem);
}

export function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36).slice(0, 6);
}

// ------------------------------------------------------------------ CSV (registry and redirects)

const csvRows = (csv: string): Array<Record<string, string>> =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { header: true, skipEmptyLines: true }).data;

export function readIdRegistry(csv: string): IdEntry[] {
  return csvRows(csv)
    .filter((r) => r.file && r.id)
    .map((r) => ({ file: r.file!, id: r.id!, sha256: r.sha256 ?? '' }));
}

export function writeIdRegistry(entries: readonly IdEntry[]): string {
  return Papa.unparse(entries.map((e) => ({ id: e.id, file: e.file, sha256: e.sha256 })), { columns: ['id', 'file', 'sha256'], newline: '\n' }) + '\n';
}

export function readRedirects(csv: string): Redirect[] {
  return csvRows(csv)
    .filter((r) => r.from && r.to)
    .map((r) => ({ from: r.from!, to: r.to!, reason: r.reason ?? '' }));
}

export function writeRedirects(rows: readonly Redirect[]): string {
  return Papa.unparse(rows.map((r) => ({ from: r.from, to: r.to, reason: r.reason })), { columns: ['from', 'to', 'reason'], newline: '\n' }) + '\n';
}

/**
 * Redirect table as served: every old id to the report it now names, following chains
 * (a → b, b → c gives a → c), leaving out ids that are reports themselves and dead ends.
 */
export function resolveRedirects(rows: readonly Redirect[], reportIds: ReadonlySet<string>): Map<string, string> {
  const next = new Map(rows.map((r) => [r.from, r.to]));
  const out = new Map<string, string>();
  for (const from of next.keys()) {
    if (reportIds.has(from)) continue;
    let to = next.get(from)!;
    const seen = new Set([from]);
    while (!reportIds.has(to) && next.has(to) && !seen.has(to)) {
      seen.add(to);
      to = next.get(to)!;
    }
    if (reportIds.has(to)) out.set(from, to);
  }
  return out;
}
