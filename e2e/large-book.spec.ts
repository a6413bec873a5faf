import { expect, test, type Page } from '@playwright/test';
import { LARGE_BOOK_POSITIONS, largeBook } from './large-book';
import { openApp, portfolioName } from './helpers';
import { LONG_TASK_BOUND_MS, LONG_TASK_GOAL_MS } from './timing';

declare global {
  interface Window {
    __longTasks: number[];
  }
}

/** The positions table stays light at any size: the goal of issue 15 item 4. */
const DOM_GOAL = 5000;

// The engine takes seconds on such a book today (a compiled kernel is on its way): these tests
// bound their waits generously and print the figures; they assert what the table owes at any engine
// speed: few elements, one asset picker, and a main thread it does not block.

async function importLargeBook(page: Page): Promise<number> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await openApp(page);
  const book = largeBook();
  const started = Date.now();
  await page.getByTestId('import-file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(book)) });
  await expect(portfolioName(page)).toHaveValue(String(book.name), { timeout: 60_000 });
  await expect(page.getByTestId('positions-scroll').getByRole('table')).toHaveAttribute('aria-rowcount', String(LARGE_BOOK_POSITIONS + 1));
  return Date.now() - started;
}

const longTasksSince = async (page: Page) => page.evaluate(() => window.__longTasks.splice(0));
const longest = (tasks: number[]) => Math.round(Math.max(0, ...tasks));

test('a 2,000-position book imports and edits with under 5,000 elements in the positions table and one asset picker', async ({ page }) => {
  test.setTimeout(120_000);
  const imported = await importLargeBook(page);
  const table = page.getByTestId('positions-scroll');
  const row = page.getByTestId('position-row').first();
  const quantity = row.getByRole('textbox', { name: /^Quantity of/ });
  const edited = String(Number(await quantity.inputValue()) * 2);
  await quantity.fill(edited);
  await expect(quantity).toHaveValue(edited);

  // The end of the book scrolls into view; the elements stay few wherever the view is.
  // Scrolled until the last row shows: while the engine values the imported book the page's figures
  // redraw and the table's height can still change, so one scroll may land short of the end.
  const lastRow = page.locator(`[data-testid="position-row"][data-position-id="p${LARGE_BOOK_POSITIONS}"]`);
  await expect(async () => {
    await table.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(lastRow).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const atEnd = await table.evaluate((el) => el.querySelectorAll('*').length);
  await table.evaluate((el) => el.scrollTo(0, 0));
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: /^Details of/ }).click();
  const opened = await table.evaluate((el) => el.querySelectorAll('*').length);
  const rendered = await page.getByTestId('position-row').count();
  // One asset picker in the opened row, none in the others.
  await expect(page.locator('select[aria-label^="Asset of"]')).toHaveCount(1);
  console.log(`large book imported in ${imported} ms; positions table: ${atEnd} elements at the end, ${opened} with a row opened, ${rendered} rows of ${LARGE_BOOK_POSITIONS} rendered (goal < ${DOM_GOAL})`);
  expect(atEnd).toBeLessThan(DOM_GOAL);
  expect(opened).toBeLessThan(DOM_GOAL);
  expect(rendered).toBeLessThan(200);
});

// What it asserts: scrolling the whole book, the table's own work, stays within the bound. What it
// prints beside the goal: the longest task of an edit (the keystroke's render is a few ms of it;
// the rest is garbage collection after the whole book is copied to the worker and stored, and the
// risk panel's heatmap) and of the import's figures (the liquidation ladder drawing 2,000 points
// takes seconds): those belong to the worker client and the charts, and are listed for them.
test('a 2,000-position book scrolls with no main-thread task over 50 ms, and an edit is measured', async ({ page }) => {
  test.setTimeout(240_000);
  await importLargeBook(page);
  const table = page.getByTestId('positions-scroll');
  const row = page.getByTestId('position-row').first();
  // Let the engine value the imported book (generous: it takes seconds today), so that what follows
  // measures the page, not the arrival of the import's report.
  const notional = row.locator('td[data-column="notional"]');
  const started = Date.now();
  const valued = await expect(notional).not.toHaveText('—', { timeout: 150_000 }).then(
    () => true,
    () => false,
  );
  console.log(valued ? `the engine valued the 2,000 positions within ${((Date.now() - started) / 1000).toFixed(1)} s of the import's rows` : 'the engine did not value the book within 150 s');
  test.skip(!valued, 'the engine did not value the book in time on this machine: nothing to measure');
  await page.waitForTimeout(1000);
  const whileValuing = await longTasksSince(page);

  // Scrolling through the whole book: only the table works.
  for (let step = 1; step <= 20; step += 1) {
    await table.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), step / 20);
    await page.waitForTimeout(50);
  }
  await table.evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(200);
  const scrolling = await longTasksSince(page);

  // An edit, up to its echo in the field: the keystroke's own work, before the engine answers.
  const quantity = row.getByRole('textbox', { name: /^Quantity of/ });
  const edited = String(Number(await quantity.inputValue()) * 2);
  await quantity.fill(edited);
  await expect(quantity).toHaveValue(edited);
  const editing = await longTasksSince(page);

  console.log(`the page holds ${await page.evaluate(() => document.querySelectorAll('*').length)} elements`);
  console.log(`long tasks while the import was valued and drawn: ${JSON.stringify(whileValuing.map(Math.round))} (longest ${longest(whileValuing)} ms)`);
  console.log(`longest main-thread task scrolling 2,000 rows: ${longest(scrolling)} ms; editing a size: ${longest(editing)} ms (goal ≤ ${LONG_TASK_GOAL_MS} ms, bound ${LONG_TASK_BOUND_MS} ms)`);
  expect(scrolling.filter((d) => d > LONG_TASK_BOUND_MS)).toEqual([]);
  if (longest(editing) > LONG_TASK_BOUND_MS) test.info().annotations.push({ type: 'over the goal', description: `editing a size: ${longest(editing)} ms` });
});
