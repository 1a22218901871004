// A report file → a ReportRecord: decode → clean → detect → tables → prose → metadata → derive → validate.
// PDF, DOCX and DOC (told apart by their bytes, formats/sniff.ts) are turned into text first by
// formats/; their readers are asynchronous, so parseFileAsync/parseBytesAsync read every kind and
// the synchronous parseFile/parseBytes read text kinds (text, HTML, JS data) only.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ParseError, ReportRecord } from '../types.ts';
import { decode, MAX_BYTES } from './decode.ts';
import { clean } from './clean.ts';
import { detect } from './detect.ts';
import { htmlToText } from './html.ts';
import { extractHtmlFromJs } from './jsdata.ts';
import { emptyExtraction, mergeProseIntoTable } from './extraction.ts';
import { gateImplausible } from './plausibility.ts';
import { readPre2019Tables } from './pre2019/index.ts';
import { readPost2019Tables } from './post2019/index.ts';
import { readProse } from './prose/index.ts';
import { proseTableConflicts } from './prose/post2019.ts';
import { readMetadata } from './metadata/index.ts';
import { readYear } from './metadata/year.ts';
import { checkRules, deriveValues, markUsedForDecoding } from '../validate/index.ts';
import { isDocument, readDocument, type DocumentText } from './formats/index.ts';

const HTML_EXT = new Set(['.html', '.htm']);

function readBytes(path: string): { bytes: Uint8Array } | { record: ReportRecord } {
  const file = basename(path);
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) return { record: failed(file, { code: 'too-large', message: `文件过大 (${size} bytes > ${MAX_BYTES})` }) };
    return { bytes: readFileSync(path) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'ENOENT' ? `文件不存在 (no such file: ${path})` : `无法读取 (${err.code ?? err.message})`;
    return { record: failed(file, { code: 'missing-file', message }) };
  }
}

export function parseFile(path: string): ReportRecord {
  const r = readBytes(path);
  return 'record' in r ? r.record : parseBytes(r.bytes, basename(path));
}

/** Any file: text kinds as parseFile, PDF/DOCX/DOC through formats/. Never rejects. */
export async function parseFileAsync(path: string): Promise<ReportRecord> {
  const r = readBytes(path);
  return 'record' in r ? r.record : parseBytesAsync(r.bytes, basename(path));
}

export async function parseBytesAsync(bytes: Uint8Array, file: string): Promise<ReportRecord> {
  if (!isDocument(bytes)) return parseBytes(bytes, file);
  let doc: DocumentText;
  try {
    doc = await readDocument(bytes);
  } catch (e) {
    return failed(file, { code: 'corrupt', message: `文件已损坏，无法读取 (${(e as Error).message})` });
  }
  if (!doc.ok) return failed(file, doc.error);
  try {
    const rec = parseText(doc.text, file, null, doc.notes);
    rec.format = doc.format;
    if (doc.locate) locateProvenance(rec, doc.locate);
    if (doc.images > 0 && !Object.values(rec.provenance).some((p) => p.source === 'table') && rec.meta.template !== 'none')
      rec.errors.push({ code: 'table-image', message: `文档含 ${doc.images} 张图片但读不到表格：表格可能是图片，无法读取其中的数字` });
    return rec;
  } catch (e) {
    const rec = failed(file, { code: 'internal', message: `解析出错 (${(e as Error).message})` });
    rec.text = doc.text;
    return rec;
  }
}

/** Page and cell box of every value read from a PDF (additive provenance fields). */
function locateProvenance(rec: ReportRecord, locate: NonNullable<Extract<DocumentText, { ok: true }>['locate']>): void {
  for (const p of Object.values(rec.provenance)) {
    if (p.source === 'derived') continue;
    const at = locate(p.start);
    if (!at) continue;
    p.page = at.page;
    if (at.box) p.box = at.box;
  }
}

/** Never throws: whatever goes wrong inside one file's parse becomes that file's error record. */
export function parseBytes(bytes: Uint8Array, file: string): ReportRecord {
  if (isDocument(bytes))
    return failed(file, { code: 'not-text', message: '不是文本文件：PDF 或 Word 文档（由 parseBytesAsync 读取）' });
  let text = '';
  let encoding: string | null = null;
  try {
    const decoded = decode(bytes);
    if (!decoded.ok) return failed(file, decoded.error);
    encoding = decoded.encoding;
    const ext = extname(file).toLowerCase();
    // A .js data file holding the report as one HTML string (let content = "<p>…") is read as that HTML.
    const jsHtml = ext === '.js' ? extractHtmlFromJs(decoded.text) : null;
    const isHtml = HTML_EXT.has(ext) || jsHtml !== null;
    text = jsHtml ? htmlToText(jsHtml.html) : isHtml ? htmlToText(decoded.text) : decoded.text;
    const notes = [
      ...(decoded.notes ?? []),
      ...(jsHtml ? ['JS 数据文件中的 HTML 字符串已转为文本；位置指向转换后的文本'] : isHtml ? ['HTML 已转为文本；位置指向转换后的文本'] : []),
    ];
    return parseText(text, file, decoded.encoding, notes);
  } catch (e) {
    return internalError(file, e, text, encoding);
  }
}

/** The record of a file whose parse threw: named error, text kept when there is some. */
export function internalError(file: string, e: unknown, text = '', encoding: string | null = null): ReportRecord {
  const rec = failed(file, { code: 'internal', message: `解析出错 (${e instanceof Error ? e.message : String(e)})` });
  rec.text = text;
  rec.encoding = encoding;
  return rec;
}

export function parseText(original: string, file: string, encoding: string | null = null, notes: string[] = []): ReportRecord {
  const { text, removed } = clean(original);
  const detected = detect(text, readYear(text, original).year);
  const table =
    detected.template === 'pre2019'
      ? readPre2019Tables(text, detected)
      : detected.template === 'post2019'
        ? readPost2019Tables(text, detected)
        : emptyExtraction();
  const merged = gateImplausible(mergeProseIntoTable(table, readProse(text, detected, table)));
  const meta = readMetadata(text, file, detected, original);
  // approximate figures (5500余条, 近300件) are shown as 约 …, never summed or checked
  const isExact = ([id]: [string, number]) => !merged.provenance[id]?.flags.includes('approximate');
  const exact = Object.fromEntries(Object.entries(merged.values).filter(isExact));
  const derived = deriveValues(exact, meta.template, meta.variant);
  // sentences' text.* figures take part in the prose-vs-table rules only
  const checks = markUsedForDecoding(
    checkRules({ ...exact, ...Object.fromEntries(Object.entries(merged.textValues).filter(isExact)) }, meta.template, meta.variant, derived.values),
    merged.provenance,
  );
  const provenance = { ...derived.provenance, ...merged.provenance };
  const conflicts = [...merged.conflicts, ...proseTableConflicts(merged.textValues, { ...derived.values, ...exact }, provenance)];
  const errors: ParseError[] = [];
  const valueCount = Object.keys(merged.values).length + Object.keys(merged.textValues).length;
  if (valueCount === 0 && !/\d/.test(text)) errors.push({ code: 'no-numbers', message: '文中没有任何数字 (no figures in the text)' });
  if (removed.length) notes = [...notes, `已忽略网页框架文字 ${removed.length} 处`];
  return {
    file,
    meta,
    values: merged.values,
    textValues: merged.textValues,
    derived: derived.values,
    provenance,
    gaps: merged.gaps,
    checks,
    conflicts,
    errors,
    notes: [...notes, ...merged.notes],
    encoding,
    text: original,
    chrome: removed,
  };
}

export function failed(file: string, error: ParseError): ReportRecord {
  return {
    file,
    meta: {
      issuer: null, jurisdiction: null, province: null, prefecture: null, adcode: null, level: null,
      year: null, published: null, template: 'none', kind: 'other', variant: null, yearInferred: false, sources: {},
    },
    values: {}, textValues: {}, derived: {}, provenance: {}, gaps: [], checks: [], conflicts: [],
    errors: [error], notes: [], encoding: null, text: '',
  };
}
