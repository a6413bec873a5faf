import { expect, test } from '@playwright/test';
import { collectErrors, exampleIndex, healthNow, loadExample, openApp } from './helpers';

// Top up an example to a target and undo it: the classroom book (margin ratio about 82 %) topped up
// with USDC to a margin ratio of 50 % (the engine's health factor 2), then to survive a 5 % joint fall.

const CLASSROOM = exampleIndex().find((e) => e.file === 'classroom-overleveraged.json')!;

test('tops up the classroom book to a margin ratio of 50 % with USDC, and Undo takes it back', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await loadExample(page, CLASSROOM);
  const before = await healthNow(page).textContent();
  expect(before).toMatch(/^\d+\.\d\d%$/);
  expect(Number(before?.replace('%', ''))).toBeGreaterThan(50);
  const balance = page.getByRole('textbox', { name: 'Balance of USDC' });
  const balanceBefore = await balance.inputValue();

  const panel = page.getByTestId('top-up');
  await panel.getByRole('button', { name: 'Top up to reach…' }).click();
  await panel.getByLabel('Asset to add').selectOption('USDC');
  await expect(panel.getByLabel('Reach')).toContainText('a margin ratio (%) of');
  await panel.getByTestId('top-up-target').fill('50');
  await panel.getByRole('button', { name: 'Work out the top-up' }).click();
  const answer = page.getByTestId('top-up-answer');
  await expect(answer).toBeVisible();
  await expect(page.getByTestId('top-up-health')).toContainText(`Margin ratio${before}→ 50.00%`);
  await expect(page.getByTestId('top-up-zone')).toContainText('danger');
  await expect(page.getByTestId('top-up-quantity')).toHaveText(/^[\d,]+(\.\d{1,2})? USDC$/);
  await page.screenshot({ path: 'test-results/screenshots/top-up-1440.png', fullPage: true });

  await answer.getByRole('button', { name: /^Add [\d,.]+ USDC to the balance$/ }).click();
  // The quantity is rounded up to the asset's places: a hair under 50 %, which shows as 50.00%.
  await expect(healthNow(page)).toHaveText('50.00%');
  await expect(balance).not.toHaveValue(balanceBefore);
  await expect(page.getByTestId('notice').last()).toContainText(`Undo brings back the balance of ${Number(balanceBefore).toLocaleString('en-US')} USDC`);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(balance).toHaveValue(balanceBefore);
  await expect(healthNow(page)).toHaveText(before ?? '');
  expect(errors).toEqual([]);
});

test('a distance target says what it approximates and lands near that distance', async ({ page }) => {
  await openApp(page);
  await loadExample(page, CLASSROOM);
  const panel = page.getByTestId('top-up');
  await panel.getByRole('button', { name: 'Top up to reach…' }).click();
  await panel.getByLabel('Reach').selectOption('distance');
  await panel.getByTestId('top-up-target').fill('5');
  await expect(panel).toContainText('Approximate: a joint fall of 5 % before liquidation');
  // An exchange book: the converted target in its own measure, a margin ratio in percent.
  await expect(panel).toContainText(/taken as a margin ratio of \d+\.\d\d% now/);
  await panel.getByRole('button', { name: 'Work out the top-up' }).click();
  await page.getByTestId('top-up-answer').getByRole('button', { name: /^Add / }).click();
  await expect(page.getByTestId('whatif-distance-now')).toHaveText(/^−(4\.\d|5\.\d)%$/);
});

test('a target typed wrong is named as on screen, and nothing is asked of the engine', async ({ page }) => {
  await openApp(page);
  const panel = page.getByTestId('top-up');
  await panel.getByRole('button', { name: 'Top up to reach…' }).click();
  await panel.getByTestId('top-up-target').fill('120');
  await expect(panel).toContainText('Target margin ratio: must be below 100 % (100 % is liquidation) and at least 0.1 %.');
  await expect(panel.getByRole('button', { name: 'Work out the top-up' })).toBeDisabled();
});
