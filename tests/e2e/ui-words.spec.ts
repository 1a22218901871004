// No developer text in the interface: every built page's visible text (tests/e2e/helpers/visible-text.ts:
// without code elements, form values, hidden and lang="en" text, and the reports' own words) is
// free of catalog ids, internal words, source-code paths and English prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, distFiles } from './helpers/site.ts';
import { visibleTexts } from './helpers/visible-text.ts';
import { indicators, rules } from '../../src/lib/catalog/index.ts';
import { rates } from '../../src/lib/catalog/rates.ts';

const IDS = new Set([...indicators.map((i) => i.id), ...rates.map((r) => r.id), ...rules.map((r) => r.id)]);
const ID_TOKEN = /[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+/g;
const INTERNAL = /\b(?:pre2019|post2019|variant|undefined|null|NaN|TODO|FIXME|provenance|chrome|seed|scorecard|annual-report|development-zone|textValues|sourceInfo|placeKey|reportId|missing)\b|\[object Object\]/;
const CODE_PATH = /\b(?:src|scripts|tests|content|node_modules)\/|\b[\w-]+\.(?:ts|tsx|astro|mjs|tsv|py)\b/;
const ENGLISH_PROSE = /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/;

// Addresses (which carry ids by design) are not words of the interface.
const ADDRESS = /https?:\/\/\S+|(?<![\w.])\/[\w./%?=&:,+-]*/g;

function problems(raw: string): string[] {
  const text = raw.replace(ADDRESS, ' ');
  const out: string[] = [];
  for (const m of text.matchAll(ID_TOKEN)) if (IDS.has(m[0])) out.push(`id ${m[0]}`);
  const internal = INTERNAL.exec(text);
  if (internal) out.push(`word ${internal[0]}`);
  const path = CODE_PATH.exec(text);
  if (path) out.push(`path ${path[0]}`);
  const prose = ENGLISH_PROSE.exec(text);
  if (prose) out.push(`English "${prose[0]}"`);
  return out;
}

test('the check itself catches each kind of developer text', () => {
  expect(problems('（pre2019 counts requests received in the year）')).toEqual(['word pre2019', 'English "counts requests received in the year"']);
  expect(problems('t2.normative.in_force: 仅本版本有 470')).toEqual(['id t2.normative.in_force']);
  expect(problems('见 src/lib/site/labels.ts')).toEqual(['path src/']);
  expect(problems('年报对比 Nianbao · 下载 CSV · CC BY 4.0 · www.pingtan.gov.cn · 2021 格式 · https://nianbao.cn/indicators/requests.received/?year=2017 · /embed/indicators/requests.received/')).toEqual([]);
  const html = '<p>正文<code>requests.received</code><span lang="en">Requests received in total</span><span hidden>variant</span><div data-report-content>the report says null</div></p>';
  expect(visibleTexts(html).flatMap(problems)).toEqual([]);
});

test('no page shows developer text: ids only as codes, Chinese labels, no internal words or English prose', () => {
  test.setTimeout(180_000);
  const pages = distFiles().filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const f of pages) {
    for (const t of visibleTexts(readFileSync(join(DIST, f), 'utf8'))) for (const p of problems(t)) found.push(`${f}: ${p} in “${t.slice(0, 80)}”`);
  }
  expect(found.slice(0, 40), `${found.length} problems`).toEqual([]);
});
