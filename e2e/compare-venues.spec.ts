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
  await expect(rows).toHaveCount(expected.rules.length, { timeout: 15_000 });
  const quote = String(exampleDocument('leveraged-long.json').quote);
  for (const [i, rule] of expected.rules.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-rules', rule.name);
    const cells = row.locator('td');
    // Columns: initial, maintenance, ratio, zone, cash, then per asset down / up.
    await expect(cells.nth(0)).toHaveText(formatMoney(rule.initialMargin));
    await expect(cells.nth(0)).toHaveAttribute('title', `${formatExact(rule.initialMargin)} ${quote}`);
    await expect(cells.nth(1)).toHaveText(formatMoney(rule.maintenanceMargin));
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
  await expect(section.locator('table.visually-hidden tr', { hasText: 'binance-usdm' }).filter({ hasText: 'ETH' })).toContainText(formatPrice(down!));

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
  await expect(first).not.toHaveText('');
  const before = await first.textContent();
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  await quantity.fill(String(Number(await quantity.inputValue()) * 3));
  await expect(first).not.toHaveText(before ?? '', { timeout: 10_000 });
});
