// Names of divisions renamed or merged since 2008 (history.json): reports of those years use them.
// renamed → the same body now under the successor's name/code (its reports join that series);
// merged → the area is part of the successor now; the old name gets no code, never the successor's.
import raw from './history.json' with { type: 'json' };
import { divisionByCode, type DivisionPlace } from './division.ts';

export interface HistoricalName {
  name: string;
  /** The code the division had under this name. */
  code: string;
  kind: 'renamed' | 'merged';
  /** Year the change took effect. */
  year: number;
  /** The current division: the same body (renamed) or the one it became part of (merged). */
  successor: DivisionPlace;
  note: string;
}

function load(): Map<string, HistoricalName> {
  const out = new Map<string, HistoricalName>();
  for (const c of raw.changes) {
    const successor = divisionByCode(c.successor);
    if (!successor) throw new Error(`history.json: ${c.name}: successor ${c.successor} is not in divisions.json`);
    if (c.kind !== 'renamed' && c.kind !== 'merged') throw new Error(`history.json: ${c.name}: unknown kind ${c.kind}`);
    if (out.has(c.name)) throw new Error(`history.json: ${c.name} is listed twice`);
    out.set(c.name, { name: c.name, code: c.code, kind: c.kind, year: c.year, successor, note: c.note });
  }
  return out;
}

const BY_NAME = load();

export const HISTORICAL_NAMES: readonly HistoricalName[] = [...BY_NAME.values()];

/** The renamed or merged division once called `name`, else null. */
export function historicalName(name: string): HistoricalName | null {
  return BY_NAME.get(name) ?? null;
}
