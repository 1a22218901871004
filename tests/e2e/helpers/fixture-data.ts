// Writes a site data directory (the shape `npm run ingest` writes) from the gold extractions in
// tests/fixtures, so the chart/compare pages can be built and tried with realistic records while the
// parser is still filling them in:
//   npx tsx tests/e2e/helpers/fixture-data.ts /tmp/h6/fixture && NIANBAO_DATA=/tmp/h6/fixture npx astro build
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeKey, placeName } from '../../../src/lib/places/index.ts';
import { deriveValues } from '../../../src/lib/validate/index.ts';
import { reportIds } from '../../../src/lib/records/report-id.ts';
import type { SiteReport } from '../../../src/lib/records/model.ts';
import type { Meta, Template, Variant } from '../../../src/lib/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const out = process.argv[2];
if (!out) throw new Error('usage: fixture-data.ts OUTDIR');

interface Gold {
  file: string;
  meta: Omit<Meta, 'variant' | 'yearInferred' | 'sources'>;
  values: Record<string, number>;
}

const golds: Gold[] = [];
for (const dir of ['tests/fixtures/gold', 'tests/fixtures/corpus-gold']) {
  for (const f of readdirSync(join(ROOT, dir)).sort()) {
    if (f.includes('pypdf') || f.endsWith('.html.json')) continue;
    golds.push(JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Gold);
  }
}

function variantOf(t: Template, year: number | null): Variant {
  if (t === 'pre2019') return year !== null && year < 2014 ? '2008-2013' : '2014';
  if (t === 'post2019') return year !== null && year < 2021 ? '2019' : '2021';
  return null;
}

// One synthetic neighbour (clearly marked in its file name) so peers and ranking have something to show:
// 宁洱县, same prefecture as 思茅区, with 思茅区's 2017 values scaled.
const simao = golds.find((g) => g.meta.adcode === '530802');
if (simao) {
  golds.push({
    file: 'synthetic-530821-2017.txt',
    meta: { ...simao.meta, issuer: '宁洱哈尼族彝族自治县人民政府', jurisdiction: '宁洱哈尼族彝族自治县', adcode: '530821' },
    values: Object.fromEntries(Object.entries(simao.values).map(([k, v]) => [k, Math.round(v * 1.5) + 1])),
  });
}

const keys = golds.map((g) => placeKey(g.meta));
const ids = reportIds(golds.map((g, i) => ({ file: g.file, placeKey: keys[i]!, year: g.meta.year })));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'reports'), { recursive: true });
golds.forEach((g, i) => {
  const variant = variantOf(g.meta.template, g.meta.year);
  const d = deriveValues(g.values, g.meta.template, variant);
  const values = { ...g.values };
  const textValues: Record<string, number> = {};
  for (const k of Object.keys(values)) if (k.startsWith('text.')) { textValues[k] = values[k]!; delete values[k]; }
  const provenance: SiteReport['provenance'] = { ...d.provenance };
  for (const k of Object.keys(values)) provenance[k] = { source: 'table', start: 0, end: 0, label: k, raw: String(values[k]), flags: [] };
  const r: SiteReport = {
    file: g.file,
    meta: { ...g.meta, variant, yearInferred: false, sources: {} },
    values, textValues, derived: d.values, provenance,
    gaps: [], checks: [], conflicts: [], errors: [], notes: [], encoding: 'UTF-8',
    text: readText(g.file),
    id: ids[i]!, placeKey: keys[i]!, placeName: placeName(g.meta as Meta),
    variants: [], sourceInfo: null,
  };
  writeFileSync(join(out, 'reports', `${r.id}.json`), JSON.stringify(r));
});
writeFileSync(
  join(out, 'ingest.json'),
  JSON.stringify({
    generatedAt: new Date().toISOString(), catalogVersion: 'fixture', durationMs: 0,
    files: golds.map((g, i) => ({ file: g.file, status: 'report', reportId: ids[i], variantOf: null, errors: [], valueCount: Object.keys(g.values).length })),
  }),
);
process.stderr.write(`fixture: ${golds.length} reports → ${out}\n`);

function readText(file: string): string {
  for (const f of [file, file.replace(/\.js$/, '.html')]) {
    try {
      return readFileSync(join(ROOT, 'content/reports', f), 'utf8').slice(0, 2000);
    } catch {
      /* next */
    }
  }
  return '';
}
