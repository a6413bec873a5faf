import { expect, test } from '@playwright/test';
import { exampleIndex, exampleDocument, openApp, portfolioName, settled } from './helpers';

test('edits survive a reload', async ({ page }) => {
  await openApp(page);
  await portfolioName(page).fill('Kept across reloads');
  await settled(page);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(portfolioName(page)).toHaveValue('Kept across reloads');
});

test('a corrupt saved entry is set aside, the user is told, and the app starts from an example', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('margin-lab/state', '{"schemaVersion": 1, "portfolio": {"form'));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('Your saved portfolio could not be opened');
  await expect(page.getByTestId('notice')).toContainText('margin-lab/set-aside/');
  await expect(portfolioName(page)).toHaveValue(String(exampleDocument(exampleIndex()[0]!.file).name));
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('margin-lab/set-aside/')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"schemaVersion": 1, "portfolio": {"form']);
});

test('an entry saved by a newer version is refused, not guessed at', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('margin-lab/state', JSON.stringify({ schemaVersion: 99, portfolio: {}, theme: 'dark' })));
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('newer version of Margin Lab');
});
