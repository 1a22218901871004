// The fused-cell decoder. Scraped single-line text concatenates table cells without separators
// ("640020470" = 64,0,0,2,0,4,70). A run is split into cells by enumerating every way to cut it
// into pieces that are well-formed numbers (no leading zeros, a minus only at the start of a
// cell that may be negative, a decimal point only in amount cells), pruned by constraints that
// hold within a row (row total), and then chosen jointly over the whole table with the column
// constraints (solve()). The constraints are the catalog's equations (../decoder-constraints.ts). A cell gets a value only when every surviving reading agrees on it.
import type { CellKind } from './labels.ts';

export type { CellKind };

export interface Split {
  values: number[];
  /** Piece boundaries in the run: cell i is chars [cuts[i], cuts[i+1]). */
  cuts: number[];
}

const VALID: Record<CellKind, RegExp> = {
  int: /^(?:0|[1-9]\d*)$/,
  signed: /^(?:0|-?[1-9]\d*)$/,
  decimal: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

export function validPiece(piece: string, kind: CellKind): boolean {
  return VALID[kind].test(piece);
}

export interface SplitOptions {
  /** Called after cell i got its value; return false to prune. */
  check?: (i: number, values: number[]) => boolean;
  /** Stop after this many splits (the result is then marked truncated). */
  limit?: number;
  /**
   * Hard cap on the search's work (pieces tried), whatever the number of splits found: a long run
   * of digits has exponentially many cuts, most failing only at the row total. Past the cap the
   * result is truncated, which every caller treats as ambiguous.
   */
  maxWork?: number;
  /**
   * The last cell is a total of non-negative cells, so no cell is longer (in digits) than it: a
   * cut that leaves too few characters for such a total is pruned at once.
   */
  lastIsMax?: boolean;
}

/** Pieces one enumerateSplits call may try (~2 ms of work). */
export const MAX_SPLIT_WORK = 20_000;

export interface SplitResult {
  splits: Split[];
  truncated: boolean;
}

/** Every way to cut `chars` into kinds.length well-formed numbers (subject to opts.check). */
export function enumerateSplits(chars: string, kinds: CellKind[], opts: SplitOptions = {}): SplitResult {
  const limit = opts.limit ?? 20000;
  const maxWork = opts.maxWork ?? MAX_SPLIT_WORK;
  let work = 0;
  const n = kinds.length;
  const out: Split[] = [];
  let truncated = false;
  const values: number[] = [];
  const cuts: number[] = [0];
  // Longest piece a cell may take: amounts can be long, counts rarely exceed 9 digits.
  const maxLen = (k: CellKind): number => (k === 'decimal' ? 24 : 12);
  // room[i]: the most characters cells i.. can hold together
  const room: number[] = Array(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) room[i] = room[i + 1]! + maxLen(kinds[i]!);
  const longest: number[] = [0];
  const rec = (i: number, pos: number): void => {
    if (truncated) return;
    if (i === n) {
      if (pos === chars.length) {
        out.push({ values: [...values], cuts: [...cuts] });
        if (out.length >= limit) truncated = true;
      }
      return;
    }
    const remainingCells = n - i - 1;
    const maxEnd = Math.min(chars.length - remainingCells, pos + maxLen(kinds[i]!));
    for (let end = pos + 1; end <= maxEnd; end++) {
      if (++work > maxWork) {
        truncated = true;
        return;
      }
      const piece = chars.slice(pos, end);
      if (!validPiece(piece, kinds[i]!)) {
        // once a piece is invalid because of a leading zero, longer ones are too
        if (/^-?0\d/.test(piece)) break;
        continue;
      }
      // the cells left must be able to take the rest of the run
      if (chars.length - end > room[i + 1]!) continue;
      if (opts.lastIsMax && i < n - 1) {
        longest[i + 1] = Math.max(longest[i]!, end - pos);
        // n-2-i more cells of at least one digit, then a total at least as long as the longest
        if (chars.length - end < n - 2 - i + longest[i + 1]!) break;
      }
      values[i] = Number(piece);
      cuts[i + 1] = end;
      if (opts.check && !opts.check(i, values)) continue;
      rec(i + 1, end);
      if (truncated) return;
    }
    values.length = i;
    cuts.length = i + 1;
  };
  rec(0, 0);
  return { splits: out, truncated };
}

// ------------------------------------------------------------------ joint search

export interface Variable {
  key: string;
  /** Each candidate is a full row of cell values (null = no value in that cell). */
  candidates: Array<Array<number | null>>;
}

/** Σ coef · value(key, col) = 0 */
export interface LinearConstraint {
  name: string;
  terms: Array<{ key: string; col: number; coef: number }>;
}

export interface SolveResult {
  /** Each solution picks one candidate index per variable (same order as the variables). */
  solutions: number[][];
  truncated: boolean;
}

/**
 * Backtracking search over the variables' candidates; a constraint is checked as soon as its
 * last variable is assigned. Constraints that touch a missing row or a null cell are skipped.
 */
export function solve(vars: Variable[], constraints: LinearConstraint[], opts: { limit?: number; nodeLimit?: number } = {}): SolveResult {
  const limit = opts.limit ?? 200;
  const nodeLimit = opts.nodeLimit ?? 200_000;
  const index = new Map(vars.map((v, i) => [v.key, i]));
  const usable = constraints.filter((c) => c.terms.every((t) => index.has(t.key)));
  const byLast: LinearConstraint[][] = vars.map(() => []);
  for (const c of usable) {
    const last = Math.max(...c.terms.map((t) => index.get(t.key)!));
    byLast[last]!.push(c);
  }
  const choice: number[] = [];
  const solutions: number[][] = [];
  let nodes = 0;
  let truncated = false;
  const holds = (c: LinearConstraint): boolean => {
    let s = 0;
    for (const t of c.terms) {
      const vi = index.get(t.key)!;
      const v = vars[vi]!.candidates[choice[vi]!]![t.col];
      if (v === null || v === undefined) return true;
      s += t.coef * v;
    }
    return Math.abs(s) < 1e-6;
  };
  const rec = (i: number): void => {
    if (truncated) return;
    if (i === vars.length) {
      solutions.push([...choice]);
      if (solutions.length >= limit) truncated = true;
      return;
    }
    for (let j = 0; j < vars[i]!.candidates.length; j++) {
      if (++nodes > nodeLimit) {
        truncated = true;
        return;
      }
      choice[i] = j;
      if (byLast[i]!.every(holds)) rec(i + 1);
      if (truncated) return;
    }
  };
  rec(0);
  return { solutions, truncated };
}

export interface CellVerdict {
  value: number | null;
  /** Distinct readings when the cell is ambiguous. */
  candidates: number[];
}

/** Per cell of a variable: one value when all readings agree, else the distinct candidates. */
export function verdicts(candidates: Array<Array<number | null>>, width: number): CellVerdict[] {
  const out: CellVerdict[] = [];
  for (let c = 0; c < width; c++) {
    const seen = [...new Set(candidates.map((cand) => cand[c]).filter((x): x is number => x !== null && x !== undefined))];
    out.push(seen.length === 1 && candidates.every((cand) => cand[c] === seen[0]) ? { value: seen[0]!, candidates: [] } : { value: null, candidates: seen.sort((a, b) => a - b) });
  }
  return out;
}
