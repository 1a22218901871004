// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// Exits non-zero when anything failed or was skipped: a skipped test is a test that did not test.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, buildRc, typecheckRc] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const read = (p: string | undefined) => (p && existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);

if (typecheckRc && typecheckRc !== '0') failed += 1; // the type check is one test

const v = read(vitestPath);
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // a test file that failed to load has no assertion results but must still count
  for (const f of v.testResults ?? []) if (f.status === 'failed' && !(f.assertionResults ?? []).length) failed += 1;
  if (!v.numTotalTests) failed += 1; // a unit run that ran nothing is a failure
} else failed += 1;

if (buildRc && buildRc !== '0') failed += 1; // the site did not build: browser tests could not run
else {
  const p = read(playwrightPath);
  if (p?.stats) {
    passed += p.stats.expected ?? 0;
    failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0);
    skipped += p.stats.skipped ?? 0;
    if (!p.stats.expected && !p.stats.unexpected) failed += 1;
  } else failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || skipped ? 1 : 0);
