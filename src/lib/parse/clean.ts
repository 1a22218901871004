import chrome from './chrome.json' with { type: 'json' };

// Normalise a decoded report for reading WITHOUT changing its length, so every offset
// found in the cleaned text is also an offset into the original text.
// Characters are mapped one to one; removed material (web chrome, Word residue) is
// blanked with spaces; line breaks are kept.

const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\ufeff\u200b\u200c\u200d\u2060\t\v\f]/g;

const MAPPED = /[\uff01-\uff5e\u25cb\u2212]|\r\n?/g;

function mapOne(m: string): string {
  if (m === '\r\n') return ' \n';
  if (m === '\r') return '\n';
  const c = m.charCodeAt(0);
  if (c === 0x25cb) return '〇'; // ○ used as zero in dates
  if (c === 0x2212) return '-';
  return String.fromCharCode(c - 0xfee0); // full-width ASCII
}

/** One-to-one character map: full-width ASCII, odd spaces, Chinese punctuation that matters for numbers. */
export function normaliseChars(text: string): string {
  return text.replace(MAPPED, mapOne).replace(SPACE_LIKE, ' ');
}

/** Patterns of non-report material to blank out (chrome.json, keyed by the source producing it),
 * in file order. Each match is replaced by spaces of the same length. */
const CHROME: RegExp[] = Object.values(chrome.sources).flatMap((s) => s.patterns.map(([source, flags]) => new RegExp(source!, flags)));

/** Every character of `s` but line feeds as a space (same length). */
export function blank(s: string): string {
  // ' '.repeat per line: a regex replacement per character was a visible part of parsing long tables
  if (!s.includes('\n')) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

export interface Cleaned {
  /** Same length as the original. */
  text: string;
  /** Spans that were blanked as chrome. */
  removed: Array<{ start: number; end: number }>;
}

export function clean(original: string): Cleaned {
  let text = normaliseChars(original);
  const removed: Cleaned['removed'] = [];
  for (const re of CHROME) {
    text = text.replace(re, (m: string, ...rest: unknown[]) => {
      const offset = rest.find((x) => typeof x === 'number') as number;
      removed.push({ start: offset, end: offset + m.length });
      return blank(m);
    });
  }
  if (text.length !== original.length) throw new Error('clean() must preserve length');
  return { text, removed };
}
