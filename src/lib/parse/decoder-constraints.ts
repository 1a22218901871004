// The fused-cell decoders' constraints, built from the catalog's rules (the form's sums), never
// written again here: a digit run is split into cells only in ways the catalog's equations accept
// (validate/linear.ts: error and definition rules that are linear equations). The rules a decoder
// used are recorded on the values it decoded (provenance.decodedWith), and their checks are then
// reported as USED_FOR_DECODING, not PASS: a rule used to choose the reading can only hold.
import { linearEquations } from '../validate/linear.ts';
import { T3_ROWS } from './post2019/labels.ts';

/** Σ coef · values[i] = 0 over positions of an id list. */
export interface IndexedEquation {
  rule: string;
  terms: Array<{ i: number; coef: number }>;
  /** The largest position: the equation can be checked once the cell there has its value. */
  last: number;
}

// The equations depend only on the ids (and the catalog): every report asks for the same few id
// lists, so each is worked out once per process. Callers only read them.
const overCache = new Map<string, IndexedEquation[]>();

/** The catalog equations whose every id is in `ids`, over the positions of those ids. */
export function equationsOver(ids: readonly string[]): IndexedEquation[] {
  const key = ids.join('\0');
  let eqs = overCache.get(key);
  if (!eqs) overCache.set(key, (eqs = computeEquationsOver(ids)));
  return eqs;
}

function computeEquationsOver(ids: readonly string[]): IndexedEquation[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  const out: IndexedEquation[] = [];
  for (const eq of linearEquations()) {
    if (!eq.terms.every((t) => at.has(t.id))) continue;
    const terms = eq.terms.map((t) => ({ i: at.get(t.id)!, coef: t.coef }));
    out.push({ rule: eq.rule, terms, last: Math.max(...terms.map((t) => t.i)) });
  }
  return out;
}

/** Whether an equation holds for the values (true when one of its cells has no value). */
export function holds(eq: IndexedEquation, values: ReadonlyArray<number | null | undefined>): boolean {
  let s = 0;
  for (const t of eq.terms) {
    const v = values[t.i];
    if (v === null || v === undefined || Number.isNaN(v)) return true;
    s += t.coef * v;
  }
  return Math.abs(s) < 1e-9;
}

/**
 * An enumerateSplits `partial` check for cells whose last one (position `last`) is the total of
 * non-negative cells: with cells 0..i and the total known, each equation must still be able to
 * hold when every other cell lies between 0 and the total.
 */
export function partialCheck(eqs: readonly IndexedEquation[], last: number): (i: number, values: number[]) => boolean {
  return (i, values) => {
    const cap = values[last]!;
    for (const e of eqs) {
      let lo = 0;
      let hi = 0;
      for (const t of e.terms) {
        if (t.i <= i || t.i === last) {
          lo += t.coef * values[t.i]!;
          hi += t.coef * values[t.i]!;
        } else if (t.coef > 0) hi += t.coef * cap;
        else lo += t.coef * cap;
      }
      if (lo > 1e-9 || hi < -1e-9) return false;
    }
    return true;
  };
}

/** An enumerateSplits check: each equation is tested as soon as its last cell has a value. */
export function splitCheck(eqs: readonly IndexedEquation[]): (i: number, values: number[]) => boolean {
  const byLast = new Map<number, IndexedEquation[]>();
  for (const e of eqs) byLast.set(e.last, [...(byLast.get(e.last) ?? []), e]);
  return (i, values) => (byLast.get(i) ?? []).every((e) => holds(e, values));
}

// ------------------------------------------------------------------ table 3 (post-2019)

const T3_ID = /^t3\.(.+)\.([a-z_]+)$/;

/** A table-3 id's row and column: t3.denied.state_secret.natural → denied.state_secret, natural. */
export function t3Cell(id: string): { row: string; col: string } | null {
  const m = T3_ID.exec(id);
  return m ? { row: m[1]!, col: m[2]! } : null;
}

/** The equations within one table-3 row (row total, 法人或其他组织), over the positions of `cols`. */
export function t3RowEquations(rowId: string, cols: readonly string[]): IndexedEquation[] {
  return equationsOver(cols.map((c) => `t3.${rowId}.${c}`));
}

let shared: Map<string, Array<{ col: string; coef: number }>> | null = null;

/**
 * The within-row equations every printed table-3 row has (the row total, the 法人或其他组织 subtotal),
 * written over columns: what a reading of a row whose label is not known yet must satisfy.
 */
function sharedRowShapes(): Map<string, Array<{ col: string; coef: number }>> {
  if (shared) return shared;
  const byRow = new Map<string, Map<string, Array<{ col: string; coef: number }>>>();
  for (const eq of linearEquations()) {
    const cells = eq.terms.map((t) => ({ cell: t3Cell(t.id), coef: t.coef }));
    if (!cells.every((c) => c.cell)) continue;
    const rows = new Set(cells.map((c) => c.cell!.row));
    if (rows.size !== 1) continue;
    const terms = cells.map((c) => ({ col: c.cell!.col, coef: c.coef })).sort((a, b) => a.col.localeCompare(b.col));
    const shape = terms.map((t) => `${t.coef}*${t.col}`).join(' ');
    const row = [...rows][0]!;
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)!.set(shape, terms);
  }
  // the printed rows only (subtotal rows such as t3.denied are derived, never read)
  const all = T3_ROWS.map((d) => byRow.get(d.id) ?? new Map<string, Array<{ col: string; coef: number }>>());
  shared = new Map([...(all[0] ?? new Map())].filter(([shape]) => all.every((m) => m.has(shape))));
  return shared;
}

const sharedByCols = new Map<string, IndexedEquation[]>();

/** The equations every printed table-3 row has (row total, 法人或其他组织), over the positions of `cols`. */
export function t3SharedRowEquations(cols: readonly string[]): IndexedEquation[] {
  const key = cols.join(',');
  let eqs = sharedByCols.get(key);
  if (!eqs) {
    const at = new Map(cols.map((c, i) => [c, i]));
    eqs = [...sharedRowShapes().values()]
      .filter((terms) => terms.every((t) => at.has(t.col)))
      .map((terms) => {
        const ts = terms.map((t) => ({ i: at.get(t.col)!, coef: t.coef }));
        return { rule: '', terms: ts, last: Math.max(...ts.map((t) => t.i)) };
      });
    sharedByCols.set(key, eqs);
  }
  return eqs;
}

/** Whether a reading of a table-3 row (values in `cols` order) satisfies the equations every row has. */
export function t3RowConsistent(cols: readonly string[], values: ReadonlyArray<number | null | undefined>): boolean {
  return t3SharedRowEquations(cols).every((e) => holds(e, values));
}

/** Σ coef · value(row, col) = 0 over several rows of table 3 (balance per column, 总计 = Σ results). */
export interface TableEquation {
  rule: string;
  terms: Array<{ row: string; col: number; coef: number }>;
}

const tableCache = new Map<string, TableEquation[]>();

/** The equations across table-3 rows, over the positions of `cols`; those touching other columns are left out. */
export function t3TableEquations(cols: readonly string[]): TableEquation[] {
  const key = cols.join(',');
  let eqs = tableCache.get(key);
  if (!eqs) tableCache.set(key, (eqs = computeTableEquations(cols)));
  return eqs;
}

function computeTableEquations(cols: readonly string[]): TableEquation[] {
  const at = new Map(cols.map((c, i) => [c, i]));
  const out: TableEquation[] = [];
  for (const eq of linearEquations()) {
    const cells = eq.terms.map((t) => ({ cell: t3Cell(t.id), coef: t.coef }));
    if (!cells.every((c) => c.cell && at.has(c.cell.col))) continue;
    if (new Set(cells.map((c) => c.cell!.row)).size < 2) continue;
    out.push({ rule: eq.rule, terms: cells.map((c) => ({ row: c.cell!.row, col: at.get(c.cell!.col)!, coef: c.coef })) });
  }
  return out;
}
