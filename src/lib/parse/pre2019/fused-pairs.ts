// Decoding fused annual|cumulative digit runs ("4251516" = 425 | 1516) with the form's constraints:
// cumulative ≥ annual, no leading zeros, 其中 rows ≤ their parent row in both columns, and where
// possible the catalog's equations over the group's rows (parent = Σ 其中 rows, in both columns;
// ../decoder-constraints.ts). Ties left are broken only by the same indicator's figure in the
// report's prose; otherwise the row stays ambiguous (no value).
import { holds, type IndexedEquation } from '../decoder-constraints.ts';

export type Pair = readonly [annual: number, cumulative: number];

/** Every reading of a digit run as two cells. */
export function splits(digits: string): Pair[] {
  const out: Pair[] = [];
  for (let i = 1; i < digits.length; i++) {
    const a = digits.slice(0, i);
    const c = digits.slice(i);
    if (!okPart(a) || !okPart(c)) continue;
    const av = Number(a);
    const cv = Number(c);
    if (cv < av) continue;
    out.push([av, cv]);
  }
  return out;
}

function okPart(s: string): boolean {
  return s === '0' || !s.startsWith('0');
}

export interface GroupRow {
  /** Possible [annual, cumulative] readings; null when the row can't be read as two cells. */
  options: Pair[] | null;
  /** Prose figures for the same indicator (tie-breaker). */
  hints: ReadonlySet<number>;
}

export interface Decision {
  /** The annual value, when every surviving reading agrees. */
  value: number | null;
  /** Distinct annual candidates left. */
  candidates: number[];
  /** Catalog rules the value was chosen by. */
  decodedWith: string[];
}

const MAX_COMBOS = 50_000;

/**
 * Decide the annual value of each row of a group: rows[0] is the parent, rows[1..] its 其中 rows
 * (a group of one row is allowed). `equations`: the catalog's equations over the rows' positions.
 */
export function decodeGroup(rows: GroupRow[], equations: readonly IndexedEquation[] = []): Decision[] {
  const known = rows.map((r) => r.options ?? null);
  const total = known.reduce((n, o) => n * (o ? Math.max(o.length, 1) : 1), 1);
  if (total > MAX_COMBOS || rows.length === 1) return rows.map((r) => decideAlone(r));
  let combos = product(known.map((o) => (o && o.length ? o : [null])));
  const parent = 0;
  const constrained = (c: Array<Pair | null>) => c[parent] !== null;
  // hard: every 其中 row ≤ parent in both columns
  const hard = combos.filter((c) => !constrained(c) || c.every((p, i) => i === parent || !p || (p[0] <= c[parent]![0] && p[1] <= c[parent]![1])));
  if (hard.length) combos = hard;
  // the catalog's equations over rows that are all readable, in both columns
  const used: IndexedEquation[] = [];
  for (const eq of equations) {
    if (!eq.terms.every((t) => known[t.i]?.length)) continue;
    const exact = combos.filter((c) => [0, 1].every((col) => holds(eq, c.map((p) => (p ? p[col] : null)))));
    if (exact.length) {
      combos = exact;
      used.push(eq);
    }
  }
  // prose figures for the same indicator
  rows.forEach((r, i) => {
    if (!r.hints.size) return;
    const hinted = combos.filter((c) => c[i] && r.hints.has(c[i]![0]));
    if (hinted.length) combos = hinted;
  });
  return rows.map((r, i) => {
    if (!r.options || !r.options.length) return { value: null, candidates: [], decodedWith: [] };
    const vals = [...new Set(combos.map((c) => c[i]![0]))];
    const decodedWith = used.filter((e) => e.terms.some((t) => t.i === i)).map((e) => e.rule);
    return { value: vals.length === 1 ? vals[0]! : null, candidates: vals.sort((a, b) => a - b), decodedWith };
  });
}

function decideAlone(r: GroupRow): Decision {
  if (!r.options || !r.options.length) return { value: null, candidates: [], decodedWith: [] };
  let vals = [...new Set(r.options.map((p) => p[0]))];
  if (vals.length > 1 && r.hints.size) {
    const hinted = vals.filter((v) => r.hints.has(v));
    if (hinted.length) vals = hinted;
  }
  return { value: vals.length === 1 ? vals[0]! : null, candidates: vals.sort((a, b) => a - b), decodedWith: [] };
}

function product<T>(lists: T[][]): T[][] {
  let out: T[][] = [[]];
  for (const l of lists) {
    const next: T[][] = [];
    for (const prefix of out) for (const x of l) next.push([...prefix, x]);
    out = next;
  }
  return out;
}
