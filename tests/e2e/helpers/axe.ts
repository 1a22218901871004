// One axe audit (WCAG 2.1 A/AA) for every spec. An audit is several times an ordinary test's work: a test
// that runs one calls test.slow() so that a busy 2-core machine gets the larger budget, not a lighter check.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label}: axe violations`).toEqual([]);
}
