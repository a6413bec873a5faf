import { expect, test } from '@playwright/test';
import { healthNow, openApp, settled } from './helpers';

test('the what-if slider moves the numbers, and shows the change from now', async ({ page }) => {
  await openApp(page);
  const now = await healthNow(page).textContent();
  const equity = await page.getByTestId('whatif-equity-now').textContent();
  const slider = page.getByTestId('move-joint');
  await slider.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '−5.0%');
  await settled(page);
  await expect(healthNow(page)).toHaveText(now ?? '');
  await expect(page.getByTestId('whatif-health-moved')).not.toHaveText(now ?? '');
  await expect(page.getByTestId('whatif-equity-moved')).not.toHaveText(equity ?? '');
  // The headline shows before → after.
  await expect(page.getByRole('figure', { name: 'Account' })).toContainText('→');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('whatif-health-moved')).toHaveCount(0);
});
