import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { computeRisk, parsePortfolio } from '../src/engine/index';
import { formatMoney } from '../src/ui/charts/format';
import { collectErrors, exampleDocument, exampleIndex, healthNow, loadExample, openApp, settled, viewLink } from './helpers';

// The risk panel: VaR / ES by method and the loss histogram from a Monte Carlo in a worker of its
// own, a long run cancelled while the book stays editable, the stress table, the heatmaps, and
// an axe check of the panel.

const HEDGED = 'hedged-options-book.json';

const riskPanel = (page: Page) => page.getByTestId('risk');
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Monte Carlo progress' });

async function openExample(page: Page, file: string): Promise<void> {
  await openApp(page);
  await loadExample(page, exampleIndex().find((e) => e.file === file)!);
  // The risk panel is a view of its own, loaded when first opened.
  await viewLink(page, 'Risk').click();
  await expect(riskPanel(page)).toBeVisible({ timeout: 15_000 });
}

async function runRisk(page: Page, scenarios?: string): Promise<void> {
  if (scenarios) await page.getByTestId('risk-scenarios').fill(scenarios);
  await page.getByTestId('risk-run').click();
}

test('runs risk on an example: VaR and ES by method, as the engine computes them, and the histogram', async ({ page }) => {
  const errors = collectErrors(page);
  await openExample(page, HEDGED);
  await runRisk(page);
  const figures = page.getByTestId('risk-figures');
  await expect(figures).toBeVisible({ timeout: 20_000 });

  // Same seed, same figures: the Monte Carlo in the browser's worker equals the engine's in Node.
  const parsed = parsePortfolio(exampleDocument(HEDGED));
  if (!parsed.ok) throw new Error('the example must parse');
  const expected = computeRisk(parsed.value, { scenarios: 100_000, seed: 1 });
  if (!expected.ok) throw new Error('the example must have risk figures');
  await expect(page.getByTestId('risk-monte-carlo-var')).toContainText(formatMoney(expected.value.monteCarlo!.var));
  await expect(page.getByTestId('risk-monte-carlo-es')).toContainText(formatMoney(expected.value.monteCarlo!.es));
  await expect(page.getByTestId('risk-monte-carlo-var')).toContainText(`± ${formatMoney(expected.value.monteCarlo!.standardError)}`);
  await expect(page.getByTestId('risk-parametric-var')).toHaveText(formatMoney(expected.value.parametric.var));
  await expect(page.getByTestId('risk-delta-gamma-es')).toHaveText(formatMoney(expected.value.parametric.deltaGamma.es));

  const histogram = page.getByRole('figure', { name: 'Monte Carlo loss distribution' });
  await expect(histogram.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(await histogram.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(20);
  await expect(histogram.locator('.recharts-reference-line')).toHaveCount(2);
  await expect(histogram).toContainText(`VaR 99%: ${formatMoney(expected.value.monteCarlo!.var)} USD`);
  await expect(histogram.getByRole('button', { name: 'Save CSV' })).toBeVisible();
  await expect(histogram.getByRole('button', { name: 'Save PNG' })).toBeVisible();

  // Saving the histogram's data gives a CSV of the bins.
  const download = page.waitForEvent('download');
  await histogram.getByRole('button', { name: 'Save CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^hedged-options-book-[a-z0-9-]*loss-distribution\.csv$/);

  await expect(riskPanel(page)).not.toContainText('NaN');
  expect(errors).toEqual([]);
});

test('cancels a long run; typing in a position cell works while it runs', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  // The largest example: 5,000,000 scenarios of its 40 positions outlast the editing below.
  await openExample(page, 'altcoin-book.json');
  await runRisk(page, '5000000');
  await expect(progress(page)).toBeVisible();
  await expect.poll(async () => Number(await progress(page).getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await expect(progress(page)).toHaveAttribute('aria-valuemax', '5000000');

  // The book stays editable in Build and the engine keeps evaluating while the Monte Carlo runs.
  await viewLink(page, 'Build').click();
  await expect(healthNow(page)).toHaveText(/^\d/);
  const before = await healthNow(page).textContent();
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  const original = Number(await quantity.inputValue());
  await quantity.fill(String(original * 3));
  await expect(quantity).toHaveValue(String(original * 3));
  await expect(healthNow(page)).not.toHaveText(before ?? '');
  // Back in Risk. If the first run is already done, the editing above still ran beside it, and a
  // new run gives Cancel something to stop. (The 40-position book keeps a run long enough.)
  await viewLink(page, 'Risk').click();
  // A run past half way may end before Cancel lands (on two loaded cores the editing can outlast
  // most of it): let it end, and cancel a fresh one that has just begun.
  const done = Number((await progress(page).getAttribute('aria-valuenow', { timeout: 1000 }).catch(() => null)) ?? 5_000_000);
  const firstRunEnded = done > 2_500_000;
  if (firstRunEnded) {
    await expect(progress(page)).toHaveCount(0, { timeout: 120_000 });
    await runRisk(page, '5000000');
    await expect(progress(page)).toBeVisible();
  }

  const reached = Number(await progress(page).getAttribute('aria-valuenow'));
  await riskPanel(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(progress(page)).toHaveCount(0);
  const message = page.getByTestId('risk-message');
  await expect(message).toContainText(/Cancelled after [\d,]+ of 5,000,000 scenarios/);
  const stoppedAt = Number((/after ([\d,]+)/.exec((await message.textContent()) ?? '')?.[1] ?? '').replace(/,/g, ''));
  expect(stoppedAt).toBeGreaterThanOrEqual(reached);
  expect(stoppedAt).toBeLessThan(5_000_000);
  // Stopped: no figures arrive later (a first run that ended keeps its figures, and the message
  // says they are that run's), and the panel is ready for a new run.
  await page.waitForTimeout(500);
  if (firstRunEnded) await expect(message).toContainText('The figures shown are from the last completed run.');
  else await expect(page.getByTestId('risk-figures')).toHaveCount(0);
  await expect(page.getByTestId('risk-run')).toBeEnabled();

  // A fresh worker serves the next run.
  await runRisk(page, '20000');
  await expect(page.getByTestId('risk-figures')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('risk-monte-carlo-var')).toContainText(/^[\d,]+\.\d\d ± [\d,]+\.\d\d$/);
  await settled(page);
  expect(errors).toEqual([]);
});

test('the stress table names each scenario with its date and source, and a custom scenario joins it', async ({ page }) => {
  const errors = collectErrors(page);
  await openExample(page, 'classroom-overleveraged.json');
  await runRisk(page, '10000');
  const table = page.getByTestId('stress-table');
  await expect(table).toBeVisible({ timeout: 20_000 });
  for (const [id, name, date] of [
    ['covid-2020', 'COVID crash', '2020-03-12'],
    ['may-2021', 'China mining ban', '2021-05-19'],
    ['ftx-2022', 'FTX collapse', '2022-11-06'],
    ['aug-2024', 'Yen carry unwind', '2024-08-05'],
    ['oct-2025', 'Record liquidations', '2025-10-10'],
    ['correlation-one-down', 'Correlations go to 1', 'hypothetical'],
    ['volatility-doubles', 'Volatility doubles', 'hypothetical'],
    ['stablecoin-depeg', 'Stablecoin depeg', '2023-03-11'],
  ] as const) {
    const row = table.getByTestId(`stress-${id}`);
    await expect(row).toContainText(name);
    await expect(row).toContainText(date);
    await expect(row.locator('td').nth(2)).toContainText(/\d[\d,]*\.\d\d USD/);
  }
  // The over-leveraged book does not survive the COVID crash.
  await expect(table.getByTestId('stress-covid-2020')).toContainText('the cross pool');

  await page.getByTestId('custom-move-BTC').fill('-5');
  await page.getByTestId('stress-rerun').click();
  await expect(table.getByTestId('stress-custom')).toContainText('BTC −5.0%');
  // The Monte Carlo figures of the full run are kept.
  await expect(page.getByTestId('risk-monte-carlo-var')).toContainText(/^[\d,]+\.\d\d/);
  await expect(riskPanel(page)).not.toContainText('NaN');
  expect(errors).toEqual([]);
});

test('imports a price history for historical simulation, and names a bad cell by row and column', async ({ page }) => {
  const errors = collectErrors(page);
  await openExample(page, HEDGED);
  const rows = Array.from({ length: 60 }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    // Deterministic wiggles of a few percent a day.
    const eth = 3000 * (1 + 0.03 * Math.sin(i * 1.7));
    const btc = 90000 * (1 + 0.02 * Math.cos(i * 1.3));
    return `${day},${eth.toFixed(2)},${btc.toFixed(2)}`;
  });
  const file = (text: string) => ({ name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('risk-history-file').setInputFiles(file(['date,ETH,BTC', ...rows].join('\n')));
  await expect(riskPanel(page)).toContainText('Using prices.csv');
  await runRisk(page, '10000');
  await expect(page.getByTestId('risk-historical-var')).toHaveText(/^[\d,]+\.\d\d$/, { timeout: 20_000 });
  await expect(page.getByTestId('risk-method-historical')).toContainText('59 returns, 2025-01-01 to 2025-03-01');

  await page.getByTestId('risk-history-file').setInputFiles(file(['date,ETH,BTC', '2025-01-01,3000,90000', '2025-01-02,lots,91000'].join('\n')));
  await runRisk(page);
  await expect(riskPanel(page)).toContainText('history row 3, column ETH: "lots" is not a positive price');
  expect(errors).toEqual([]);
});

test('risk arrays and the health heatmap explain the requirement; a portfolio-margin setting is an undoable edit', async ({ page }) => {
  const errors = collectErrors(page);
  await openExample(page, HEDGED);
  const arrays = page.getByRole('figure', { name: 'Portfolio-margin risk arrays' });
  const eth = arrays.getByTestId('risk-array-ETH');
  await expect(eth).toContainText(/Requirement [\d,]+\.\d\d USD = the worst loss [\d,]+\.\d\d USD \(price [−+]?\d/);
  await expect(eth.locator('.heatmap__mark')).toHaveCount(1);
  await expect(eth.locator('.heatmap__cell')).toHaveCount(16);

  const heatmap = page.getByTestId('health-heatmap');
  await expect(heatmap.locator('.heatmap__cell')).toHaveCount(21 * 21);
  const healthMap = page.getByRole('figure', { name: /Equity ÷ maintenance over two assets/ });
  await expect(healthMap).toContainText(/% of this map liquidates/);
  await expect(healthMap).toContainText('1 is liquidation');
  await expect(healthMap).not.toContainText(/healthy/i);

  // The Deribit-style grid: 17 moves × 3 volatilities + 2 extremes, through the portfolio.
  await page.getByLabel('Scenario grid').selectOption('deribit');
  await expect(eth.locator('.heatmap__cell')).toHaveCount(53);
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Scenario grid')).toHaveValue('span');
  await expect(eth.locator('.heatmap__cell')).toHaveCount(16);
  expect(errors).toEqual([]);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-testid="risk"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the risk panel has no serious or critical axe violations after a run (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExample(page, HEDGED);
    await runRisk(page, '10000');
    await expect(page.getByTestId('stress-table')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('health-heatmap')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the risk panel is usable at 375 px and reachable by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openExample(page, HEDGED);
  const run = page.getByTestId('risk-run');
  await run.focus();
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stress-table')).toBeVisible({ timeout: 20_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
});
