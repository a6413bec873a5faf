import { expect, test } from '@playwright/test';
import { healthChart, healthNow, openApp, settled } from './helpers';

test('editing a position’s size changes the health factor and the chart', async ({ page }) => {
  await openApp(page);
  const before = await healthNow(page).textContent();
  const chartBefore = await healthChart(page).textContent();
  const row = page.getByTestId('position-row').first();
  const quantity = row.getByRole('textbox', { name: /^Quantity of/ });
  const original = Number(await quantity.inputValue());
  await quantity.fill(String(original * 3));
  await settled(page);
  await expect(healthNow(page)).not.toHaveText(before ?? '');
  await expect.poll(() => healthChart(page).textContent()).not.toBe(chartBefore);
  // The row's own figures come from the new report: its notional tripled.
  await expect(row.locator('td[data-column="notional"]')).not.toHaveText('—');
});
