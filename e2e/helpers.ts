import { expect, type Page } from '@playwright/test';

// Shared steps of the browser tests. Each test starts in a fresh browser context: empty storage,
// so the app opens on the first example.

// The example books are the ones the unit tests and benches use.
import { exampleDocument, type ExampleEntry } from '../test/fixtures/books';

export { exampleDocument, exampleIndex, type ExampleEntry } from '../test/fixtures/books';

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The account's health in the what-if table: the margin ratio ("10.13%") or a lending pool's health factor ("1.54"). */
export const healthNow = (page: Page) => page.getByTestId('whatif-health-now');
/** What healthNow shows once a report is in. */
export const HEALTH_TEXT = /^\d[\d,]*\.\d\d%?$/;

/** Open the app and wait for the engine's first report. */
export async function openApp(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await expect(healthNow(page)).toHaveText(HEALTH_TEXT);
  await expect(page.getByText('Updating…')).toHaveCount(0);
}

export const portfolioName = (page: Page) => page.getByRole('textbox', { name: 'Portfolio name' });

/** The page has settled: no evaluation pending. */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByText('Updating…')).toHaveCount(0);
}

/**
 * Open an example from the examples menu and wait for its report. The example is fetched: until its
 * notice is shown, the book on screen may still be the one before, which has the same name when the
 * example is already open (a later edit was then overwritten by the example arriving).
 */
export async function loadExample(page: Page, entry: ExampleEntry): Promise<void> {
  const opened = page.getByText(`Opened the example “${entry.name}”`);
  const before = await opened.count();
  await page.getByRole('combobox', { name: 'Open an example portfolio' }).selectOption(entry.file);
  await expect(opened).toHaveCount(before + 1);
  const doc = exampleDocument(entry.file);
  await expect(portfolioName(page)).toHaveValue(String(doc.name));
  await settled(page);
}

/** The health curves: "Equity ÷ maintenance against price move" (exchange rules) or "Health factor against price move" (lending). */
export const healthChart = (page: Page) => page.getByRole('figure', { name: /against price move/ });

export type ViewName = 'build' | 'risk' | 'cascades' | 'learn';

/** The nav link of a view. */
export const viewLink = (page: Page, label: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label, exact: true });

/** Open the app on a view by its URL; Build waits for the first report, the others for their heading. */
export async function openView(page: Page, view: ViewName): Promise<void> {
  if (view === 'build') {
    await openApp(page, `./#/build`);
    return;
  }
  await page.goto(`./#/${view}`);
  await expect(page.locator(`main[data-view="${view}"] .view section`).first()).toBeVisible({ timeout: 15_000 });
}

/** Close the first-visit introduction if it shows. */
export async function closeIntro(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close the introduction' });
  if (await close.count()) await close.click();
}
