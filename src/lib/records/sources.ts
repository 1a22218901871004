// content/reports/sources.csv: where each file came from and which files are variants of another.
// Hand-edited, so read forgivingly: CRLF, LF and CR line ends may mix, and a line with a stray
// quote is read on its own (its quotes dropped) instead of swallowing the rest of the file. What
// had to be forgiven is returned as problems, which ingest prints; it never throws.
import Papa from 'papaparse';
import type { SourceInfo } from './model.ts';

export interface SourceRow extends SourceInfo {
  file: string;
  variant_of: string;
}

const FIELDS: Array<keyof SourceRow> = ['file', 'source', 'format', 'variant_of', 'original', 'notes'];

export function readSources(csv: string): { rows: Map<string, SourceRow>; problems: string[] } {
  const text = csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: string[] = [];
  const whole = Papa.parse<string[]>(text, { skipEmptyLines: true });
  let lines: Array<{ line: number; cells: string[] }>;
  if (whole.errors.length === 0) lines = whole.data.map((cells, i) => ({ line: i + 1, cells }));
  else {
    lines = [];
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() === '') return;
      const one = Papa.parse<string[]>(raw, { skipEmptyLines: true });
      if (one.errors.length === 0 && one.data[0]) return lines.push({ line: i + 1, cells: one.data[0] });
      problems.push(`sources.csv 第 ${i + 1} 行：引号不成对，已去掉引号按逗号读取`);
      lines.push({ line: i + 1, cells: raw.replace(/"/g, '').split(',') });
    });
  }
  const [header, ...body] = lines;
  const rows = new Map<string, SourceRow>();
  if (!header) return { rows, problems };
  const names = header.cells.map((c) => c.trim());
  for (const { line, cells } of body) {
    const row = Object.fromEntries(FIELDS.map((f) => [f, ''])) as unknown as SourceRow;
    // every column is kept (collect adds url, fetchedAt, listUrl); the known ones default to ''
    names.forEach((n, i) => {
      if (n) (row as unknown as Record<string, string>)[n] = (cells[i] ?? '').trim();
    });
    if (!row.file) {
      problems.push(`sources.csv 第 ${line} 行：没有文件名，已忽略`);
      continue;
    }
    if (rows.has(row.file)) problems.push(`sources.csv 第 ${line} 行：${row.file} 重复出现，以后一行为准`);
    rows.set(row.file, row);
  }
  return { rows, problems };
}

export function parseSources(csv: string): Map<string, SourceRow> {
  return readSources(csv).rows;
}
