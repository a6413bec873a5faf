import { expect, test } from '@playwright/test';
import { closeIntro, openApp } from './helpers';

// Build's charts are laid out and painted only near the screen (content-visibility: auto): on a
// 1,000-position import they were a third of the frame that draws the report. A chart far below
// the fold is skipped until it is scrolled to, then drawn whole, its text readable.
test('a chart far below the fold is drawn when scrolled to, not before', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await closeIntro(page);
  const last = page.locator('.charts > .chart').last();
  const body = last.locator('.chart__body');
  const drawn = () => body.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  await expect(page.getByTestId('charts')).toBeAttached();
  expect(await last.evaluate((el) => el.getBoundingClientRect().top), 'the last chart starts below two screens').toBeGreaterThan(2 * 844);
  expect(await drawn(), 'the last chart is skipped while far below the fold').toBe(false);
  expect(await page.locator('body').innerText()).not.toContain('by margin regime');

  await last.scrollIntoViewIfNeeded();
  await expect.poll(drawn).toBe(true);
  const title = (await last.locator('.chart__title').textContent())?.trim() ?? '';
  expect(title).toMatch(/margin regime/);
  expect(await page.locator('body').innerText()).toContain(title);
  expect((await last.boundingBox())?.height ?? 0).toBeGreaterThan(300);
});
