import { describe, expect, it } from 'vitest';
import { emptyExtraction, hasGap, mergeProseIntoTable, type Extraction } from '../../../../src/lib/parse/extraction.ts';
import type { Provenance } from '../../../../src/lib/types.ts';

const prov = (source: 'table' | 'prose', start: number, raw: string): Provenance => ({
  source, start, end: start + raw.length, label: 'x', raw, flags: [],
});

function ex(values: Record<string, [number, number]>, source: 'table' | 'prose'): Extraction {
  const e = emptyExtraction();
  for (const [id, [v, at]] of Object.entries(values)) {
    e.values[id] = v;
    e.provenance[id] = prov(source, at, String(v));
  }
  return e;
}

describe('mergeProseIntoTable', () => {
  it('keeps the table value and records a conflict when prose disagrees', () => {
    const out = mergeProseIntoTable(ex({ 'requests.answered.granted': [9, 100] }, 'table'), ex({ 'requests.answered.granted': [205, 10] }, 'prose'));
    expect(out.values['requests.answered.granted']).toBe(9);
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]).toMatchObject({ id: 'requests.answered.granted', kept: 9, other: 205, keptSpan: { start: 100, end: 101 }, otherSpan: { start: 10, end: 13 } });
    expect(out.provenance['requests.answered.granted']!.flags).toContain('conflict');
  });

  it('records no conflict when prose agrees', () => {
    const out = mergeProseIntoTable(ex({ 'requests.received': [210, 5] }, 'table'), ex({ 'requests.received': [210, 900] }, 'prose'));
    expect(out.conflicts).toEqual([]);
    expect(out.provenance['requests.received']!.source).toBe('table');
  });

  it('fills ids the table does not have from prose', () => {
    const out = mergeProseIntoTable(emptyExtraction(), ex({ 'org.staff': [11, 40] }, 'prose'));
    expect(out.values).toEqual({ 'org.staff': 11 });
    expect(out.provenance['org.staff']!.source).toBe('prose');
  });

  it('does not fill a cell the table left blank or ambiguous', () => {
    const table = emptyExtraction();
    table.gaps.push({ id: 'review.total', reason: 'blank' });
    const out = mergeProseIntoTable(table, ex({ 'review.total': [0, 3] }, 'prose'));
    expect(out.values).toEqual({});
    expect(out.gaps.map((g) => g.id)).toEqual(['review.total']);
  });
});

describe('hasGap', () => {
  it('sees the gaps of a list, also those pushed after it was first asked', () => {
    const ex = emptyExtraction();
    ex.gaps.push({ id: 'a', reason: 'blank', start: 0, end: 0, raw: '' });
    const before = [hasGap(ex.gaps, 'a'), hasGap(ex.gaps, 'b')];
    ex.gaps.push({ id: 'b', reason: 'blank', start: 0, end: 0, raw: '' });
    expect([...before, hasGap(ex.gaps, 'b'), hasGap(emptyExtraction().gaps, 'a')]).toEqual([true, false, true, false]);
  });
});
