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

// Quick updates must not dim (a dim is a repaint of every figure: 30 ms of paint per edit on a
// 1,000-position book, beside the worker's evaluation); slow ones must. The timer starts after the
// pending state is drawn, so nothing pending under 400 ms can be dimmed; each side is asserted on
// updates that surely fall on it (a CI run saw edits pending 102-234 ms with two browsers running).
const QUICK_MS = 380;
const SLOW_MS = 1500;

const described = (updates: readonly { pendingMs: number; dimmed: boolean }[]) => updates.map((u) => `${Math.round(u.pendingMs)} ms${u.dimmed ? ' (dimmed)' : ''}`).join(', ');

test('an edit that is answered quickly does not dim the figures; an import that takes a while does', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'altcoin-book.json') ?? exampleIndex()[0]!);
  await watchUpdates(page);
  const quantity = page.getByTestId('position-row').first().getByRole('textbox', { name: /^Quantity of/ });
  const value = Number(await quantity.inputValue());
  for (const size of [value + 1, value + 2, value + 3, value + 1, value]) {
    await quantity.fill(String(size));
    await settled(page);
  }
  const edits = await page.evaluate(() => window.__updates);
  console.log(`edits of the largest example: pending ${described(edits)} (never dimmed under ${QUICK_MS} ms)`);
  const quick = edits.filter((u) => u.pendingMs < QUICK_MS);
  expect(quick.length, `no edit was answered within ${QUICK_MS} ms: ${described(edits)}`).toBeGreaterThan(0);
  expect(quick.filter((u) => u.dimmed)).toEqual([]);

  // A 2,000-position book imported with the page's CPU slowed sixfold (Chromium's throttling): an
  // update that surely takes seconds, however fast the machine.
  await watchUpdates(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await chooseFile(page, 'import-file', 'large.json', JSON.stringify(largeBook()));
  await expect(page.getByTestId('positions-scroll').getByRole('table')).toHaveAttribute('aria-rowcount', String(LARGE_BOOK_POSITIONS + 1), { timeout: 90_000 });
  await expect(page.getByText('Updating…')).toHaveCount(0, { timeout: 90_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const imported = await page.evaluate(() => window.__updates);
  console.log(`import of ${LARGE_BOOK_POSITIONS} positions at a sixth of the CPU: pending ${described(imported)} (dimmed past ${SLOW_MS} ms)`);
  const slow = imported.filter((u) => u.pendingMs > SLOW_MS);
  expect(slow.length, `the import was never pending past ${SLOW_MS} ms: ${described(imported)}`).toBeGreaterThan(0);
  expect(slow.filter((u) => !u.dimmed)).toEqual([]);
});
