import { expect, test, type Page } from '@playwright/test';
import { exampleIndex, loadExample, openApp, settled } from './helpers';

const ids = (page: Page) => page.getByTestId('position-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-position-id')));

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

  const first = page.getByTestId('position-row').first();
  const firstId = original[0]!;
  await first.getByRole('button', { name: `Duplicate ${firstId}` }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 1);
  expect((await ids(page))[1]).toBe(`${firstId}-2`);
  await page.getByRole('button', { name: 'Add option' }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 2);
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);

  await first.getByRole('combobox', { name: `Margin mode of ${firstId}` }).selectOption('isolated');
  const collateral = first.getByRole('textbox', { name: `Isolated collateral of ${firstId}` });
  await collateral.fill('5000');
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);
  await expect(first.locator('td[data-column="liquidation"]')).not.toContainText('↓');

  await first.getByRole('button', { name: `Delete ${firstId}` }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(original.length + 1);
});

test('assets: add a common one and a custom symbol, edit a price', async ({ page }) => {
  await openApp(page);
  const assets = page.getByTestId('assets');
  await assets.getByLabel('Add asset').selectOption('SOL');
  await assets.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByTestId('asset-SOL')).toBeVisible();
  await assets.getByLabel('Add asset').selectOption('__custom__');
  await assets.getByRole('textbox', { name: 'Symbol of the new asset' }).fill('arb');
  await assets.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByTestId('asset-ARB')).toBeVisible();
  const price = page.getByRole('textbox', { name: 'Price of ARB' });
  await price.fill('-1');
  await expect(price).toHaveAccessibleDescription('must be a positive decimal string');
  await price.fill('0.75');
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);
});
