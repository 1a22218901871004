// Where a report's file came from, in words for readers. sources.csv's `source` and `format` cells
// are maintainers' notes (repository paths, "project seed"); the page says what they mean. The
// cells themselves stay in the record and its data.json download.
import { httpUrl } from '../records/source-info.ts';

export const FORMAT_ZH: Record<string, string> = {
  text: '文本',
  html: '网页',
  pdf: 'PDF',
  'pdf-text': '从 PDF 提取的文本',
  docx: 'Word 文档（DOCX）',
  doc: 'Word 文档（DOC）',
  other: '其他格式',
};

const CJK = /[\u3400-\u9fff]/;

export interface SourceView {
  /** What the source is, in Chinese. */
  text: string;
  /** An address to link, when the source cell is one. */
  href: string | null;
  format: string | null;
}

export function sourceView(info: { source: string; format: string } | null): SourceView | null {
  if (!info || (!info.source && !info.format)) return null;
  const s = info.source.trim();
  const format = info.format ? (FORMAT_ZH[info.format] ?? (CJK.test(info.format) ? info.format : null)) : null;
  const url = httpUrl(s);
  let text: string;
  if (url) text = url;
  else if (s === 'project seed') text = '项目样本文件';
  else if (/^derived from /i.test(s)) text = '由同一报告的另一文件转换而来';
  else if (/^[\w.-]+\/[\w.-]+:/.test(s)) text = 'GitHub 上的公开存档';
  else if (/^GitHub\b/i.test(s)) text = 'GitHub 上的公开文件';
  else if (CJK.test(s)) text = s;
  else text = s ? '其他来源' : '';
  return { text, href: url, format };
}
