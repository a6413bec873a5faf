import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, openApp, portfolioName, settled } from './helpers';

// Import from a venue: each venue's sample export is read, shown, loaded as one undoable edit, and
// undone; a malformed paste is refused in words and nothing is lost.
const fixture = (file: string) => readFileSync(new URL(`../test/fixtures/venues/${file}`, import.meta.url), 'utf8');

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Import from a venue…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a venue' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const VENUES = [
  { file: 'hyperliquid-clearinghouse-state.json', venue: 'Hyperliquid', positions: 4 },
  { file: 'binance-usdm-account.json', venue: 'Binance USDⓈ-M', positions: -1 },
  { file: 'bybit-v5-account.json', venue: 'Bybit v5', positions: -1 },
] as const;

for (const { file, venue, positions } of VENUES) {
  test(`import the ${venue} sample export, then undo it`, async ({ page }) => {
    const errors = collectErrors(page);
    await openApp(page);
    const previous = await portfolioName(page).inputValue();
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Export (JSON)' }).fill(fixture(file));
    await dialog.getByRole('button', { name: 'Read the export' }).click();
    const preview = dialog.getByTestId('venue-import-preview');
    await expect(preview).toContainText(`A ${venue} account`);
    const rows = preview.getByTestId('venue-import-position');
    if (positions > 0) await expect(rows).toHaveCount(positions);
    else expect(await rows.count()).toBeGreaterThan(1);
    await expect(dialog.getByTestId('venue-import-warnings')).toContainText('volatilit');
    const imported = await rows.count();
    const name = (await preview.locator('p').first().textContent())?.match(/to load as “(.+)” under/)?.[1];
    expect(name).toBeTruthy();

    await dialog.getByRole('button', { name: 'Load this account' }).click();
    await expect(dialog).toBeHidden();
    await expect(portfolioName(page)).toHaveValue(name!);
    await expect(page.getByTestId('notice').filter({ hasText: `from a ${venue} export` })).toContainText(`Undo brings back “${previous}”.`);
    await settled(page);
    await expect(page.getByTestId('position-row')).toHaveCount(imported);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(portfolioName(page)).toHaveValue(previous);
    expect(errors).toEqual([]);
  });
}

test('a dropped export file is read and previewed', async ({ page }) => {
  await openApp(page);
  const dialog = await openDialog(page);
  const text = fixture('bybit-v5-account.json');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'bybit.json', { type: 'application/json' }));
    return data;
  }, text);
  await dialog.getByRole('textbox', { name: 'Export (JSON)' }).dispatchEvent('drop', { dataTransfer: transfer });
  await expect(dialog.getByTestId('venue-import-preview')).toContainText('A Bybit v5 account');
});

test('a malformed paste is refused with the importer’s words, and nothing is lost', async ({ page }) => {
  await openApp(page);
  const previous = await portfolioName(page).inputValue();
  const rows = await page.getByTestId('position-row').count();
  const dialog = await openDialog(page);
  const box = dialog.getByRole('textbox', { name: 'Export (JSON)' });
  const problems = dialog.getByTestId('venue-import-problems');

  await box.fill('{"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."}');
  await dialog.getByRole('button', { name: 'Read the export' }).click();
  await expect(problems).toContainText('your portfolio is unchanged');
  await expect(problems).toContainText('Invalid API-key, IP, or permissions for action.');

  const broken = JSON.parse(fixture('hyperliquid-clearinghouse-state.json')) as { assetPositions: { position: Record<string, unknown> }[] };
  delete broken.assetPositions[0]!.position.szi;
  await box.fill(JSON.stringify(broken));
  await dialog.getByRole('button', { name: 'Read the export' }).click();
  await expect(problems).toContainText('assetPositions[0].position.szi');

  await box.fill('{"assetPositions": [');
  await dialog.getByRole('button', { name: 'Read the export' }).click();
  await expect(problems).toContainText('not valid JSON');
  await expect(dialog.getByRole('button', { name: 'Load this account' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(portfolioName(page)).toHaveValue(previous);
  await expect(page.getByTestId('position-row')).toHaveCount(rows);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the import dialog has no serious axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Export (JSON)' }).fill(fixture('binance-usdm-account.json'));
    await dialog.getByRole('button', { name: 'Read the export' }).click();
    await expect(dialog.getByTestId('venue-import-preview')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-testid="venue-import-dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}
