// Reading a table from running text (no cell markup): row labels and runs of numbers, in text order.
// One algorithm covers three layouts:
//  * row by row ("规章 1 0 11", pypdf): each label is followed by its cells;
//  * fused single-line text ("规章000"): a label is followed by one run of digits (decoded later);
//  * column by column (pdfminer): several labels, then their values one column after another
//    (see columnwise.ts).
// Labels wait in a queue; a block of numbers is given to the first queued rows whose cell count
// it fills exactly (column-major when several rows share it), or else to the last queued row.
import type { Views } from './text.ts';
import { isCleanNumber, type RowRead, type Run, type Tok, type Unit } from './cells.ts';
import { assignColumnwise } from './columnwise.ts';

export interface LabelHit {
  rowId: string;
  ncols: number;
  start: number;
  end: number;
  match: string;
}

export interface Block {
  toks: Tok[];
  start: number;
  end: number;
  /** Every token is a well-formed number or a dash: the printed separators are cell borders. */
  separated: boolean;
  /** The block as one run of digits (whitespace ignored), for fused decoding. */
  run: Run;
}

// a number with thousands separators ("12,345"; full-width ，is mapped to , by clean) is one token
const GROUPED = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])`;
const GROUPED_RE = new RegExp(`^-?${GROUPED}$`);
const TOKEN = String.raw`(?:-?${GROUPED}|-?\d[\d.\-]*|[—－/／]+|-)`;
// cells are separated by whitespace, or by the bars of `cell |` lines
const SEP = String.raw`[ \t\n\r\f\v]+(?:\|[ \t\n\r\f\v]+)?`;
// a cell of Latin letters between two numbers ("-1 1.5 abc 0 0 0 3") is a cell that is not a count
const JUNK = '[A-Za-z]{1,12}';
const BLOCK = new RegExp(`${TOKEN}(?:${SEP}(?:${JUNK}${SEP})?${TOKEN})*`, 'g');
const MASK = '\u0001';

/** Blocks of numbers in text[from, to), outside the masked spans (labels). */
export function findBlocks(v: Views, from: number, to: number, mask: Array<{ start: number; end: number }>): Block[] {
  const chars = v.work.slice(from, to).split('');
  for (const m of mask) for (let i = Math.max(m.start, from); i < Math.min(m.end, to); i++) chars[i - from] = MASK;
  const seg = chars.join('');
  const out: Block[] = [];
  BLOCK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BLOCK.exec(seg))) {
    const bStart = from + m.index;
    const text = m[0];
    const hasDigit = /\d/.test(text);
    const before = seg[m.index - 1];
    const after = seg[m.index + text.length];
    const glued = (c: string | undefined): boolean => c !== undefined && !/\s/.test(c) && c !== MASK;
    if (!hasDigit && (glued(before) || glued(after))) continue; // "本年增/减": a slash inside a label
    const toks: Tok[] = [];
    const re = /[^\s|]+/g;
    let t: RegExpExecArray | null;
    while ((t = re.exec(text))) {
      let raw = t[0];
      let s = bStart + t.index;
      // a dot glued to the label ("2." of a row number not matched) or a trailing full stop
      while (raw.startsWith('.')) {
        raw = raw.slice(1);
        s++;
      }
      while (raw.endsWith('.')) raw = raw.slice(0, -1);
      if (!raw) continue;
      if (/^[A-Za-z]+$/.test(raw)) toks.push({ raw, start: s, end: s + raw.length, value: null, reason: 'unreadable' });
      else if (!/\d/.test(raw)) toks.push({ raw, start: s, end: s + raw.length, value: null, reason: 'dash' });
      else if (GROUPED_RE.test(raw)) toks.push({ raw, start: s, end: s + raw.length, value: Number(raw.replace(/,/g, '')) });
      else toks.push({ raw, start: s, end: s + raw.length, value: isCleanNumber(raw) ? Number(raw) : null });
    }
    if (!toks.length) continue;
    const separated = toks.every((tk) => tk.reason === 'dash' || tk.reason === 'unreadable' || tk.value !== null);
    const run: Run = { chars: '', offsets: [] };
    for (const tk of toks) {
      if (tk.reason === 'dash' || tk.reason === 'unreadable') continue;
      for (let i = 0; i < tk.raw.length; i++) {
        if (tk.raw[i] === ',') continue;
        run.chars += tk.raw[i];
        run.offsets.push(tk.start + i);
      }
    }
    const rest = seg.slice(m.index + text.length).replace(/^[ \t]+/, '');
    const unit: Unit | undefined = rest.startsWith('万元') ? '万元' : rest.startsWith('元') ? '元' : undefined;
    if (unit) {
      run.unit = unit;
      toks[toks.length - 1]!.unit = unit;
    }
    out.push({ toks, start: bStart, end: bStart + text.length, separated, run });
  }
  return out;
}

export interface StreamOptions {
  /** For a block shared by several rows: whether a reading (rows × cells) is plausible. */
  plausible?: (rows: number[][]) => boolean;
  /** Other column orders a shared block may come in (printed index of each canonical column). */
  permutations?: number[][];
}

export interface StreamResult {
  rows: RowRead[];
  notes: string[];
}

/** Give each block of numbers to the queued labels it belongs to. */
export function assignBlocks(labels: LabelHit[], blocks: Block[], opts: StreamOptions = {}): StreamResult {
  type Ev = { pos: number; label?: LabelHit; block?: Block };
  const events: Ev[] = [
    ...labels.map((l): Ev => ({ pos: l.start, label: l })),
    ...blocks.map((b): Ev => ({ pos: b.start, block: b })),
  ].sort((a, b) => a.pos - b.pos || (a.label ? -1 : 1));
  const rows: RowRead[] = [];
  const notes: string[] = [];
  let pending: LabelHit[] = [];
  const read = (l: LabelHit): Omit<RowRead, 'cells' | 'run'> => ({ rowId: l.rowId, label: l.match, labelStart: l.start, labelEnd: l.end });
  for (const ev of events) {
    if (ev.label) {
      pending.push(ev.label);
      continue;
    }
    const b = ev.block!;
    if (!pending.length) continue; // numbers that belong to no row (headers, notes)
    const k = b.toks.length;
    if (b.separated) {
      const group = assignColumnwise(pending, b.toks, opts.plausible, opts.permutations);
      if (group) {
        for (const g of group) rows.push({ ...read(g.label), cells: g.cells });
        pending = pending.slice(group.length);
        continue;
      }
      const last = pending[pending.length - 1]!;
      if (k === last.ncols) {
        rows.push({ ...read(last), cells: b.toks });
        pending = [];
        continue;
      }
    }
    const last = pending[pending.length - 1]!;
    if (!b.separated || k < last.ncols) {
      rows.push({ ...read(last), run: b.run });
    } else {
      notes.push(`post2019: ${k} 个数字无法对应到 ${pending.map((p) => p.rowId).join(', ')}（位置 ${b.start}）`);
    }
    pending = [];
  }
  return { rows, notes };
}
