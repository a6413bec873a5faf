import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeIntro, collectErrors } from './helpers';

// Every step of every lesson, opened by its URL: no console error, and the engine's live answer
// shown as a number (not NaN, not empty). Then the player: keys and buttons, a control that moves the
// answer as hand arithmetic says, presenter mode, and "Open this book in Build". Screenshots of the
// player at 1440×900 and 390×844, light and dark, and in presenter mode go to test-results/screenshots/.

interface IndexEntry { id: string; title: string }
const lessonsDir = new URL('../public/lessons/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', lessonsDir), 'utf8')) as IndexEntry[];
const stepCount = (id: string) => (JSON.parse(readFileSync(new URL(`${id}.json`, lessonsDir), 'utf8')) as { steps: unknown[] }).steps.length;

const answer = (page: Page) => page.getByTestId('lesson-answer-value');

async function openStep(page: Page, id: string, step: number): Promise<void> {
  await page.goto(`./#/learn/${id}/${step}`);
  await expect(page.getByTestId('lesson-step-number')).toHaveText(String(step), { timeout: 15_000 });
}

test('the Learn view lists every lesson, each linking to its first step', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./#/learn');
  await expect(page.getByTestId('lesson-entry')).toHaveCount(index.length);
  await page.screenshot({ path: 'test-results/screenshots/lessons-index-1440.png', fullPage: true });
  await page.getByRole('link', { name: index[0]!.title }).click();
  await expect(page).toHaveURL(new RegExp(`#/learn/${index[0]!.id}/1$`));
  await expect(answer(page)).toHaveText(/\d/, { timeout: 15_000 });
  expect(errors).toEqual([]);
});

for (const { id } of index) {
  test(`every step of “${id}” opens by URL with its live answer and no console error`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page);
    for (let step = 1; step <= stepCount(id); step += 1) {
      await openStep(page, id, step);
      await closeIntro(page);
      await expect(answer(page)).toHaveText(/^[−+]?[\d,]+(\.\d+)?( %)?$/, { timeout: 20_000 });
      await expect(page.getByTestId('lesson-answer')).not.toContainText(/NaN|Infinity|undefined/);
    }
    expect(errors).toEqual([]);
  });
}

test('arrow keys and the buttons move between steps; the address follows', async ({ page }) => {
  await openStep(page, 'solvency-delta-and-dynamic-margin', 1);
  await closeIntro(page);
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/#\/learn\/solvency-delta-and-dynamic-margin\/2$/);
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(/\/1$/);
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/\/3$/);
  await expect(page.getByRole('link', { name: 'All lessons' })).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/\/2$/);
  // Back in the browser returns to the previous step.
  await page.goBack();
  await expect(page).toHaveURL(/\/3$/);
  // A step past the end shows the last one and says so.
  await page.goto('./#/learn/haircuts/9');
  await expect(page.getByTestId('lesson-step-number')).toHaveText('2');
  await expect(page.getByText('This lesson has 2 steps; here is the last.')).toBeVisible();
});

test('the control moves the answer as the arithmetic says (haircuts on the basis trade)', async ({ page }) => {
  await openStep(page, 'haircuts', 1);
  await closeIntro(page);
  // Equity 95,450 (1 BTC at 90,000 + 5,000 USDC + the short's 450 of PnL); at a 5 % haircut the coin
  // counts 85,500, so 90,950. One step of the slider (+5 points) takes 4,500 more: 86,450.
  await expect(answer(page)).toHaveText('90,950.00');
  const slider = page.getByRole('slider', { name: 'BTC haircut' });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page.getByTestId('lesson-control-value')).toHaveText('10.00 %');
  await expect(answer(page)).toHaveText('86,450.00');
  // The arrow on a slider moved the slider, not the step.
  await expect(page).toHaveURL(/\/haircuts\/1$/);
  await expect(page.getByTestId('lesson-chart').locator('circle')).toHaveCount(2);
});

test('Open this book in Build replaces the book as one undoable edit, with a notice', async ({ page }) => {
  await openStep(page, 'haircuts', 1);
  await closeIntro(page);
  await expect(answer(page)).toHaveText('90,950.00');
  await page.getByRole('button', { name: 'Open this book in Build' }).click();
  await expect(page).toHaveURL(/#\/build$/);
  await expect(page.getByRole('textbox', { name: 'Portfolio name' })).toHaveValue('BTC basis trade (cash and carry)');
  await expect(page.getByTestId('notice').last()).toContainText('Undo brings back');
});

test('an unknown lesson says so, with a way back', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./#/learn/no-such-lesson/1');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(page.getByRole('link', { name: 'All lessons' })).toBeVisible();
  // The 404 of the missing file is the browser's own console line; nothing else may be logged.
  expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
});

test('screenshots of the player: wide and narrow, light and dark, and presenter mode', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await openStep(page, 'solvency-delta-and-dynamic-margin', 1);
      await closeIntro(page);
      await expect(answer(page)).toHaveText(/\d/, { timeout: 15_000 });
      await page.screenshot({ path: `test-results/screenshots/lesson-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStep(page, 'margin-call-spiral', 1);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(answer(page)).toHaveText(/\d/, { timeout: 20_000 });
  const slider = page.getByRole('slider', { name: 'BTC fall' });
  await slider.focus();
  for (let i = 0; i < 3; i += 1) {
    await slider.press('ArrowLeft');
    await expect(page.getByTestId('lesson-chart').locator('circle')).toHaveCount(i + 2, { timeout: 20_000 });
  }
  await page.screenshot({ path: 'test-results/screenshots/lesson-presenter-1440-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: 'test-results/screenshots/lesson-presenter-1440-light.png', fullPage: true });
  // Escape leaves presenter mode.
  await page.locator('body').press('Escape');
  await expect(page.locator('.app-header')).toBeVisible();
});

test('the player has no serious accessibility violation, light and dark, and in presenter mode', async ({ page }) => {
  const serious = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openStep(page, 'var-and-expected-shortfall', 2);
    await closeIntro(page);
    await expect(answer(page)).toHaveText(/\d/, { timeout: 15_000 });
    expect(await serious()).toEqual([]);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    expect(await serious()).toEqual([]);
  }
});
