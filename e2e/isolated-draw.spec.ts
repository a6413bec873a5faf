import { expect, test } from '@playwright/test';
import { collectErrors, exampleIndex, loadExample, openApp } from './helpers';

// Issue 10 item 4 on screen: what the isolated positions take from the quote balance, and what the
// cross pool is left with, said under the Balances table; past the cash held, it is a borrow.

const LEVERAGED = exampleIndex().find((e) => e.file === 'leveraged-long.json')!;

test('the Balances table says what isolated positions take from the quote and what the pool holds; past the cash, a borrow', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await loadExample(page, LEVERAGED);
  const draw = page.getByTestId('isolated-draw');
  // 30,000 USDC held, 9,000 of it the isolated BTC position's collateral: the pool keeps 21,000.
  await expect(draw).toContainText('9,000.00 USDC');
  await expect(draw).toContainText('holds 21,000.00 USDC.');
  await expect(draw).not.toContainText('borrow');
  // Hold only 5,000 USDC: the isolated position takes 4,000 the account does not have.
  await page.getByRole('textbox', { name: 'Balance of USDC' }).fill('5000');
  await expect(draw).toContainText(/holds −4,000\.00 USDC, a borrow of USDC/);
  expect(errors).toEqual([]);
});
