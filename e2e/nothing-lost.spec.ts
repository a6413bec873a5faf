import { expect, test } from '@playwright/test';
import { exampleDocument, exampleIndex, loadExample, openApp, portfolioName, settled } from './helpers';

// Loading an example, or New, over an edited book replaces it as one undoable edit with a notice
// saying what Undo brings back.

test('an example loaded over an edited book says Undo brings it back, and Undo does', async ({ page }) => {
  await openApp(page);
  await portfolioName(page).fill('My own book');
  await settled(page);
  const entry = exampleIndex().find((e) => e.file === 'covered-call.json')!;
  await loadExample(page, entry);
  await expect(page.getByTestId('notice').last()).toContainText(`Opened the example “${entry.name}”. Undo brings back “My own book”.`);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(portfolioName(page)).toHaveValue('My own book');
});

test('New over an edited book says Undo brings it back, and Undo does', async ({ page }) => {
  await openApp(page);
  await portfolioName(page).fill('My own book');
  await settled(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(portfolioName(page)).toHaveValue('New portfolio');
  await expect(page.getByTestId('notice').last()).toContainText('Started a new portfolio. Undo brings back “My own book”.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(portfolioName(page)).toHaveValue('My own book');
});

// The undo history is stored under margin-lab/undo (src/state/history.ts): the book an example
// replaced comes back even after the page is reloaded.
test('an example loaded over an edited book is undone after a reload', async ({ page }) => {
  await openApp(page);
  await portfolioName(page).fill('My own book');
  await settled(page);
  const entry = exampleIndex().find((e) => e.file === 'covered-call.json')!;
  await loadExample(page, entry);
  await page.reload();
  await expect(portfolioName(page)).toHaveValue(String(exampleDocument(entry.file).name));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(portfolioName(page)).toHaveValue('My own book');
});
