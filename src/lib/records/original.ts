// The original document of a report read from a PDF/DOCX/DOC, copied into the site beside the
// report's downloads (scripts/ingest.ts): /reports/<id>/original.<ext>, opened at #page=N for PDFs.
export type DocumentFormat = 'pdf' | 'docx' | 'doc';

export const ORIGINAL_ZH: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word（DOCX）', doc: 'Word（DOC）' };

export function originalFileName(format: DocumentFormat): string {
  return `original.${format}`;
}

export function originalHref(reportId: string, format: DocumentFormat, page?: number | null): string {
  const base = `/reports/${reportId}/${originalFileName(format)}`;
  return format === 'pdf' && page ? `${base}#page=${page}` : base;
}
