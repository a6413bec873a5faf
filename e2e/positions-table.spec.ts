import { expect, test, type Page } from '@playwright/test';
import { exampleDocument, exampleIndex, loadExample, openApp, settled } from './helpers';

const ids = (page: Page) => page.getByTestId('position-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-position-id')));
const openDetails = (page: Page, id: string) => page.getByRole('button', { name: `Details of ${id}`, exact: true }).click();
const details = (page: Page, id: string) => page.getByRole('group', { name: `Details of ${id}`, exact: true });

test('positions can be sorted, added, duplicated, deleted and margined in isolation', async ({ page }) => {
  await openApp(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'altcoin-book.json') ?? exampleIndex()[0]!);
  const original = await ids(page);

  // Figures sort largest first, then smallest first, then back to the book's order.
  const notional = page.getByRole('button', { name: 'Notional' });
  const header = page.getByRole('columnheader', { name: /Notional/ });
  const shown = async () => (await page.locator('td[data-column="notional"]').allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  await notional.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = await shown();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await notional.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await shown();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await notional.click();
  expect(await ids(page)).toEqual(original);

  const firstId = original[0]!;
  await openDetails(page, firstId);
  await details(page, firstId).getByRole('button', { name: `Duplicate ${firstId}` }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 1);
  expect((await ids(page))[1]).toBe(`${firstId}-2`);
  await page.getByRole('button', { name: 'Add option' }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 2);
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);

  await details(page, firstId).getByRole('combobox', { name: `Margin mode of ${firstId}` }).selectOption('isolated');
  const collateral = details(page, firstId).getByRole('textbox', { name: `Isolated collateral of ${firstId}` });
  await collateral.fill('5000');
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);
  // Isolated now: its own liquidation price, no longer the account's for the asset.
  await expect(page.getByTestId('position-row').first().locator('td[data-column="liquidation"] > span')).toHaveAttribute('title', /isolated position is liquidated at/);

  await details(page, firstId).getByRole('button', { name: `Delete ${firstId}` }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 1);
});

/** The figure cells whose text is wider than the cell (shown with an ellipsis): "column: text". */
async function clippedFigures(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('[data-testid="position-row"] td[data-column]')]
      .filter((td) => td.getAttribute('data-column') !== 'instrument' && td.scrollWidth > td.clientWidth)
      .map((td) => `${td.getAttribute('data-column')}: ${td.textContent?.trim()}`),
    // An input shows the start of a value that does not fit: "112.484" for 112.4849.
    ...[...document.querySelectorAll<HTMLInputElement>('[data-testid="position-row"] td[data-column] input')]
      .filter((input) => input.scrollWidth > input.clientWidth)
      .map((input) => `${input.closest('td')?.getAttribute('data-column')} input: ${input.value}`),
  ]);
}

test('at 1440 × 900 a six-figure liquidation price and a four-figure move show whole, not cut by an ellipsis', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  // Two shorts in one cross pool of 60,000 USDC: BTC is liquidated near 155,000 (a rise of ~60 %),
  // SOL near 6,000 (a rise of ~4,000 %). At the old widths both figures ended in an ellipsis.
  const doc = {
    format: 'margin-lab/portfolio', version: 1, name: 'Far liquidations', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
    assets: { BTC: { price: '97000', volatility: 0.6 }, SOL: { price: '150', volatility: 0.8 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: '60000' },
    positions: [
      { id: 'btc-short', type: 'perpetual', asset: 'BTC', quantity: '-1', entryPrice: '97000' },
      { id: 'sol-short', type: 'perpetual', asset: 'SOL', quantity: '-10', entryPrice: '150' },
    ],
  };
  await page.getByTestId('import-file').setInputFiles({ name: 'far.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByRole('textbox', { name: 'Portfolio name' })).toHaveValue('Far liquidations');
  await settled(page);
  const cell = (id: string, column: string) => page.locator(`[data-testid="position-row"][data-position-id="${id}"] td[data-column="${column}"]`);
  await expect(cell('btc-short', 'liquidation')).toHaveText(/^↑ 1\d\d,\d{3}\.\d\d$/);
  await expect(cell('sol-short', 'distance')).toHaveText(/^\+\d,\d{3}\.\d\d%$/);
  expect(await clippedFigures(page)).toEqual([]);
  // A figure wider than any column (a move of five figures) may end in an ellipsis, but its tooltip
  // carries it whole.
  await page.getByRole('textbox', { name: 'Quantity of sol-short' }).fill('-0.5');
  await settled(page);
  await expect(cell('sol-short', 'distance')).toHaveText(/^\+\d{2},\d{3}\.\d\d%$/);
  const distance = await cell('sol-short', 'distance').textContent();
  await expect(cell('sol-short', 'distance').locator('span')).toHaveAttribute('title', `Move to liquidation: ${distance}`);
  for (const column of ['notional', 'pnl']) await expect(cell('btc-short', column).locator('span')).toHaveAttribute('title', new RegExp(`: ${(await cell('btc-short', column).textContent())!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  // A size of ten characters shows whole in its box.
  await page.getByRole('textbox', { name: 'Quantity of sol-short' }).fill('-9773.5160');
  await settled(page);
  expect((await clippedFigures(page)).filter((problem) => problem.includes(' input: '))).toEqual([]);
});

test('at 1440 × 900 the positions table of every example fits without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  for (const entry of exampleIndex()) {
    await loadExample(page, entry);
    const box = page.getByTestId('positions-scroll');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    console.log(`${entry.file}: positions table ${scrollWidth} px in a box of ${clientWidth} px`);
    expect(scrollWidth, entry.file).toBeLessThanOrEqual(clientWidth);
    const columns = await page.getByTestId('positions').getByRole('columnheader').allTextContents();
    expect(columns.map((c) => c.trim())).toEqual(['Instrument', 'Side', 'Size', 'Entry', 'Mark', 'Notional', 'PnL', 'Init. / maint. margin', 'Liq. price', 'Distance', 'Flags']);
    expect(await clippedFigures(page), `${entry.file}: figures cut short by their cells`).toEqual([]);
    // Numbers people read: a true minus, no engine path, no NaN, at most 6 decimals.
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(text, entry.file).not.toMatch(/NaN|Infinity|positions\[|(^|[\s(])-\d/);
    expect(text, entry.file).not.toMatch(/\d\.\d{7,}/);
  }
});

test('an option’s fields are labelled, and a new option’s premium is its model value', async ({ page }) => {
  await openApp(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'covered-call.json')!);
  await page.getByLabel('Asset', { exact: true }).fill('BTC');
  await page.getByRole('button', { name: 'Add option' }).click();
  const id = (await ids(page)).at(-1)!;
  await settled(page);
  await openDetails(page, id);
  const panel = details(page, id);
  for (const label of ['Strike', 'Expiry', 'Premium per unit', 'Volatility']) await expect(panel.getByText(label, { exact: true })).toBeVisible();
  // Once valued, the premium is the model value per unit, not 0, and the new trade's PnL is nil.
  const premium = panel.getByRole('textbox', { name: `Premium per unit of ${id}` });
  await expect.poll(async () => Number(await premium.inputValue()), { timeout: 15_000 }).toBeGreaterThan(0);
  await settled(page);
  const row = page.locator(`[data-testid="position-row"][data-position-id="${id}"]`);
  const mark = Number((await row.locator('td[data-column="mark"] span').getAttribute('title'))!.replace(/[^\d.]/g, ''));
  // The premium is the model value rounded to cents: within half a cent of the mark per unit.
  expect(Math.abs(Number(await premium.inputValue()) - mark)).toBeLessThanOrEqual(0.005 + 1e-9);
  await expect(row.locator('td[data-column="pnl"]')).toHaveText(/^0\.0\d$|^−?0\.0\d$/);
  // The expiry reads as a date people read beside the ISO text the file keeps.
  await expect(panel.getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/)).toBeVisible();
});

test('adding a position on an asset the book lacks adds the asset', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('asset-DOGE')).toHaveCount(0);
  await page.getByLabel('Asset', { exact: true }).fill('doge');
  await page.getByRole('button', { name: 'Add perpetual' }).click();
  await expect(page.getByTestId('asset-DOGE')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'DOGE was not in the book' })).toBeVisible();
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);
  await expect(page.locator('[data-testid="position-row"][data-position-id="doge-perp"] td[data-column="notional"]')).not.toHaveText('—');
  // One undo takes both back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('asset-DOGE')).toHaveCount(0);
  await expect(page.locator('[data-testid="position-row"][data-position-id="doge-perp"]')).toHaveCount(0);
});

test('rows flag expired and no collateral, and carry the engine’s warnings in words', async ({ page }) => {
  await openApp(page);
  const doc = exampleDocument('leveraged-long.json') as { positions: Record<string, unknown>[]; name: string };
  doc.name = 'Flags';
  doc.positions.push(
    { id: 'old-future', type: 'future', asset: 'ETH', quantity: '1', entryPrice: '3000', expiry: '2026-11-20T08:00:00Z' },
    { id: 'bare-isolated', type: 'perpetual', asset: 'BTC', quantity: '0.1', entryPrice: '90000', margin: { mode: 'isolated', collateral: '0' } },
  );
  await page.getByTestId('import-file').setInputFiles({ name: 'flags.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByRole('textbox', { name: 'Portfolio name' })).toHaveValue('Flags');
  await settled(page);
  const row = (id: string) => page.locator(`[data-testid="position-row"][data-position-id="${id}"] td[data-column="flags"]`);
  await expect(row('old-future')).toContainText('Expired');
  await expect(row('bare-isolated')).toContainText('No collateral');
  await expect(row('bare-isolated')).toContainText('Liquidatable');
  await expect(row('eth-perp-long')).toHaveText('');
  await openDetails(page, 'old-future');
  await expect(page.getByRole('list', { name: 'Warnings for old-future' })).toHaveText('Position old-future, expiry: expired: settled at the mark price');
});
