// content/reports/sources.csv as a table the collector can add rows to: every existing column and row is kept,
// new columns are added at the end, and every cell is quoted when it must be (comma, quote, line break).
import Papa from 'papaparse';

export const BASE_COLUMNS = ['file', 'source', 'format', 'variant_of', 'original', 'notes'];
export const COLLECT_COLUMNS = ['url', 'list_url', 'page_url', 'title', 'listed_date', 'fetched_at', 'content_type', 'sha256'];

export type SourcesRow = Record<string, string>;

export interface SourcesTable {
  fields: string[];
  rows: SourcesRow[];
  /** Kept as the file has it, so that adding rows changes no existing line. */
  newline: '\n' | '\r\n';
  bom: boolean;
}

export function readSourcesTable(csv: string | null): SourcesTable {
  if (csv === null || csv.trim() === '') return { fields: [...BASE_COLUMNS], rows: [], newline: '\n', bom: false };
  const { data, errors, meta } = Papa.parse<SourcesRow>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (errors.length) throw new Error(`sources.csv: ${errors[0]!.message} (row ${errors[0]!.row})`);
  const newline = /\r\n/.test(csv.slice(0, csv.indexOf('\n') + 1)) ? '\r\n' : '\n';
  return { fields: meta.fields ?? [...BASE_COLUMNS], rows: data, newline, bom: csv.startsWith('\uFEFF') };
}

export function addRows(table: SourcesTable, rows: SourcesRow[]): SourcesTable {
  const fields = [...table.fields];
  for (const c of [...BASE_COLUMNS, ...COLLECT_COLUMNS]) if (!fields.includes(c)) fields.push(c);
  for (const r of rows) for (const c of Object.keys(r)) if (!fields.includes(c)) fields.push(c);
  return { ...table, fields, rows: [...table.rows, ...rows] };
}

export function formatSourcesTable(table: SourcesTable): string {
  const data = table.rows.map((r) => table.fields.map((f) => r[f] ?? ''));
  const body = Papa.unparse({ fields: table.fields, data }, { newline: table.newline, quotes: false, escapeFormulae: false });
  return (table.bom ? '\uFEFF' : '') + body + table.newline;
}
