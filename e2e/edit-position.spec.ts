import { expect, test } from '@playwright/test';
import { healthChart, healthNow, openApp, settled } from './helpers';

test('editing a position’s size changes the health factor and the chart', async ({ page }) => {
  await openApp(page);
  const before = await healthNow(page).textContent();
  const chartBefore = await healthChart(page).textContent();
  const row = page.getByTestId('position-row').first();
  const quantity = row.getByRole('textbox', { name: /^Quantity of/ });
  const notionalBefore = Number((await row.locator('td[data-column="notional"]').textContent())!.replace(/,/g, ''));
  const original = Number(await quantity.inputValue());
  await quantity.fill(String(original * 3));
  await settled(page);
  await expect(healthNow(page)).not.toHaveText(before ?? '');
  await expect.poll(() => healthChart(page).textContent()).not.toBe(chartBefore);
  // The row's own figures come from the new report: |quantity| × mark, so three times the size is three times the notional.
  await expect.poll(async () => Number((await row.locator('td[data-column="notional"]').textContent())!.replace(/,/g, ''))).toBeCloseTo(notionalBefore * 3, 2);
});

test('a position’s details edit its entry price and margin mode', async ({ page }) => {
  await openApp(page);
  const row = page.getByTestId('position-row').first();
  const id = (await row.getAttribute('data-position-id'))!;
  await row.getByRole('button', { name: `Details of ${id}` }).click();
  const panel = page.getByRole('group', { name: `Details of ${id}` });
  const entry = panel.getByRole('textbox', { name: `Entry price of ${id}` });
  await entry.fill('abc');
  // The message sits under the field it is about, in words.
  await expect(entry).toHaveAccessibleDescription('must be a positive decimal string');
  await entry.fill('2800');
  await settled(page);
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);
  await expect(row.locator('td[data-column="entry"]')).toHaveText('2,800');
  await panel.getByRole('combobox', { name: `Margin mode of ${id}` }).selectOption('isolated');
  await panel.getByRole('textbox', { name: `Isolated collateral of ${id}` }).fill('20000');
  await settled(page);
  await expect(row.locator('td[data-column="liquidation"] > span')).toHaveAttribute('title', /isolated position is liquidated at/);
});
