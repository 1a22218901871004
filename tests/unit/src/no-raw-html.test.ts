// Report texts are untrusted (scraped HTML): no page or component may inject raw HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(astro|tsx)$/.test(f) ? [p] : [];
  });
}

describe('rendering', () => {
  it('never uses set:html or dangerouslySetInnerHTML', () => {
    const offenders = files(SRC).filter((f) => /set:html|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});
