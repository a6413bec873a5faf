import { expect, test } from '@playwright/test';
import { exampleDocument, openApp, portfolioName, settled } from './helpers';

test('importing a broken file shows the error and loses nothing', async ({ page }) => {
  await openApp(page);
  const name = await portfolioName(page).inputValue();
  const rows = await page.getByTestId('position-row').count();
  const input = page.getByTestId('import-file');

  await input.setInputFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "margin-lab/portfolio", "vers') });
  await expect(page.getByTestId('notice').filter({ hasText: 'truncated.json' })).toContainText('not valid JSON');

  const wrong = exampleDocument('covered-call.json') as { assets: Record<string, { price: string }> };
  wrong.assets.BTC!.price = '-5';
  await input.setInputFiles({ name: 'bad-price.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
  await expect(page.getByTestId('notice').filter({ hasText: 'bad-price.json' })).toContainText('Asset BTC, price: must be a positive decimal string');

  await expect(portfolioName(page)).toHaveValue(name);
  await expect(page.getByTestId('position-row')).toHaveCount(rows);
});

test('importing a valid file replaces the portfolio, and undo brings the old one back', async ({ page }) => {
  await openApp(page);
  const name = await portfolioName(page).inputValue();
  const doc = exampleDocument('lending-loop.json');
  await page.getByTestId('import-file').setInputFiles({ name: 'loop.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(portfolioName(page)).toHaveValue(String(doc.name));
  await settled(page);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(portfolioName(page)).toHaveValue(name);
});
