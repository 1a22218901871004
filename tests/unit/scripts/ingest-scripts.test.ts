import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { INGEST_SCRIPTS } from '../../../scripts/ingest-scripts.ts';

const SCRIPTS = join(import.meta.dirname, '..', '..', '..', 'scripts');

/** The scripts/ files a script names relative to itself: imports, dynamic imports, URLs and joins off its own folder. */
function scriptsNamedBy(source: string): string[] {
  const named = [
    ...source.matchAll(/from\s+'\.\/([^']+)'/g),
    ...source.matchAll(/import\(\s*'\.\/([^']+)'\s*\)/g),
    ...source.matchAll(/new URL\(\s*'\.\/([^']+)'\s*,\s*import\.meta\.url/g),
    ...source.matchAll(/join\(\s*import\.meta\.dirname\s*,\s*'([^'/]+\.ts)'\s*\)/g),
  ];
  return named.map((m) => m[1]!);
}

it('every script the ingest scripts name is itself one of them (an edit to it changes the version of ingest\'s code)', () => {
  const named = new Set(INGEST_SCRIPTS.flatMap((f) => scriptsNamedBy(readFileSync(join(SCRIPTS, f), 'utf8'))));
  expect(INGEST_SCRIPTS.filter((f) => !existsSync(join(SCRIPTS, f)))).toEqual([]);
  expect([...named].filter((f) => !(INGEST_SCRIPTS as readonly string[]).includes(f))).toEqual([]);
  // the finder sees what ingest.ts does name: its bundle module and its worker
  expect([...named].sort()).toEqual(expect.arrayContaining(['ingest-bundle.ts', 'ingest-scripts.ts', 'ingest-worker.ts']));
});
