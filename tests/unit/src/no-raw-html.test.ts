// Report texts are untrusted (scraped HTML): no page or component may inject raw HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/records/files-under.ts';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

describe('rendering', () => {
  it('never uses set:html or dangerouslySetInnerHTML', () => {
    const offenders = filesUnder(SRC, /\.(astro|tsx)$/).filter((f) => /set:html|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});
