// The one CSV writer of the site: every download (/data/*.csv, /reports/<id>/data.csv) and the
// indicator island's "CSV of this view" are written by these functions. UTF-8 with a BOM (Excel
// opens Chinese text correctly), comma-separated, CRLF between lines (RFC 4180) in every file,
// quoting as Papa.unparse does (tests/unit/lib/site/csv.test.ts compares the two byte for byte).
// No dependency: the island imports it without loading papaparse.

export const BOM = '\uFEFF';
/** The line end of every CSV the site writes. */
export const EOL = '\r\n';

// Papa.unparse's quoting (delimiter ",", quote '"'): quote a cell holding CR, LF, a quote, a BOM or
// a comma, or starting or ending with a space; quotes inside are doubled.
const NEEDS_QUOTES = /[\r\n",\uFEFF]|^ | $/;

/** One cell: '' for null, undefined and non-finite numbers; numbers as String(n) (no separators). */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  const e = s.includes('"') ? s.replace(/"/g, '""') : s;
  return NEEDS_QUOTES.test(e) ? `"${e}"` : e;
}

/** One line of cells (no line end). */
export function csvCells(cells: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i > 0 ? ',' : '') + csvCell(cells[i]);
  return out;
}

/** The header line (no BOM, no line end). */
export function csvHeader(fields: readonly string[]): string {
  return csvCells(fields);
}

/** One data line of an object row, cells in `fields` order (no line end). */
export function csvLine(fields: readonly string[], row: Record<string, unknown>): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) out += (i > 0 ? ',' : '') + csvCell(row[fields[i]!]);
  return out;
}

/** A whole file from lines (header first): BOM, lines joined by EOL; a header alone ends with EOL (as Papa writes it). */
export function csvFile(lines: readonly string[]): string {
  return BOM + lines.join(EOL) + (lines.length === 1 ? EOL : '');
}

/** A CSV file of object rows, columns `fields`. */
export function toCsv(fields: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  return csvFile([csvHeader(fields), ...rows.map((r) => csvLine(fields, r))]);
}

/** A CSV file of array rows under a header. */
export function toCsvArrays(fields: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return csvFile([csvHeader(fields), ...rows.map(csvCells)]);
}
