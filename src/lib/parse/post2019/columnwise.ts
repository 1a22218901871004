// PDF text extracted column by column (pdfminer): a table page comes out as its row labels, then
// the values of the first column for all those rows, then the second column, and so on.
// Given the queued row labels and a block of numbers, find the leading rows that the block fills
// exactly (rows × cells, all rows with the same cell count) and deal the numbers out column-major.
import type { Tok } from './cells.ts';
import type { LabelHit } from './number-blocks.ts';

export interface Dealt {
  label: LabelHit;
  cells: Tok[];
}

/** Column-major: token [c * m + r] is row r, column c. */
export function dealColumnMajor(toks: Tok[], m: number, n: number): Tok[][] {
  return Array.from({ length: m }, (_, r) => Array.from({ length: n }, (_, c) => toks[c * m + r]!));
}

/** Row-major: token [r * n + c]. */
export function dealRowMajor(toks: Tok[], m: number, n: number): Tok[][] {
  return Array.from({ length: m }, (_, r) => toks.slice(r * n, r * n + n));
}

/**
 * Deal a block to the leading queued rows it fills exactly. When several rows share the block and
 * a `plausible` test is given (table 3: row totals), the reading is checked: pdfminer may emit the
 * columns of one page in another order (e.g. 总计 before 其他) or, rarely, row by row, so the
 * alternatives in `permutations` (printed position of each canonical column) and row-major order
 * are tried, first plausible wins; with none plausible the plain column-major reading stays.
 */
export function assignColumnwise(
  pending: LabelHit[],
  toks: Tok[],
  plausible?: (rows: number[][]) => boolean,
  permutations: number[][] = [],
): Dealt[] | null {
  if (!pending.length) return null;
  const n = pending[0]!.ncols;
  let same = 0;
  while (same < pending.length && pending[same]!.ncols === n) same++;
  const k = toks.length;
  if (k % n !== 0) return null;
  const m = k / n;
  if (m < 1 || m > same) return null;
  let rows = dealColumnMajor(toks, m, n);
  if (m > 1 && plausible) {
    const asNums = (rs: Tok[][]): number[][] => rs.map((r) => r.map((t) => t.value ?? NaN));
    const permute = (rs: Tok[][], p: number[]): Tok[][] => rs.map((r) => p.map((i) => r[i]!));
    const identity = Array.from({ length: n }, (_, i) => i);
    const options: Tok[][][] = [];
    for (const deal of [dealColumnMajor(toks, m, n), dealRowMajor(toks, m, n)]) {
      for (const p of [identity, ...permutations.filter((q) => q.length === n)]) options.push(permute(deal, p));
    }
    const ok = options.find((o) => plausible(asNums(o)));
    if (ok) rows = ok;
  }
  return rows.map((cells, r) => ({ label: pending[r]!, cells }));
}
