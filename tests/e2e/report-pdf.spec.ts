import { expect, test } from '@playwright/test';
import { openReport } from './helpers/report.ts';

// 淮安市 2024 is read from its PDF (content/reports/ha-city-2024.pdf); its id comes from the home page list.

test('a report read from a PDF shows 第 N 页 beside its values, linked to the original at #page=N', async ({ page, request }) => {
  await openReport(page, '淮安市', 2024);
  const row = page.locator('table.form tr', { has: page.locator('th', { hasText: '本年新收' }) }).first();
  const pageLink = row.locator('td.v a.pg').first();
  await expect(pageLink).toHaveText(/^第\d+页$/);
  const href = (await pageLink.getAttribute('href'))!;
  expect(href).toMatch(/^\/reports\/[^/]+\/original\.pdf#page=\d+$/);
  expect(href.endsWith(`#page=${(await pageLink.textContent())!.replace(/\D/g, '')}`)).toBe(true);
  const original = await request.get(href.replace(/#.*/, ''));
  expect(original.status()).toBe(200);
  expect((await original.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.locator('a.original')).toHaveAttribute('href', href.replace(/#.*/, ''));
});

test('the text shown for a PDF has re-joined paragraphs and no page footers', async ({ page }) => {
  await openReport(page, '淮安市', 2024);
  const text = (await page.locator('.report-text .text').innerText());
  expect(text).toContain('本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》');
  expect(text).not.toMatch(/^- \d+ -$/m);
  expect(text).not.toContain('\f');
});
