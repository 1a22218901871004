// A JavaScript data file that carries the report as one HTML string
// (e.g. `let content = "<p>…</p><table>…</table>"` in a portal demo app) → that HTML string.
// The file is scanned, not executed: every string literal is decoded and the one holding the
// most HTML markup wins.

export interface JsHtml {
  html: string;
  /** Offsets of the literal (quotes included) in the JS source. */
  start: number;
  end: number;
  /** Name of the variable or key the string was assigned to, when visible. */
  name: string | null;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decode one JS string literal starting at `start` (the quote). Returns the value and the end offset. */
export function readStringLiteral(src: string, start: number): { value: string; end: number } | null {
  const q = src[start];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  let out = '';
  let i = start + 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === q) return { value: out, end: i + 1 };
    if (q === '`' && c === '$' && src[i + 1] === '{') return null; // template with substitutions: not data
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return null;
      if (n === 'u') {
        const m = /^u\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})/.exec(src.slice(i + 1, i + 12));
        if (m) {
          out += String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16));
          i += 1 + m[0].length;
          continue;
        }
      }
      if (n === 'x') {
        const m = /^x([0-9a-fA-F]{2})/.exec(src.slice(i + 1, i + 4));
        if (m) {
          out += String.fromCharCode(parseInt(m[1]!, 16));
          i += 4;
          continue;
        }
      }
      if (n === '\r' && src[i + 2] === '\n') {
        i += 3; // line continuation
        continue;
      }
      if (n === '\n' || n === '\r') {
        i += 2;
        continue;
      }
      out += ESCAPES[n] ?? n;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return null;
}

function markup(s: string): number {
  return (s.match(/<\/?(p|table|tr|td|th|div|br|span|h\d)\b/gi) ?? []).length;
}

/** Skip a // or /* comment at i; returns the offset after it, or i when there is none. */
function skipComment(src: string, i: number): number {
  if (src[i] !== '/') return i;
  if (src[i + 1] === '/') {
    const e = src.indexOf('\n', i);
    return e < 0 ? src.length : e;
  }
  if (src[i + 1] === '*') {
    const e = src.indexOf('*/', i + 2);
    return e < 0 ? src.length : e + 2;
  }
  return i;
}

/** All string literals of a JS source, in order. */
export function stringLiterals(src: string): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  let i = 0;
  while (i < src.length) {
    const j = skipComment(src, i);
    if (j !== i) {
      i = j;
      continue;
    }
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      const lit = readStringLiteral(src, i);
      if (lit) {
        out.push({ value: lit.value, start: i, end: lit.end });
        i = lit.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** The HTML report held in a JS data file, or null when no string literal contains HTML. */
export function extractHtmlFromJs(src: string): JsHtml | null {
  let best: JsHtml | null = null;
  let bestScore = 0;
  for (const lit of stringLiterals(src)) {
    const score = markup(lit.value);
    if (score > bestScore) {
      const before = src.slice(Math.max(0, lit.start - 80), lit.start);
      const m = /([A-Za-z_$][\w$]*)["']?\s*[:=]\s*$/.exec(before);
      best = { html: lit.value, start: lit.start, end: lit.end, name: m?.[1] ?? null };
      bestScore = score;
    }
  }
  return best;
}
