import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRows, COLLECT_COLUMNS, formatSourcesTable, readSourcesTable } from '../../../../src/lib/collect/sources-table.ts';

const CSV = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports', 'sources.csv'), 'utf8');

describe('sources.csv as the collector writes it', () => {
  it('keeps every line of content/reports/sources.csv as it was, with the new columns appended empty', () => {
    const out = formatSourcesTable(addRows(readSourcesTable(CSV), []));
    const [head, ...rest] = out.split(/\r?\n/);
    const have = CSV.split(/\r?\n/)[0]!.split(',');
    const added = COLLECT_COLUMNS.filter((c) => !have.includes(c));
    expect(added.length).toBeGreaterThan(0);
    expect(rest).toEqual(CSV.split(/\r?\n/).slice(1).map((line) => (line ? line + ','.repeat(added.length) : line)));
    expect(formatSourcesTable(readSourcesTable(CSV))).toBe(CSV);
    expect(head).toBe([...have, ...added].join(','));
  });

  it('starts a missing file with the base and collector columns', () => {
    const out = formatSourcesTable(addRows(readSourcesTable(null), [{ file: 'a.html', url: 'http://x/a?b=1,2' }]));
    expect(out).toBe('file,source,format,variant_of,original,notes,url,list_url,page_url,title,listed_date,fetched_at,content_type,sha256\na.html,,,,,,"http://x/a?b=1,2",,,,,,,\n');
  });

  test.prop([fc.array(fc.record({ file: fc.string({ minLength: 1 }), title: fc.string(), url: fc.string() }), { maxLength: 5 })])(
    'reads back every cell written, commas, quotes and line breaks included',
    (rows) => {
      const table = addRows(readSourcesTable(null), rows);
      const back = readSourcesTable(formatSourcesTable(table)).rows;
      expect(back.map((r) => [r.file, r.title, r.url])).toEqual(rows.map((r) => [r.file, r.title, r.url]));
    },
  );
});
