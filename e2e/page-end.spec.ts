import { expect, test, type Page } from '@playwright/test';
import { generateBook } from '../bench/generate-book';
import { closeIntro, openApp } from './helpers';
import { chooseFile, waitImported } from './large-book-timing';

/** How far the page scrolls past the bottom of its footer, in px. */
const pastFooter = (page: Page) =>
  page.evaluate(() => {
    const footer = document.querySelector('.app-footer');
    if (!footer) throw new Error('no footer');
    return Math.round(document.documentElement.scrollHeight - (footer.getBoundingClientRect().bottom + window.scrollY));
  });

// The charts' tables for screen readers are hidden in a 1 px box; a table given that height keeps
// its rows' height, and a 1,000-position book's ladder table left ~830 px of blank page below the footer.
test('the page ends at its footer, on an example and on a 1,000-position book', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await closeIntro(page);
  expect(await pastFooter(page), 'px of page below the footer, example').toBeLessThanOrEqual(16);
  await chooseFile(page, 'import-file', 'large.json', JSON.stringify(generateBook({ positions: 1000, assets: 50, seed: 1 })));
  await waitImported(page, 1000, 60_000);
  await expect.poll(() => pastFooter(page), { message: 'px of page below the footer, 1,000 positions' }).toBeLessThanOrEqual(16);
});
