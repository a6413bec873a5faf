import { expect, test } from '@playwright/test';
import { evaluate } from '../src/worker/api';
import { healthValue } from '../src/ui/charts/health-reading';
import { collectErrors, exampleDocument, exampleIndex, healthChart, healthNow, openApp, portfolioName } from './helpers';

test('opens on the first example and shows its health (margin ratio), as the engine computes it', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  const first = exampleIndex()[0]!;
  const doc = exampleDocument(first.file);
  await expect(portfolioName(page)).toHaveValue(String(doc.name));

  const result = evaluate(doc).value;
  if (!result.ok) throw new Error('the first example must be valid');
  const expected = healthValue(result.report);
  await expect(healthNow(page)).toHaveText(expected);
  await expect(page.getByRole('figure', { name: 'Account' })).toContainText(expected);
  await expect(healthChart(page)).toBeVisible();
  await expect(page.getByTestId('position-row')).toHaveCount((doc.positions as unknown[]).length);
  await expect(page.locator('body')).not.toContainText('NaN');
  expect(errors).toEqual([]);
});
