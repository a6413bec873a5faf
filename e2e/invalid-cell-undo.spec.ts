import { expect, test } from '@playwright/test';
import { healthNow, openApp, settled } from './helpers';

test('an invalid cell shows the engine’s message, the last report stays, and undo restores it', async ({ page }) => {
  await openApp(page);
  const health = await healthNow(page).textContent();
  const row = page.getByTestId('position-row').first();
  const quantity = row.getByRole('textbox', { name: /^Quantity of/ });
  const original = await quantity.inputValue();

  await quantity.fill('12 BTC');
  await settled(page);
  await expect(quantity).toHaveValue('12 BTC');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toHaveAccessibleDescription(/must be a decimal string/);
  // The problem list names the row and the field as the table shows them, never the engine's path.
  await expect(page.getByTestId('portfolio-errors')).toContainText(/Position \S+, size: must be a decimal string/);
  await expect(page.getByTestId('portfolio-errors')).not.toContainText('positions[');
  // The rest of the page keeps the last valid figures.
  await expect(healthNow(page)).toHaveText(health ?? '');
  await expect(row.locator('td[data-column="notional"]')).not.toHaveText('—');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(quantity).toHaveValue(original);
  await expect(quantity).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('portfolio-errors')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(quantity).toHaveValue('12 BTC');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(quantity).toHaveValue(original);
});
