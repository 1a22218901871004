// `npm run fuzz -- [--n N] [--seed S] [--big]`: mutate the report files of content/reports
// (src/lib/fuzz) and print crashes, slow parses, worst time per size band and implausible values.
// `npm run fuzz -- --reports N [--seed S]`: N generated reports (src/lib/fuzz/reports.ts) instead,
// printing every value read that is not the value printed.
// Exit code 1 when anything was found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, runFuzz } from '../src/lib/fuzz/index.ts';
import { runReports } from '../src/lib/fuzz/reports.ts';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};
const n = Number(arg('--n', '1000'));
const seed = Number(arg('--seed', '1'));
if (process.argv.includes('--reports')) {
  const t = performance.now();
  const r = runReports(Number(arg('--reports', '10000')), seed);
  process.stdout.write(`generated reports: ${r.cases} (seed ${seed}) in ${Math.round((performance.now() - t) / 1000)} s: ${r.read} of ${r.drawn} printed values read, ${r.violations.length} reports with wrong values or template\n`);
  for (const v of r.violations.slice(0, 20)) process.stdout.write(`  ${v.layout}\n    template ${v.template}; wrong ${JSON.stringify(v.wrong.slice(0, 8))}\n`);
  process.exit(r.violations.length ? 1 : 0);
}
const REPORTS = join(import.meta.dirname, '..', 'content', 'reports');
const seeds = readdirSync(REPORTS)
  .filter((f) => /\.(txt|html?)$/i.test(f))
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(REPORTS, file))) }));
const t0 = performance.now();
const res = runFuzz(cases(seeds, n, seed, process.argv.includes('--big')));
const out = process.stdout;
out.write(`fuzz: ${res.cases} cases (seed ${seed}) in ${Math.round((performance.now() - t0) / 1000)} s: ${res.crashes} crashes, ${res.slow} time-outs, ${res.implausible} implausible values published\n`);
out.write('worst parse time by size band (CPU time of the parse; time-out = over 1 s CPU up to 1 MB):\n');
for (const [b, w] of Object.entries(res.worst)) out.write(`  ${b.padEnd(7)} ${String(w.ms).padStart(6)} ms CPU ${String(w.wallMs).padStart(6)} ms wall  (${w.bytes} bytes, ${w.case})\n`);
for (const f of res.findings.slice(0, Number(arg('--show', '50')))) out.write(`  ${f.kind}: ${f.case}: ${f.detail.split('\n')[0]}\n`);
process.exitCode = res.findings.length ? 1 : 0;
