// What each reading stage (tables, prose) returns, and how stages are merged.
import type { Conflict, Gap, Provenance } from '../types.ts';

export interface Extraction {
  values: Record<string, number>;
  textValues: Record<string, number>;
  provenance: Record<string, Provenance>;
  gaps: Gap[];
  conflicts: Conflict[];
  notes: string[];
}

// The ids of a gap list, grown as gaps are pushed (lists are only ever appended to): readers ask
// "is there a gap for this id already?" once per cell, which was a scan of every gap each time.
const gapIndex = new WeakMap<Gap[], { seen: number; ids: Set<string> }>();

/** Whether `gaps` holds a gap for `id`. */
export function hasGap(gaps: Gap[], id: string): boolean {
  let x = gapIndex.get(gaps);
  if (!x) gapIndex.set(gaps, (x = { seen: 0, ids: new Set() }));
  for (; x.seen < gaps.length; x.seen++) x.ids.add(gaps[x.seen]!.id);
  return x.ids.has(id);
}

export function emptyExtraction(): Extraction {
  return { values: {}, textValues: {}, provenance: {}, gaps: [], conflicts: [], notes: [] };
}

/**
 * Merge a prose reading into a table reading. The table wins: a prose figure only fills an
 * id the table left without a value (and without a blank/ambiguous gap); when both give a value
 * and they differ, the table value stays and the difference is recorded as a conflict.
 */
export function mergeProseIntoTable(table: Extraction, prose: Extraction): Extraction {
  const out: Extraction = {
    values: { ...table.values },
    textValues: { ...table.textValues, ...prose.textValues },
    provenance: { ...table.provenance },
    gaps: [...table.gaps],
    conflicts: [...table.conflicts, ...prose.conflicts],
    notes: [...table.notes, ...prose.notes],
  };
  for (const id of Object.keys(prose.textValues)) out.provenance[id] = prose.provenance[id]!;
  const tableGapIds = new Set(table.gaps.map((g) => g.id));
  for (const [id, v] of Object.entries(prose.values)) {
    const p = prose.provenance[id]!;
    if (id in table.values) {
      const kept = table.values[id]!;
      if (Math.abs(kept - v) > 1e-9) {
        const tp = table.provenance[id]!;
        out.conflicts.push({
          id,
          kept,
          other: v,
          keptSpan: { start: tp.start, end: tp.end },
          otherSpan: { start: p.start, end: p.end },
          note: `表格 ${kept}，正文 ${v}（“${p.label}”）：以表格为准`,
        });
        if (!tp.flags.includes('conflict')) out.provenance[id] = { ...tp, flags: [...tp.flags, 'conflict'] };
      }
    } else if (!tableGapIds.has(id)) {
      out.values[id] = v;
      out.provenance[id] = p;
    }
  }
  for (const g of prose.gaps) if (!(g.id in out.values)) out.gaps.push(g);
  return out;
}
