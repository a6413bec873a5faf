import { expect, test } from '@playwright/test';
import { collectErrors, exampleIndex, loadExample, openApp, settled } from './helpers';

// Dynamic margin in the app: the regime slider beside the price what-if. Moving it changes the
// requirement of an options book (options repriced; generic-cex's rate trigger), and not that of a
// linear book under a rule set that declares no volatility trigger.

const entry = (file: string) => exampleIndex().find((e) => e.file === file)!;

test('volatility × 2 by keyboard: the options example needs more margin, and the answer is said in words', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await loadExample(page, entry('hedged-options-book.json'));
  const regime = page.getByRole('group', { name: 'What if the market turns (prices held)' });
  const volatility = regime.getByRole('slider', { name: 'Volatility' });
  await volatility.focus();
  // Step 0.25: four steps from × 1 to × 2.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(volatility).toHaveAttribute('aria-valuetext', '× 2');
  await settled(page);
  const now = await page.getByTestId('whatif-maintenance-now').textContent();
  await expect(page.getByTestId('whatif-maintenance-moved')).not.toHaveText(now ?? '');
  await expect(page.getByTestId('regime-answer')).toContainText(/^Volatility × 2 (costs|helps) you /);
  await expect(page.getByTestId('regime-answer')).toContainText(/Maintenance margin [+−]?[\d,]+\.\d\d USD/);
  await expect(page.getByTestId('regime-answer')).not.toContainText('NaN');
  // The correlation floor is reachable too, and Reset clears the regime.
  const floor = regime.getByRole('slider', { name: 'Correlation floor' });
  await floor.focus();
  await page.keyboard.press('End');
  await expect(floor).toHaveAttribute('aria-valuetext', '≥ 1.00');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(volatility).toHaveAttribute('aria-valuetext', '× 1');
  await expect(page.getByTestId('whatif-maintenance-moved')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a linear example under a rule set without a volatility trigger: the requirement does not move', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await loadExample(page, entry('leveraged-long.json'));
  await page.getByTestId('rule-set').selectOption('binance-usdm');
  await settled(page);
  const volatility = page.getByTestId('regime-volatility');
  await volatility.focus();
  await page.keyboard.press('End');
  await expect(volatility).toHaveAttribute('aria-valuetext', '× 5');
  await settled(page);
  await expect(page.getByTestId('regime-answer')).toContainText('Volatility × 5 changes nothing for this book');
  await expect(page.getByTestId('whatif-maintenance-moved')).toHaveText((await page.getByTestId('whatif-maintenance-now').textContent()) ?? '');
  // The same book under generic-cex, whose trigger doubles its rates from × 3: the requirement moves.
  await page.getByTestId('rule-set').selectOption('generic-cex');
  await settled(page);
  await expect(page.getByTestId('regime-answer')).toContainText(/^Volatility × 5 costs you as much as a [\d.]+% fall/);
  await expect(page.getByTestId('whatif-maintenance-moved')).not.toHaveText((await page.getByTestId('whatif-maintenance-now').textContent()) ?? '');
  expect(errors).toEqual([]);
});

test('the stress table shows each event\'s regime and the requirement with it applied', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await loadExample(page, entry('classroom-overleveraged.json'));
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Risk', exact: true }).click();
  await page.getByTestId('risk-scenarios').fill('10000');
  await page.getByTestId('risk-run').click();
  const table = page.getByTestId('stress-table');
  await expect(table).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('columnheader', { name: 'Requirement after' })).toBeVisible();
  // FTX: volatility × 2 (Kaiko's 50 % → 130 %), which fires generic-cex's × 1.5 rate trigger.
  const ftx = table.getByTestId('stress-ftx-2022');
  await expect(ftx).toContainText('volatility × 2');
  await expect(table.getByTestId('stress-ftx-2022-requirement')).toContainText(/^[\d,]+\.\d\d USD\+[\d,]+\.\d\d from the regime$/);
  await expect(table.getByTestId('stress-luna-2022')).toContainText('Terra');
  await expect(table).not.toContainText('NaN');
  expect(errors).toEqual([]);
});
