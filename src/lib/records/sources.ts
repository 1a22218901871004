// content/reports/sources.csv: where each file came from and which files are variants of another.
import Papa from 'papaparse';
import type { SourceInfo } from './model.ts';

export interface SourceRow extends SourceInfo {
  file: string;
  variant_of: string;
}

export function parseSources(csv: string): Map<string, SourceRow> {
  const { data, errors } = Papa.parse<SourceRow>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (errors.length) throw new Error(`sources.csv: ${errors[0]!.message} (row ${errors[0]!.row})`);
  return new Map(data.map((r) => [r.file, r]));
}
