// Memoised download bodies (the endpoints serve them; /data/ lists their sizes).
import { getIndex } from './reports.ts';
import {
  INDICATOR_FIELDS, LONG_FIELDS, README, idsWithValues, indicatorRows, longRows, reportIndexEntry, toCsv, wideTable,
} from '../lib/site/downloads.ts';

const memo = new Map<string, Promise<string>>();
function once(key: string, f: () => Promise<string>): Promise<string> {
  if (!memo.has(key)) memo.set(key, f());
  return memo.get(key)!;
}

export const reportsJson = () =>
  once('reports.json', async () => JSON.stringify((await getIndex()).reports.map(reportIndexEntry), null, 1));

export const longCsv = () =>
  once('long', async () => toCsv(LONG_FIELDS, (await getIndex()).reports.flatMap((r) => longRows(r)) as unknown as Array<Record<string, unknown>>));

export const wideCsv = () =>
  once('wide', async () => {
    const { fields, rows } = wideTable((await getIndex()).reports);
    return toCsv(fields, rows);
  });

export const indicatorIds = async () => idsWithValues((await getIndex()).reports);

export const indicatorCsv = (id: string) =>
  once(`ind:${id}`, async () => toCsv(INDICATOR_FIELDS, indicatorRows(id, (await getIndex()).reports)));

export const readme = () => Promise.resolve(README);

export const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
