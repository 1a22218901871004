// Run the prose patterns over the report's sentences (tables blanked out) and return every figure found.
import type { Flag } from '../../types.ts';
import type { Detected } from '../detect.ts';
import { locatePre2019Tables } from '../pre2019/locate.ts';
import { COMPILED, type CompiledPattern } from './patterns.ts';
import { parseFigure } from './numerals.ts';
import { yuanToWan } from '../units.ts';
import { blank } from '../clean.ts';

export interface ProseFigure {
  id: string;
  value: number;
  start: number;
  end: number;
  raw: string;
  /** The words of the sentence that matched (figure included). */
  label: string;
  flags: Flag[];
}

const CLAUSE_BREAK = /[，。；：,;:\n]/;

/** Blank the statistics tables so that only sentences are read. Length-preserving. */
export function maskTables(text: string): string {
  // one pass over the text (rebuilding the whole string per table was quadratic in long files)
  const parts: string[] = [];
  let at = 0;
  for (const r of [...locatePre2019Tables(text)].sort((a, b) => a.headerStart - b.headerStart)) {
    const from = Math.max(at, r.headerStart);
    if (r.end <= from) continue;
    parts.push(text.slice(at, from), blank(text.slice(from, r.end)));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function proseFigures(text: string, detected: Detected): ProseFigure[] {
  const legacy = detected.variant === '2008-2013';
  return figuresOf(maskTables(text), COMPILED.filter((p) => !p.legacyOnly || legacy));
}

/**
 * Every figure the patterns find in `body` (tables already blanked), in text order. A pattern with
 * an anchor word is searched from the start of the run of characters a match can hold before the
 * next occurrence of the word (none left: no more matches): no match starts earlier, so the regex
 * finds the same leftmost match the full scan does (`windowed` false: the full scan, for tests).
 */
export function figuresOf(body: string, patterns: readonly CompiledPattern[], windowed = true): ProseFigure[] {
  const out: ProseFigure[] = [];
  for (const p of patterns) {
    if (p.needs && !p.needs.every((w) => body.includes(w))) continue;
    p.re.lastIndex = 0;
    const anchor = windowed ? p.anchor : undefined;
    const next = (): RegExpExecArray | null => {
      if (!anchor) return p.re.exec(body);
      const from = p.re.lastIndex;
      const q = body.indexOf(anchor.word, from);
      if (q < 0) return null;
      let w = q;
      while (w > from && anchor.before(body[w - 1]!)) w--;
      p.re.lastIndex = w;
      return p.re.exec(body);
    };
    for (let m = next(); m; m = next()) {
      if (m[0] === '') {
        p.re.lastIndex++;
        continue;
      }
      if (p.reject?.test(m[0])) continue;
      if (p.notBefore && p.notBefore.test(clauseBefore(body, m.index))) continue;
      const fig = figureOf(m, body, p.zero === true);
      if (!fig) continue;
      out.push({ id: p.id, label: m[0].trim(), ...fig });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function clauseBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 30 && !CLAUSE_BREAK.test(text[s - 1]!)) s--;
  return text.slice(s, at);
}

function figureOf(m: RegExpExecArray, text: string, zero: boolean): Omit<ProseFigure, 'id' | 'label'> | null {
  if (zero) return { value: 0, start: m.index, end: m.index + m[0].length, raw: m[0], flags: [] };
  const idx = m.indices?.groups?.n;
  const n = m.groups?.n;
  if (!idx || !n) return null;
  const fig = parseFigure(n);
  if (!fig) return null;
  const flags: Flag[] = [];
  let value = fig.value;
  if (fig.chinese) flags.push('chinese-numeral');
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (m.groups?.pre || m.groups?.post || /^(以上|左右|上下)/.test(after)) flags.push('approximate');
  if (m.groups?.u === '元') {
    value = yuanToWan(value);
    flags.push('unit-converted');
  }
  return { value, start: idx[0], end: idx[1], raw: text.slice(idx[0], idx[1]), flags };
}
