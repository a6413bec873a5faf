import { expect, test } from '@playwright/test';
import { healthNow, openApp, portfolioName, settled } from './helpers';

test('a share link opens the same portfolio in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await portfolioName(page).fill('Shared test book');
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  await quantity.fill('42');
  await settled(page);
  const health = await healthNow(page).textContent();
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByTestId('share-url').inputValue();
  expect(link).toContain('#p=');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, link);
  await expect(portfolioName(other)).toHaveValue('Shared test book');
  await expect(other.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ })).toHaveValue('42');
  await expect(healthNow(other)).toHaveText(health ?? '');
  await expect(other.getByTestId('notice')).toContainText('Opened the shared portfolio');
  // The link's hash gives way to the Build view's route, so a reload keeps later edits instead of reopening the link.
  expect(new URL(other.url()).hash).toBe('#/build');
  await fresh.close();
});

test('a malformed link says what is wrong and leaves the saved portfolio untouched', async ({ page }) => {
  await openApp(page);
  await portfolioName(page).fill('My saved book');
  await settled(page);
  await page.waitForTimeout(400); // the store saves a moment after an edit
  await page.goto('./#p=thisIsNotAPortfolio');
  await expect(page.getByTestId('notice')).toContainText('This share link could not be opened');
  await expect(portfolioName(page)).toHaveValue('My saved book');
  await page.reload();
  await expect(portfolioName(page)).toHaveValue('My saved book');
});
