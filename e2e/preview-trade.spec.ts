import { expect, test } from '@playwright/test';
import { openApp, settled } from './helpers';

test('a preview trade shows before → after, then can be added', async ({ page }) => {
  await openApp(page);
  const rows = await page.getByTestId('position-row').count();
  await page.getByRole('button', { name: 'Preview a trade' }).click();
  const quantity = page.getByRole('textbox', { name: /^Quantity \(negative: short\) of the previewed trade/ });
  await quantity.fill('20');
  await settled(page);
  const health = page.getByTestId('preview-health');
  await expect(health).toBeVisible();
  const [before, after] = await health.locator('td').allTextContents();
  expect(after).toContain('→');
  expect(after?.replace('→', '').trim()).not.toBe(before?.trim());
  await expect(page.getByTestId('preview-before-after')).toContainText('Maintenance margin');
  // The book itself is untouched until the trade is added.
  await expect(page.getByTestId('position-row')).toHaveCount(rows);
  await page.getByRole('button', { name: 'Add to portfolio' }).click();
  await expect(page.getByTestId('position-row')).toHaveCount(rows + 1);
  await expect(page.getByTestId('preview-before-after')).toHaveCount(0);
});

test('a preview trade can be dropped', async ({ page }) => {
  await openApp(page);
  const rows = await page.getByTestId('position-row').count();
  await page.getByRole('button', { name: 'Preview a trade' }).click();
  await expect(page.getByTestId('preview-before-after')).toBeVisible();
  await page.getByRole('button', { name: 'Drop' }).click();
  await expect(page.getByTestId('preview-before-after')).toHaveCount(0);
  await expect(page.getByTestId('position-row')).toHaveCount(rows);
});
