// Room to leave for a chart label whose width cannot be measured where it is laid out (the plain
// SVG is drawn on the server, and the Recharts chart must fill the very same box). The phone's font
// is unknown, so this is an upper bound, not an estimate: CJK ideographs and CJK fonts' punctuation
// (… ▲ （）) are 1 em wide in every font, and so is budgeted every other character (Latin capitals
// and m/w reach ~1 em in wide fonts such as DejaVu Sans) except the ones that are narrow in every font.
const NARROW = new Set([...'0123456789 .,:;-\'()/']);
/** Width of a narrow character (ASCII digits are 0.64 em in DejaVu Sans, less in other fonts). */
export const NARROW_EM = 0.65;

/** The widest `text` can be at `fontSize` px, in px. */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += NARROW.has(ch) ? NARROW_EM : 1;
  return em * fontSize;
}
