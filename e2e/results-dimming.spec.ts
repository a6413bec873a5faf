import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './large-book-timing';
import { largeBook, LARGE_BOOK_POSITIONS } from './large-book';
import { exampleIndex, loadExample, openApp, settled } from './helpers';

declare global {
  interface Window {
    /** Each update of the figures: how long they were pending, and whether they were dimmed meanwhile. */
    __updates: { pendingMs: number; dimmed: boolean }[];
    __updatesObserver?: MutationObserver;
  }
}

/** The figures dim only once an update has been pending for 400 ms (Results.tsx). */
const DIM_AFTER_MS = 400;

/** Record every pending period of the first results frame from now on (the frames share one flag). */
async function watchUpdates(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__updates = [];
    window.__updatesObserver?.disconnect();
    const frame = document.querySelector('.results')!;
    let since = -1, dimmed = false;
    window.__updatesObserver = new MutationObserver(() => {
      const busy = frame.getAttribute('aria-busy') === 'true';
      if (frame.classList.contains('is-updating')) dimmed = true;
      if (busy && since < 0) {
        since = performance.now();
        dimmed = frame.classList.contains('is-updating');
      } else if (!busy && since >= 0) {
        window.__updates.push({ pendingMs: performance.now() - since, dimmed });
        since = -1;
      }
    });
    window.__updatesObserver.observe(frame, { attributes: true, attributeFilter: ['aria-busy', 'class'] });
  });
}

// Whichever way an update goes on this machine, it is checked: one pending for well under the delay
// was never dimmed (a dim is a repaint of every figure: 30 ms of paint per edit on a 1,000-position
// book, beside the worker's evaluation), one pending well over it was.
function expectDimmedOnlyWhenSlow(updates: readonly { pendingMs: number; dimmed: boolean }[]): void {
  for (const u of updates) {
    if (u.pendingMs < DIM_AFTER_MS - 50) expect(u.dimmed, `an update pending ${Math.round(u.pendingMs)} ms was dimmed`).toBe(false);
    if (u.pendingMs > DIM_AFTER_MS + 150) expect(u.dimmed, `an update pending ${Math.round(u.pendingMs)} ms was not dimmed`).toBe(true);
  }
}

test('an edit that is answered quickly does not dim the figures; an import that takes a while does', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'altcoin-book.json') ?? exampleIndex()[0]!);
  await watchUpdates(page);
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  const value = Number(await quantity.inputValue());
  for (const size of [value + 1, value + 2, value]) {
    await quantity.fill(String(size));
    await settled(page);
  }
  const edits = await page.evaluate(() => window.__updates);
  console.log(`edits of the largest example: pending ${edits.map((u) => `${Math.round(u.pendingMs)} ms${u.dimmed ? ' (dimmed)' : ''}`).join(', ')}`);
  expect(edits.length).toBeGreaterThan(0);
  expectDimmedOnlyWhenSlow(edits);

  // A 2,000-position book's first evaluation: a fresh worker's slower tiers, seconds on a loaded machine.
  await watchUpdates(page);
  const book = largeBook();
  await chooseFile(page, 'import-file', 'large.json', JSON.stringify(book));
  await expect(page.getByTestId('positions-scroll').getByRole('table')).toHaveAttribute('aria-rowcount', String(LARGE_BOOK_POSITIONS + 1), { timeout: 60_000 });
  await settled(page);
  const imported = await page.evaluate(() => window.__updates);
  console.log(`import of ${LARGE_BOOK_POSITIONS} positions: pending ${imported.map((u) => `${Math.round(u.pendingMs)} ms${u.dimmed ? ' (dimmed)' : ''}`).join(', ')}`);
  expect(imported.length).toBeGreaterThan(0);
  expectDimmedOnlyWhenSlow(imported);
});
