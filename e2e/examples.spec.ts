import { expect, test } from '@playwright/test';
import { collectErrors, exampleIndex, healthNow, loadExample, openApp } from './helpers';

test('every example loads without a console error, and no figure prints NaN', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  for (const entry of exampleIndex()) {
    await loadExample(page, entry);
    await expect(healthNow(page), entry.file).not.toHaveText('');
    await expect(page.locator('body'), entry.file).not.toContainText('NaN');
    await expect(page.getByTestId('portfolio-errors'), entry.file).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
