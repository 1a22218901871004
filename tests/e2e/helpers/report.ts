// Open a report through the home page list: ids are derived by ingest, so tests find a report by
// its place name and year as a reader would, instead of hard-coding the id.
import { expect, type Page } from '@playwright/test';

export async function openReport(page: Page, place: string, year: number): Promise<void> {
  await page.goto('/');
  const row = page
    .locator('table.reports tbody tr', { has: page.locator(`th a:text-is("${place}")`) })
    .filter({ has: page.locator(`td:text-is("${year}")`) });
  await expect(row).toHaveCount(1);
  await row.locator('th a').click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/$/);
}
