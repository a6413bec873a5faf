import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatExact, formatMoney, formatPrice } from '../src/ui/common/format';
import { collectErrors, exampleDocument, openApp, portfolioName } from './helpers';

// The Compare panel shows what `npm run compare` prints for the same book: the same engine call,
// through the worker. The command line is run here on the example the app opens with.
interface CliRule {
  name: string;
  initialMargin: string;
  maintenanceMargin: string;
  measure: string;
  zone: string;
  cashNeeded: string;
  liquidationPrices: Record<string, { down: string | null; up: string | null }>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
function compareOnCommandLine(file: string): { book: string; rules: CliRule[] } {
  const out = execFileSync('node_modules/.bin/tsx', ['scripts/compare.ts', file], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as { book: string; rules: CliRule[] };
}

test('compare an example under every venue: the figures are the command line’s', async ({ page }) => {
  const errors = collectErrors(page);
  const expected = compareOnCommandLine('public/examples/leveraged-long.json');
  await openApp(page);
  await expect(portfolioName(page)).toHaveValue(expected.book);
  const section = page.getByTestId('compare-section');
  await section.getByRole('button', { name: 'Compare under every venue' }).click();
  const rows = section.getByTestId('compare-row');
  await expect(rows).toHaveCount(expected.rules.length, { timeout: 30_000 });
  const quote = String(exampleDocument('leveraged-long.json').quote);
  for (const [i, rule] of expected.rules.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-rules', rule.name);
    const cells = row.locator('td');
    // Columns: initial, maintenance, ratio, zone, cash, then per asset down / up.
    await expect(cells.nth(0)).toHaveText(formatMoney(rule.initialMargin));
    await expect(cells.nth(0)).toHaveAttribute('title', `${formatExact(rule.initialMargin)} ${quote}`);
    await expect(cells.nth(1)).toHaveText(formatMoney(rule.maintenanceMargin));
    // The ratio under the venue's own name, and the venue's own zone (by distance in daily σ), never "healthy".
    await expect(cells.nth(2)).toContainText(rule.measure);
    await expect(cells.nth(3)).toHaveText(rule.zone);
    await expect(cells.nth(4)).toHaveText(formatMoney(rule.cashNeeded));
    const eth = rule.liquidationPrices.ETH;
    if (eth?.down) await expect(cells.nth(5)).toHaveAttribute('title', formatExact(eth.down));
  }
  // The chart: one axis per liquidating asset, one lane per rule set, the exact price in each mark's tooltip.
  const ethAxis = section.locator('[data-testid="liquidation-axis"][data-asset="ETH"]');
  await expect(ethAxis).toBeVisible();
  const binance = expected.rules.find((r) => r.name === 'binance-usdm')!;
  const down = binance.liquidationPrices.ETH?.down;
  expect(down).toBeTruthy();
  await expect(ethAxis.locator('title', { hasText: `binance-usdm: ETH liquidates falling to ${formatExact(down!)}` })).toHaveCount(1);
  // The screen-reader table carries the same figures.
  await expect(section.locator('.visually-hidden table tr', { hasText: 'binance-usdm' }).filter({ hasText: 'ETH' })).toContainText(formatPrice(down!));

  // A chosen few: untick all but two.
  const chooser = section.getByRole('group', { name: 'Rule sets compared' });
  for (const rule of expected.rules) {
    if (rule.name !== 'binance-usdm' && rule.name !== 'hyperliquid') await chooser.getByRole('checkbox', { name: rule.name, exact: true }).uncheck();
  }
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-rules', 'binance-usdm');
  await chooser.getByRole('button', { name: 'All' }).click();
  await expect(rows).toHaveCount(expected.rules.length);
  expect(errors).toEqual([]);
});

test('an edit to the book is compared again', async ({ page }) => {
  await openApp(page);
  const section = page.getByTestId('compare-section');
  await section.getByRole('button', { name: 'Compare under every venue' }).click();
  const first = section.locator('[data-rules="binance-usdm"] td').nth(0);
  // The first answer starts a second engine worker and loads the panel's code: on a loaded
  // 2-core machine that once took more than the 10 s an expectation waits by default.
  await expect(first).not.toHaveText('', { timeout: 30_000 });
  const before = await first.textContent();
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  await quantity.fill(String(Number(await quantity.inputValue()) * 3));
  await expect(first).not.toHaveText(before ?? '', { timeout: 10_000 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the comparison has no serious axe violations and fits a phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    const section = page.getByTestId('compare-section');
    await section.getByRole('button', { name: 'Compare under every venue' }).click();
    await expect(section.getByTestId('liquidation-axis').first()).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).include('[data-testid="compare-section"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
