// Rate pages (src/lib/catalog/rates.json): formula per template, numbers behind each rate, small samples out of the ranking.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST, hydrated } from './helpers/site.ts';

interface RateCsvRow { report_id: string; place_id: string; year: string; value: string; flags: string; numerator: string; denominator: string }

/** A rate CSV row marked small-sample, found in the built downloads (whatever the corpus gives). */
function smallSampleRow(): { id: string; row: RateCsvRow } {
  const dir = join(DIST, 'data', 'indicators');
  for (const f of readdirSync(dir).filter((x) => x.startsWith('rate.')).sort()) {
    const rows = Papa.parse<RateCsvRow>(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.flags.split('|').includes('small-sample'));
    if (row) return { id: f.replace(/\.csv$/, ''), row };
  }
  throw new Error('no small-sample rate in the build');
}

test('a rate page shows its formula and marks a small denominator, out of the ranking', async ({ page }) => {
  const { id, row } = smallSampleRow();
  await page.goto(`/indicators/${id}/?year=${row.year}&highlight=${encodeURIComponent(row.place_id)}`);
  await expect(page.getByTestId('rate-meta')).toContainText('公式');
  await expect(page.getByTestId('rate-meta')).toContainText('样本较小');
  await expect(page.locator('[data-testid^="formula-"]').filter({ hasText: '÷' }).first()).toBeVisible();
  await hydrated(page);
  const tr = page.locator(`[data-testid="rank-table"] tbody tr[data-place="${row.place_id}"]`);
  await expect(tr).toContainText('样本较小');
  await expect(tr).toContainText(`= ${Number(row.numerator).toLocaleString('en-US')} ÷ ${Number(row.denominator).toLocaleString('en-US')}`);
  await expect(tr.locator('td').first()).toHaveText('—');
});

test('the rate page for 予以公开率 gives each value with its calculation', async ({ page }) => {
  await page.goto('/indicators/rate.granted/');
  await hydrated(page);
  const calc = await page.locator('[data-testid="rank-table"] tbody tr[data-place] .calc').allTextContents();
  expect(calc.length).toBeGreaterThan(0);
  for (const c of calc) expect(c).toMatch(/^；?= [\d,.]+ ÷ [\d,.]+$/);
});
