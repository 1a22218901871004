// The fused-cell decoder. Scraped single-line text concatenates table cells without separators
// ("640020470" = 64,0,0,2,0,4,70). A run is split into cells by enumerating every way to cut it
// into pieces that are well-formed numbers (no leading zeros, a minus only at the start of a
// cell that may be negative, a decimal point only in amount cells), pruned by constraints that
// hold within a row (row total), and then chosen jointly over the whole table with the column
// constraints (solve()). The constraints are the catalog's equations (../decoder-constraints.ts).
// A cell gets a value only when every surviving reading agrees on it.
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
   * The last cell is a total of non-negative cells, so no cell is greater than it. For count cells
   * the total is then cut first (the run's tail, at most 12 digits) and every other cell is bounded
   * by it: a piece greater than the total ends its loop, and `partial` prunes by the sums.
   */
  lastIsMax?: boolean;
  /**
   * With lastIsMax: called after cell i (i < n − 1) got its value, values[n − 1] (the total) being
   * set already; return false when the sums can no longer hold (see decoder-constraints partialCheck).
   */
  partial?: (i: number, values: number[]) => boolean;
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
  if (opts.lastIsMax && n >= 2 && kinds.every((k) => k === 'int')) return totalFirst(chars, n, opts, limit, maxWork);
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

/** Count cells whose last cell is their total: the total first, then the cells before it, each ≤ it. */
function totalFirst(chars: string, n: number, opts: SplitOptions, limit: number, maxWork: number): SplitResult {
  let work = 0;
  const out: Split[] = [];
  let truncated = false;
  const values: number[] = Array(n).fill(0);
  const cuts: number[] = Array(n + 1).fill(0);
  cuts[n] = chars.length;
  let end0 = 0; // where the total starts
  let totalLen = 0;
  const rec = (i: number, pos: number): void => {
    if (i === n - 1) {
      if (pos !== end0) return;
      if (opts.check && !opts.check(n - 1, values)) return;
      out.push({ values: [...values], cuts: [...cuts] });
      if (out.length >= limit) truncated = true;
      return;
    }
    const remainingCells = n - 2 - i;
    // no cell is longer than the total
    const maxEnd = Math.min(end0 - remainingCells, pos + totalLen);
    // the cells after this one must be able to take the rest before the total
    const minEnd = end0 - remainingCells * totalLen;
    for (let end = Math.max(pos + 1, minEnd); end <= maxEnd; end++) {
      if (++work > maxWork) {
        truncated = true;
        return;
      }
      if (end - pos > 1 && chars[pos] === '0') break; // leading zero
      const piece = chars.slice(pos, end);
      if (!isDigits(piece)) continue;
      const v = Number(piece);
      if (v > values[n - 1]!) break; // longer pieces are greater still
      values[i] = v;
      cuts[i + 1] = end;
      if (opts.partial && !opts.partial(i, values)) continue;
      if (opts.check && !opts.check(i, values)) continue;
      rec(i + 1, end);
      if (truncated) return;
    }
  };
  for (let start = chars.length - 1; start >= Math.max(n - 1, chars.length - 12); start--) {
    if (++work > maxWork) {
      truncated = true;
      break;
    }
    const piece = chars.slice(start);
    if (!validPiece(piece, 'int')) continue;
    end0 = start;
    totalLen = piece.length;
    // the n − 1 cells before the total hold at most totalLen digits each
    if (start > (n - 1) * totalLen) continue;
    values[n - 1] = Number(piece);
    cuts[n - 1] = start;
    rec(0, 0);
    if (truncated) break;
  }
  return { splits: out, truncated };
}

function isDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
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
 * Backtracking search over the variables' candidates, fewest candidates first. After each choice
 * every constraint touching the variable is tested with interval bounds: the chosen values plus, for
 * each variable not yet chosen, the least and greatest value its candidates give that cell; a
 * constraint whose bounds exclude 0 prunes the branch at once (not only when its last variable is
 * chosen). Constraints that touch a missing row, or a null cell of the chosen candidate, are skipped.
 * `nodeLimit` caps the work; past it the result is truncated (callers treat it as ambiguous).
 */
export function solve(vars: Variable[], constraints: LinearConstraint[], opts: { limit?: number; nodeLimit?: number } = {}): SolveResult {
  const limit = opts.limit ?? 200;
  const nodeLimit = opts.nodeLimit ?? 50_000;
  // search order: fewest candidates first (printed rows fix their values before fused ones are tried)
  const order = vars.map((_, i) => i).sort((a, b) => vars[a]!.candidates.length - vars[b]!.candidates.length || a - b);
  const pos = new Map(order.map((vi, k) => [vars[vi]!.key, k]));
  const cand = order.map((vi) => vars[vi]!.candidates);
  interface Term { k: number; col: number; coef: number; lo: number; hi: number }
  const compiled: Term[][] = [];
  for (const c of constraints) {
    if (!c.terms.every((t) => pos.has(t.key))) continue;
    compiled.push(
      c.terms.map((t) => {
        const k = pos.get(t.key)!;
        let lo = Infinity;
        let hi = -Infinity;
        for (const row of cand[k]!) {
          const v = row[t.col];
          if (v === null || v === undefined) {
            lo = -Infinity;
            hi = Infinity;
            break;
          }
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        return { k, col: t.col, coef: t.coef, lo, hi };
      }),
    );
  }
  const touching: Term[][][] = cand.map(() => []);
  for (const terms of compiled) for (const k of new Set(terms.map((t) => t.k))) touching[k]!.push(terms);
  const choice: number[] = [];
  const solutions: number[][] = [];
  let nodes = 0;
  let truncated = false;
  /** Whether the constraint can still hold with variables 0..upto chosen. */
  const feasible = (terms: Term[], upto: number): boolean => {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (t.k <= upto) {
        const v = cand[t.k]![choice[t.k]!]![t.col];
        if (v === null || v === undefined) return true;
        lo += t.coef * v;
        hi += t.coef * v;
      } else if (t.coef > 0) {
        lo += t.coef * t.lo;
        hi += t.coef * t.hi;
      } else {
        lo += t.coef * t.hi;
        hi += t.coef * t.lo;
      }
    }
    return lo <= 1e-6 && hi >= -1e-6;
  };
  /** Every constraint touching variable k can still hold (as touching[k].every(feasible), without a closure per node). */
  const allFeasible = (k: number): boolean => {
    const list = touching[k]!;
    for (let i = 0; i < list.length; i++) if (!feasible(list[i]!, k)) return false;
    return true;
  };
  const rec = (k: number): void => {
    if (k === cand.length) {
      const sol: number[] = [];
      order.forEach((vi, kk) => (sol[vi] = choice[kk]!));
      solutions.push(sol);
      if (solutions.length >= limit) truncated = true;
      return;
    }
    const n = cand[k]!.length;
    for (let j = 0; j < n; j++) {
      if (++nodes > nodeLimit) {
        truncated = true;
        return;
      }
      choice[k] = j;
      if (allFeasible(k)) rec(k + 1);
      if (truncated) return;
    }
  };
  rec(0);
  return { solutions, truncated };
}

/**
 * Whether any choice of one candidate per variable satisfies every constraint the way solve()
 * accepts one (a constraint holds, or touches a null cell of a chosen candidate), decided by a
 * search with forward checking: after each choice, each candidate of a variable not yet chosen is
 * kept only while every constraint can still hold with it, by interval bounds over the other
 * variables' remaining candidates. Exact (it only drops candidates no solution can use); null when
 * the search passes nodeLimit. Proving there is none is how a table whose fused rows admit no joint
 * reading avoids solve()'s walk to its node cap.
 */
export function hasSolution(vars: Variable[], constraints: LinearConstraint[], nodeLimit = 20_000): boolean | null {
  const index = new Map(vars.map((v, i) => [v.key, i]));
  const cand = vars.map((v) => v.candidates);
  const cons = constraints
    .filter((c) => c.terms.every((t) => index.has(t.key)))
    .map((c) => c.terms.map((t) => ({ v: index.get(t.key)!, col: t.col, coef: t.coef })));
  const touching: number[][] = vars.map(() => []);
  cons.forEach((terms, ci) => {
    for (const v of new Set(terms.map((t) => t.v))) touching[v]!.push(ci);
  });
  let domains: number[][] = cand.map((c) => c.map((_, j) => j));
  const chosen: number[] = vars.map(() => -1);
  let nodes = 0;
  const value = (v: number, j: number, col: number): number | null => cand[v]![j]![col] ?? null;
  /** The least and greatest a term of an unchosen variable can add, over its remaining candidates (unbounded with a null cell). */
  const spread = (t: { v: number; col: number; coef: number }): [number, number] => {
    let min = Infinity;
    let max = -Infinity;
    for (const k of domains[t.v]!) {
      const x = value(t.v, k, t.col);
      if (x === null) {
        min = -Infinity;
        max = Infinity;
        break;
      }
      if (x < min) min = x;
      if (x > max) max = x;
    }
    return t.coef > 0 ? [t.coef * min, t.coef * max] : [t.coef * max, t.coef * min];
  };
  /** Whether constraint ci can still hold, with variable `who` (if not chosen) taking candidate `as`. */
  const holds = (ci: number, who: number, as: number): boolean => {
    let lo = 0;
    let hi = 0;
    for (const t of cons[ci]!) {
      const j = chosen[t.v]! >= 0 ? chosen[t.v]! : t.v === who ? as : -1;
      if (j >= 0) {
        const x = value(t.v, j, t.col);
        if (x === null) return true;
        lo += t.coef * x;
        hi += t.coef * x;
        continue;
      }
      const [l, h] = spread(t);
      lo += l;
      hi += h;
    }
    return lo <= 1e-6 && hi >= -1e-6;
  };
  const varsOf = cons.map((terms) => [...new Set(terms.map((t) => t.v))]);
  /**
   * The candidates of variable v (not chosen) with which constraint ci can still hold (as
   * domains[v].filter((j) => holds(ci, v, j)), the other terms' bounds summed once).
   */
  const narrow = (ci: number, v: number): number[] => {
    let lo = 0;
    let hi = 0;
    const own: Array<{ col: number; coef: number }> = [];
    for (const t of cons[ci]!) {
      if (t.v === v) {
        own.push(t);
        continue;
      }
      const j = chosen[t.v]!;
      if (j >= 0) {
        const x = value(t.v, j, t.col);
        if (x === null) return domains[v]!;
        lo += t.coef * x;
        hi += t.coef * x;
        continue;
      }
      const [l, h] = spread(t);
      lo += l;
      hi += h;
    }
    return domains[v]!.filter((j) => {
      let l = lo;
      let h = hi;
      for (const t of own) {
        const x = value(v, j, t.col);
        if (x === null) return true;
        l += t.coef * x;
        h += t.coef * x;
      }
      return l <= 1e-6 && h >= -1e-6;
    });
  };
  /** Narrow the domains by the queued constraints until nothing changes; false when one empties or a constraint fails. */
  const propagate = (queue: number[]): boolean => {
    const queued = new Set(queue);
    while (queue.length) {
      const ci = queue.pop()!;
      queued.delete(ci);
      if (!holds(ci, -1, -1)) return false;
      for (const v of varsOf[ci]!) {
        if (chosen[v]! >= 0) continue;
        const kept = narrow(ci, v);
        if (!kept.length) return false;
        if (kept.length === domains[v]!.length) continue;
        domains[v] = kept;
        for (const other of touching[v]!) if (other !== ci && !queued.has(other)) (queued.add(other), queue.push(other));
      }
    }
    return true;
  };
  const search = (): boolean | null => {
    let best = -1;
    for (let v = 0; v < vars.length; v++) if (chosen[v]! < 0 && (best < 0 || domains[v]!.length < domains[best]!.length)) best = v;
    if (best < 0) return true;
    const saved = domains;
    for (const j of saved[best]!) {
      if (++nodes > nodeLimit) return null;
      domains = saved.slice();
      domains[best] = [j];
      chosen[best] = j;
      const found = propagate([...touching[best]!]) ? search() : false;
      chosen[best] = -1;
      if (found !== false) {
        domains = saved;
        return found;
      }
    }
    domains = saved;
    return false;
  };
  if (vars.some((v) => v.candidates.length === 0)) return false;
  if (!propagate(cons.map((_, ci) => ci))) return false;
  return search();
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
