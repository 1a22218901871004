// Figures a report states in sentences.
// Pre-2019 reports and reports without a template (scorecards): every pattern in patterns.ts.
// An id stated twice with different figures gets no value (Gap 'ambiguous'). Post-2019 reports
// carry their figures in the three tables; their sentences give the text.* ids (post2019.ts).
import type { Detected } from '../detect.ts';
import { emptyExtraction, type Extraction } from '../extraction.ts';
import { proseFigures, type ProseFigure } from './scan.ts';
import { readPost2019Prose } from './post2019.ts';

export function readProse(text: string, detected: Detected, _tables: Extraction): Extraction {
  const out = emptyExtraction();
  if (detected.template === 'post2019') return readPost2019Prose(text);
  const byId = new Map<string, ProseFigure[]>();
  for (const f of proseFigures(text, detected)) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  for (const [id, figs] of byId) {
    const distinct = [...new Set(figs.map((f) => f.value))];
    if (distinct.length > 1) {
      out.gaps.push({
        id,
        reason: 'ambiguous',
        start: figs[0]!.start,
        end: figs[figs.length - 1]!.end,
        candidates: distinct.sort((a, b) => a - b),
        note: `正文多处给出不同数字: ${figs.map((f) => f.raw).join(' / ')}`,
      });
      continue;
    }
    const f = figs[0]!;
    out.values[id] = f.value;
    out.provenance[id] = { source: 'prose', start: f.start, end: f.end, label: f.label, raw: f.raw, flags: f.flags };
  }
  return out;
}

/** Every prose figure per id (all readings, for the table decoder's tie-breaks). */
export function proseHints(text: string, detected: Detected): Map<string, Set<number>> {
  const hints = new Map<string, Set<number>>();
  for (const f of proseFigures(text, detected)) {
    const s = hints.get(f.id) ?? new Set<number>();
    s.add(f.value);
    hints.set(f.id, s);
  }
  return hints;
}
