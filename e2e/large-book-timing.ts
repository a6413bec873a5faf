import type { Page } from '@playwright/test';

// Measuring a large book in the page itself: long tasks with their start, and the time from a
// keystroke to the figure it changes being on screen. While measuring, the tests wait with cheap
// CSS queries in page.waitForFunction: a role or text locator polled against a 2,000-row page
// computes accessible names for thousands of elements, a long task of the test's own making.

declare global {
  interface Window {
    /** [start, duration] of each long task since the page opened, in ms. */
    __largeBookTasks: [number, number][];
    __editToFigure: Promise<number>;
  }
}

/**
 * Choose a file in the import button as the browser does when a user picks one: the File is made in
 * the page from the text. Playwright's setInputFiles sends the bytes as base64 and decodes them in
 * the page with a script loop, in the task that fires the change: 36 ms of its own on a 1,000-position
 * book here, and 100-200 ms on a loaded machine, a long task of the test's making counted as the import's.
 */
export async function chooseFile(page: Page, testId: string, name: string, text: string): Promise<void> {
  await page.getByTestId(testId).evaluate(
    (input: HTMLInputElement, [fileName, fileText]) => {
      const chosen = new DataTransfer();
      chosen.items.add(new File([fileText!], fileName!, { type: 'application/json' }));
      input.files = chosen.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, text],
  );
}

/** Record every long task from the page's start (an init script: before the app runs). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__largeBookTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__largeBookTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The long tasks' durations since the last call (rounded ms), emptying the record. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  const tasks = await page.evaluate(() => window.__largeBookTasks.splice(0));
  return tasks.map(([, duration]) => Math.round(duration));
}

export const longest = (tasks: readonly number[]): number => Math.max(0, ...tasks);

const POLL = { polling: 100 } as const;

/** No evaluation pending: the results frames carry aria-busy="true" while one is. */
export async function waitSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.results[aria-busy="true"]') === null, undefined, { ...POLL, timeout });
}

/** The imported book is in the table (`rows` positions), its first row valued, nothing pending. */
export async function waitImported(page: Page, rows: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const table = document.querySelector('[data-testid="positions-scroll"] table');
      const notional = document.querySelector('[data-testid="position-row"] td[data-column="notional"]')?.textContent?.trim() ?? '—';
      return table?.getAttribute('aria-rowcount') === String(count + 1) && notional !== '—' && document.querySelector('.results[aria-busy="true"]') === null;
    },
    rows,
    { ...POLL, timeout },
  );
}

/**
 * Arm a measurement: from the next input event to the moment the text of `selector` differs from
 * what it is now, to the frame after (the figure is on screen, not only in the DOM).
 */
export async function armEditToFigure(page: Page, selector: string): Promise<void> {
  await page.evaluate((cellSelector) => {
    const before = document.querySelector(cellSelector)?.textContent ?? '';
    window.__editToFigure = new Promise<number>((resolve) => {
      let start = 0;
      document.addEventListener('input', () => (start = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (start === 0 || (document.querySelector(cellSelector)?.textContent ?? '') === before) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, selector);
}

export async function editToFigure(page: Page): Promise<number> {
  return Math.round(await page.evaluate(() => window.__editToFigure));
}

/** The median of a few samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
