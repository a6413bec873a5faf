import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeIntro, collectErrors, exampleDocument, exampleIndex, healthChart, loadExample, openView, settled, viewLink, type ViewName } from './helpers';

// The four views by their URL: each marked current in the nav, reachable by keyboard, free of
// NaN / Infinity / engine paths / over-long decimals in visible text at 1440×900, with no serious
// axe violation in light and dark; and a screenshot of each in both themes for the reviewer
// (test-results/screenshots/, not committed).

const VIEWS: { view: ViewName; label: string; heading: RegExp }[] = [
  { view: 'build', label: 'Build', heading: /^Portfolio$/ },
  { view: 'risk', label: 'Risk', heading: /^Risk: VaR/ },
  { view: 'cascades', label: 'Cascades', heading: /^Liquidation cascades$/ },
  { view: 'learn', label: 'Learn', heading: /^Learn from the examples$/ },
];

/** What must never show on screen: NaN, Infinity, an engine path, a number with more than 6 decimals. */
const FORBIDDEN: [string, RegExp][] = [
  ['NaN', /\bNaN\b/],
  ['Infinity', /Infinity/],
  ['an engine path', /\b[a-z][A-Za-z]*(\[\d+\])+\.[A-Za-z]+|\b(?:assets|balances|overrides|correlations)\.[A-Z][\w-]*\.[a-z]\w*/],
  ['more than 6 decimals', /\d\.\d{7,}/],
];

async function visibleTextProblems(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const problems: string[] = [];
  for (const [what, pattern] of FORBIDDEN) {
    const match = pattern.exec(text);
    if (match) problems.push(`${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return problems;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Let the view finish its first work so the screenshot and the checks see it whole. */
async function settleView(page: Page, view: ViewName): Promise<void> {
  if (view === 'build') await expect(page.getByRole('heading', { name: /against price move$/ })).toBeVisible({ timeout: 15_000 });
  if (view === 'risk') {
    await page.getByTestId('risk-scenarios').fill('10000');
    await page.getByTestId('risk-run').click();
    await expect(page.getByTestId('risk-figures')).toBeVisible({ timeout: 20_000 });
  }
  if (view === 'cascades') {
    await page.getByTestId('cascade').getByRole('button', { name: 'Run cascade' }).click();
    await expect(page.getByTestId('cascade-results')).toBeVisible({ timeout: 30_000 });
  }
  await expect(page.getByText('Updating…')).toHaveCount(0);
}

test('the four views open by their URL, the current one marked for screen readers', async ({ page }) => {
  const errors = collectErrors(page);
  for (const { view, label, heading } of VIEWS) {
    await openView(page, view);
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    await expect(viewLink(page, label)).toHaveAttribute('aria-current', 'page');
    for (const other of VIEWS.filter((v) => v.view !== view)) await expect(viewLink(page, other.label)).not.toHaveAttribute('aria-current', /.+/);
  }
  // Back returns to the previous view.
  await page.goBack();
  await expect(viewLink(page, 'Cascades')).toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});

test('the nav is reached and followed with the keyboard', async ({ page }) => {
  await openView(page, 'build');
  await viewLink(page, 'Build').focus();
  await page.keyboard.press('Tab');
  await expect(viewLink(page, 'Risk')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/risk$/);
  await expect(page.getByRole('heading', { name: /^Risk: VaR/, level: 2 })).toBeVisible({ timeout: 15_000 });
});

test('Learn lists the examples with what each shows, and opens one in Build', async ({ page }) => {
  await openView(page, 'learn');
  const lessons = page.getByTestId('lesson');
  expect(await lessons.count()).toBeGreaterThan(3);
  await expect(lessons.first().locator('p')).toContainText('10× ETH perpetual in cross margin');
  await page.getByRole('button', { name: 'Open “BTC basis trade” in Build' }).click();
  await expect(page).toHaveURL(/#\/build$/);
  await expect(page.getByTestId('book-description')).toContainText('delta-neutral');
  await expect(page.getByTestId('notice').last()).toContainText('Undo brings back');
});

test('the introduction shows on a first visit, closes, stays closed after a reload, and Help opens it again', async ({ page }) => {
  await openView(page, 'build');
  const intro = page.getByTestId('intro');
  await expect(intro).toContainText('nothing is sent anywhere');
  await expect(intro).toContainText('Try first');
  await closeIntro(page);
  await expect(intro).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Portfolio$/ })).toBeVisible();
  await expect(intro).toHaveCount(0);
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(intro).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`each view at 1440×900 (${scheme}): no NaN, Infinity, engine path or long decimals; no serious axe violation; a screenshot`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const { view } of VIEWS) {
      await openView(page, view);
      await settleView(page, view);
      expect(await visibleTextProblems(page), view).toEqual([]);
      expect(await seriousViolations(page), view).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/${view}-1440-${scheme}.png`, fullPage: true });
    }
  });

  test(`each view at 390×844 (${scheme}): nothing wider than the screen but the scrolling tables; a screenshot`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    for (const { view } of VIEWS) {
      await openView(page, view);
      if (view === 'build') await expect(page.getByRole('heading', { name: /against price move$/ })).toBeVisible({ timeout: 15_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `test-results/screenshots/${view}-390-${scheme}.png`, fullPage: true });
    }
  });
}

test('a lending book shows borrow power and each collateral’s liquidation threshold, not margins of 0.00; a 20× book’s health curve is a curve', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openView(page, 'build');
  await closeIntro(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'lending-loop.json')!);
  const account = page.getByRole('figure', { name: 'Account' });
  await expect(account).toContainText('Borrow power left');
  await expect(account).not.toContainText('Maintenance margin');
  await expect(page.getByTestId('liquidation-thresholds')).toContainText('ETH 85.0%');
  await expect(page.getByTestId('whatif-summary')).toContainText('Borrow power left');
  await expect(page.getByTestId('whatif-summary')).not.toContainText('Maintenance margin');
  // Aave's measure: 127,500 ÷ 83,000 = 1.54, higher is safer; the curves are named for it too.
  await expect(page.getByTestId('headline-health')).toContainText('Health factor');
  await expect(page.getByTestId('headline-health')).toContainText('1.54');
  await expect(page.getByTestId('headline-health')).not.toContainText('Margin ratio');
  await expect(page.getByRole('heading', { name: 'Health factor against price move' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/build-lending-1440.png', fullPage: true });

  // Classroom: liquidated within a fraction of a percent; the axis narrows to a few percent.
  await loadExample(page, exampleIndex().find((e) => e.file === 'classroom-overleveraged.json')!);
  await expect(healthChart(page).locator('.chart__tick--x').first()).toHaveText(/^−[1-5](\.\d)?%$/);
  await page.screenshot({ path: 'test-results/screenshots/build-classroom-1440.png', fullPage: true });
});

test('a leveraged long’s headline names its margin ratio and the engine’s zone, never “healthy” 7.87 % from liquidation', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openView(page, 'build');
  await closeIntro(page);
  await loadExample(page, exampleIndex().find((e) => e.file === 'leveraged-long.json')!);
  // Pool maintenance 2,635 ÷ adjusted equity 26,000 = 10.13 %; ETH −7.87 % is 2.3 daily σ (0.65 ÷ √365): caution.
  const health = page.getByTestId('headline-health');
  await expect(health).toContainText('Margin ratio');
  await expect(health).toContainText('10.13%');
  await expect(health).toContainText('caution');
  await expect(health).toContainText('Nearest liquidation: a 7.87% fall in ETH, 2.3 daily σ');
  const account = page.getByRole('figure', { name: 'Account' });
  await expect(account).not.toContainText('healthy');
  await expect(account).not.toContainText('Health factor');
  await expect(page.getByTestId('whatif-health-now')).toHaveText('10.13%');
  await expect(page.getByTestId('whatif-zone-now')).toHaveText('caution');
  // The curves plot equity ÷ maintenance, and say so.
  await expect(page.getByRole('heading', { name: 'Equity ÷ maintenance against price move' })).toBeVisible({ timeout: 15_000 });
});

test('an engine warning that names no position is shown under the account’s headline', async ({ page }) => {
  await openView(page, 'build');
  // Issue 10's reproducer: BTC brackets whose amounts do not chain (0 + 100,000 × (0.05 − 0.01) = 4,000 ≠ 0).
  const doc = exampleDocument('leveraged-long.json') as Record<string, unknown>;
  doc.overrides = { BTC: { maintenance: [{ upTo: '100000', rate: 0.01, amount: '0' }, { upTo: null, rate: 0.05, amount: '0' }] } };
  await page.getByTestId('import-file').setInputFiles({ name: 'jump.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await settled(page);
  await expect(page.getByTestId('account-warnings')).toContainText('Asset BTC, maintenance brackets, bracket 2, amount: these brackets do not chain');
});
