import { expect, test, type Page } from '@playwright/test';
import { generateBook } from '../bench/generate-book';
import { closeIntro, openApp, viewLink } from './helpers';
import { chooseFile, waitImported } from './large-book-timing';

const arrays = (page: Page) => page.locator('[data-testid^="risk-array-"]');
const drawnAssets = (page: Page) => arrays(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('risk-array-'.length)));

async function importBook(page: Page, positions: number, assets: number): Promise<void> {
  await chooseFile(page, 'import-file', `book-${assets}.json`, JSON.stringify(generateBook({ positions, assets, seed: 1 })));
  await waitImported(page, positions, 30_000);
}

// A book of many assets draws the risk arrays of its eight largest requirements; the rest are one
// click away. The eight stay the same while a scan range is typed (a card that moved or left while
// its field had the focus would take the focus with it), and another book chooses its own again.
test('risk arrays of a many-asset book: the eight largest, steady while a scan range is typed, all on request', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await closeIntro(page);
  await importBook(page, 60, 12);
  await viewLink(page, 'Risk').click();
  const more = page.locator('.risk-arrays__more');
  // The generated book holds stablecoins beside its 12 assets: every asset has an array, 8 drawn.
  await expect(more).toContainText(/^The 8 largest requirements of \d+ assets/);
  const total = Number(/of (\d+) assets/.exec((await more.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(12);
  await expect(arrays(page)).toHaveCount(8);
  const before = await drawnAssets(page);

  // The smallest of the eight: a scan range of 0.01 cuts its requirement below others not drawn.
  const last = before[before.length - 1]!;
  const field = page.getByRole('textbox', { name: new RegExp(`^Scan range of ${last} for portfolio margin`) });
  await field.fill('0.01');
  await page.waitForTimeout(1500);
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('0.01');
  expect(await drawnAssets(page)).toEqual(before);

  await more.getByRole('button', { name: `Show all ${total}` }).click();
  await expect(arrays(page)).toHaveCount(total);
  await expect(more).toContainText(`All ${total} assets`);

  // Another book of many assets: its own eight, folded again.
  await viewLink(page, 'Build').click();
  await importBook(page, 40, 10);
  await viewLink(page, 'Risk').click();
  await expect(more).toContainText(/^The 8 largest requirements of \d+ assets/);
  await expect(arrays(page)).toHaveCount(8);
});
