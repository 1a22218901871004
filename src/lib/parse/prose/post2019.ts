// Figures a 2019/2021-format report states in sentences (一、总体情况 and the like) about what its
// tables 三 and 四 count: 收到申请 X 件, 办结 Y 件, 行政复议 Z 件, 行政诉讼 W 件. They are kept as the
// catalog's text.* ids (record.textValues, source prose), never as table cells: a report whose
// tables cannot be read still has them, and where both exist the catalog's prose-vs-table rules
// (family 'prose-table') compare them — a disagreement is a failed warning and a conflict, the table
// value stays as printed.
import type { Conflict, Provenance } from '../../types.ts';
import { rules } from '../../catalog/index.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';
import { NUM, type CompiledPattern, type ProsePattern } from './patterns.ts';
import { figuresOf } from './scan.ts';

/** Clause words that make a figure something else: carried over, or one kind of lawsuit only. */
const CARRIED = /结转|上年|往年/;
const PART_OF_LITIGATION = /复议后|直接起诉|未经复议/;

export const POST2019_PATTERNS: ProsePattern[] = [
  { id: 'text.requests.received', source: '(?:收到|受理|接收|接到|新收)(?:各类|了)?(?:政府信息公开|依申请公开(?:政府信息)?)(?:的)?申请(?:共|共计|数量?)?(?:为)?{N}\\s*件', notBefore: CARRIED },
  { id: 'text.requests.received', source: '(?:收到|受理|接收|接到|新收)(?:了)?{N}\\s*件(?:政府信息公开|依申请公开(?:政府信息)?)?(?:的)?申请', notBefore: CARRIED },
  { id: 'text.requests.closed', source: '办结(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|共计|总计)?{N}\\s*件', notBefore: CARRIED },
  { id: 'text.review.total', source: '(?<!后)行政复议(?:案件|申请)?(?:共|共计|为)?{N}\\s*[件起]' },
  { id: 'text.litigation.total', source: '行政诉讼(?:案件)?(?:共|共计|为)?{N}\\s*[件起]', notBefore: PART_OF_LITIGATION },
];

const COMPILED_POST2019: CompiledPattern[] = POST2019_PATTERNS.map((p) => ({ ...p, re: new RegExp(p.source.replace('{N}', NUM), 'gd') }));

/**
 * The text with its table rows (pipe lines: HTML, DOCX and PDF tables) blanked, length-preserving.
 * Not whole table regions: those are found by anchors that sentences share (本年新收…申请), and a
 * table printed as running text has no 件 after its cells, which every pattern needs.
 */
function withoutTableRows(text: string): string {
  return text.replace(/^[ \t]*\|.*\|[ \t]*$/gm, (m) => ' '.repeat(m.length));
}

/** The text.* figures of a post-2019 report's sentences; an id stated with different figures is a gap. */
export function readPost2019Prose(text: string): Extraction {
  const out = emptyExtraction();
  const figs = figuresOf(withoutTableRows(text), COMPILED_POST2019);
  const ids = [...new Set(figs.map((f) => f.id))];
  for (const id of ids) {
    const mine = figs.filter((f) => f.id === id);
    const distinct = [...new Set(mine.map((f) => f.value))];
    if (distinct.length > 1) {
      out.gaps.push({ id, reason: 'ambiguous', start: mine[0]!.start, end: mine[mine.length - 1]!.end, candidates: distinct.sort((a, b) => a - b), note: `正文多处给出不同数字: ${mine.map((f) => f.raw).join(' / ')}` });
      continue;
    }
    const f = mine[0]!;
    out.textValues[id] = f.value;
    out.provenance[id] = { source: 'prose', start: f.start, end: f.end, label: f.label, raw: f.raw, flags: f.flags };
  }
  return out;
}

/** [prose id, table id] pairs of the catalog's prose-vs-table rules ("text.x = t3.y"). */
export const PROSE_TABLE_PAIRS: Array<[string, string]> = rules
  .filter((r) => r.family === 'prose-table')
  .map((r) => r.expression.split('=').map((s) => s.trim()) as [string, string]);

/**
 * Where a sentence and the table disagree: a conflict (table value kept) and flag 'conflict' on
 * both values. `values` are the table's values with the derived ones (t4.litigation.total).
 */
export function proseTableConflicts(textValues: Record<string, number>, values: Record<string, number>, provenance: Record<string, Provenance>): Conflict[] {
  const out: Conflict[] = [];
  for (const [textId, tableId] of PROSE_TABLE_PAIRS) {
    const said = textValues[textId];
    const kept = values[tableId];
    const sp = provenance[textId];
    const tp = provenance[tableId];
    if (said === undefined || kept === undefined || !sp || !tp || sp.flags.includes('approximate') || said === kept) continue;
    out.push({ id: tableId, kept, other: said, keptSpan: { start: tp.start, end: tp.end }, otherSpan: { start: sp.start, end: sp.end }, note: `表格 ${kept}，正文 ${said}（“${sp.label}”）：两者不符，表格数字照录` });
    for (const p of [sp, tp]) if (!p.flags.includes('conflict')) p.flags.push('conflict');
  }
  return out;
}
