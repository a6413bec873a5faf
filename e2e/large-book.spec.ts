import { expect, test, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { generateBook } from '../bench/generate-book';
import { LARGE_BOOK_POSITIONS, largeBook } from './large-book';
import { armEditToFigure, chooseFile, editToFigure, longest, median, takeLongTasks, waitImported, waitSettled, watchLongTasks } from './large-book-timing';
import { openApp, portfolioName } from './helpers';
import { describeTasks, startTaskTrace, stopTaskTrace, type MainThreadTask } from './main-thread-trace';
import { LONG_TASK_BOUND_MS, LONG_TASK_GOAL_MS } from './timing';

/** The positions table stays light at any size: the goal of issue 15 item 4. */
const DOM_GOAL = 5000;

// Waits are generous (a loaded 2-core machine); the figures are printed beside their goals.

async function importLargeBook(page: Page): Promise<number> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  const book = largeBook();
  const started = Date.now();
  await page.getByTestId('import-file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(book)) });
  await expect(portfolioName(page)).toHaveValue(String(book.name), { timeout: 60_000 });
  await expect(page.getByTestId('positions-scroll').getByRole('table')).toHaveAttribute('aria-rowcount', String(LARGE_BOOK_POSITIONS + 1));
  return Date.now() - started;
}

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

// The main thread through a large book's life: the import read, checked, valued and drawn; the
// whole table scrolled; sizes edited until their figures show. Every long task is printed beside
// the goal (50 ms), with its wall time (the page's long-task entries) and the CPU time Chromium's
// trace gives it (main-thread-trace.ts). The bound (150 ms, e2e/timing.ts) is asserted on CPU
// time: a CI machine running other work stretched tasks of 50-60 ms of work to 150-160 ms of wall
// time (load 2.3 per core), and busy loops beside this test do the same here. Edit → figure (from
// the keystroke to the edited row's notional on screen) is printed beside issue 9's goals; it is
// not asserted: it is mostly the engine's time, which depends on the machine's load.
async function measureLargeBook(page: Page, book: Record<string, unknown>, label: string, goal: string): Promise<number[]> {
  const count = (book.positions as unknown[]).length;
  await page.setViewportSize({ width: 1440, height: 900 });
  await watchLongTasks(page);
  await openApp(page);
  await page.waitForTimeout(500);
  await takeLongTasks(page);

  await startTaskTrace(page);
  const started = Date.now();
  await chooseFile(page, 'import-file', 'large.json', JSON.stringify(book));
  // Read, checked, put in the table, valued (the first row's notional is a figure), nothing pending.
  await waitImported(page, count, 150_000);
  const valuedIn = Date.now() - started;
  // The charts redraw once the reports rest (150 ms); give them time to be drawn.
  await page.waitForTimeout(1500);
  const importing = await takeLongTasks(page);
  const importingTasks = await stopTaskTrace(page, LONG_TASK_GOAL_MS);

  await startTaskTrace(page);
  const table = page.getByTestId('positions-scroll');
  for (let step = 1; step <= 20; step += 1) {
    await table.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), step / 20);
    await page.waitForTimeout(50);
  }
  await table.evaluate((el) => el.scrollTo(0, 0));
  // Then the page down to the charts and back: a user reads them after an import, and work put off
  // until they come near the screen (content-visibility, tried) would show here.
  await page.getByTestId('charts').evaluate((el) => el.scrollIntoView());
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const scrolling = await takeLongTasks(page);
  const scrollingTasks = await stopTaskTrace(page, LONG_TASK_GOAL_MS);

  await startTaskTrace(page);
  const firstRow = '[data-testid="position-row"]';
  const row = page.locator(firstRow).first();
  const id = await row.getAttribute('data-position-id');
  const notional = `${firstRow}[data-position-id="${id}"] td[data-column="notional"]`;
  const quantity = row.locator('input[aria-label^="Quantity of"]');
  const original = Number(await quantity.inputValue());
  const samples: number[] = [];
  for (const factor of [2, 3, 1]) {
    await armEditToFigure(page, notional);
    await quantity.fill(String(original * factor));
    samples.push(await editToFigure(page));
    await waitSettled(page);
    await page.waitForTimeout(1000);
  }
  const editing = await takeLongTasks(page);
  const editingTasks = await stopTaskTrace(page, LONG_TASK_GOAL_MS);

  const cpu = (tasks: readonly MainThreadTask[]) => tasks.map((t) => t.cpu);
  const phase = (wall: readonly number[], tasks: readonly MainThreadTask[]) => `wall ${JSON.stringify(wall)} (longest ${longest(wall)}), CPU ${JSON.stringify(cpu(tasks))} (longest ${longest(cpu(tasks))})`;
  console.log(`${label}: imported and valued in ${valuedIn} ms; the page holds ${await page.evaluate(() => document.querySelectorAll('*').length)} elements`);
  console.log(`${label}: long tasks (ms; goal ≤ ${LONG_TASK_GOAL_MS}; bound ${LONG_TASK_BOUND_MS} on CPU time) while imported, valued and drawn: ${phase(importing, importingTasks)}; scrolling: ${phase(scrolling, scrollingTasks)}; three edits with their figures: ${phase(editing, editingTasks)}`);
  console.log(`${label}: edit → the row's figure on screen: median ${median(samples)} ms (${samples.join(', ')}; ${goal}); engine ${await page.getByTestId('evaluate-millis').textContent()} per evaluation; load ${(loadavg()[0]! / cpus().length).toFixed(1)} per core (${cpus().length} cores)`);
  const over = (tasks: readonly MainThreadTask[]) => tasks.filter((t) => t.cpu > LONG_TASK_BOUND_MS);
  for (const [phaseName, tasks] of [['the import is read, valued and drawn', importingTasks], ['scrolling', scrollingTasks], ['editing', editingTasks]] as const) {
    if (tasks.length > 0) console.log(`${label}: long tasks while ${phaseName}: ${describeTasks(tasks)}`);
    expect.soft(cpu(over(tasks)), `tasks over the bound (CPU ms) while ${phaseName}: ${describeTasks(over(tasks))}`).toEqual([]);
  }
  return samples;
}

test('a 2,000-position / 100-asset book imports, scrolls and edits with no main-thread task over 50 ms (bound 150 ms)', async ({ page }) => {
  test.setTimeout(300_000);
  await measureLargeBook(page, largeBook(), '2,000 positions / 100 assets', 'no goal of its own; issue 9: ≤ 250 ms at 1,000 positions');
});

test('a 1,000-position / 50-asset book (the bench\'s shape) imports, scrolls and edits with no main-thread task over 50 ms (bound 150 ms)', async ({ page }) => {
  test.setTimeout(300_000);
  await measureLargeBook(page, generateBook({ positions: 1000, assets: 50, seed: 1 }), '1,000 positions / 50 assets (bench)', 'goal ≤ 250 ms, issue 9');
});
