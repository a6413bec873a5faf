import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { collectErrors, HEALTH_TEXT, openApp, portfolioName, settled, viewLink } from './helpers';

// Issue 15: a share link, an import and a stored portfolio with each hostile case (names that are
// Object.prototype keys, deep nesting, numbers beyond a double, garbage) never leave a blank page,
// never lose the stored portfolio, and show a message in words.

const STORAGE_KEY = 'margin-lab/state';
const SAVED_NAME = 'My saved book';

const book = (assets: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'margin-lab/portfolio', version: 1, name: 'Hostile book', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex', assets, ...extra,
});

/** A valid book whose assets are named like Object.prototype keys: it must open like any other. */
const PROTOTYPE_BOOK = book(
  { constructor: { price: '100', volatility: 0.5 }, toString: { price: '10', volatility: 0.8 }, valueOf: { price: '1', volatility: 0 } },
  { balances: { valueOf: '1000', constructor: '2' }, positions: [{ id: 'long', type: 'perpetual', asset: 'toString', quantity: '50', entryPrice: '10' }] },
);

/** An array nested 100,000 deep, as JSON text (JSON.stringify of it would overflow). */
const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

/** Hostile documents as JSON text, with the words the page must show for each (places named as the screen names them). */
const HOSTILE: { what: string; text: string; message: RegExp }[] = [
  { what: 'an asset named "__proto__"', text: JSON.stringify(book({ BTC: { price: '1', volatility: 0.5 } })).replace('"assets":{', '"assets":{"__proto__":{"price":"1","volatility":0.1},'), message: /Asset __proto__: is a name the format does not allow/ },
  { what: 'a deeply nested name', text: JSON.stringify(book({ BTC: { price: '1', volatility: 0.5 } })).replace('"Hostile book"', DEEP), message: /nested too deeply/ },
  { what: 'a price of 1 followed by 400 zeros', text: JSON.stringify(book({ BTC: { price: `1${'0'.repeat(400)}`, volatility: 0.5 } })), message: /Asset BTC, price: is too long/ },
  { what: 'a price above 10^15', text: JSON.stringify(book({ BTC: { price: '9000000000000000', volatility: 0.5 } })), message: /Asset BTC, price: must be at most 1,000,000,000,000,000/ },
  { what: 'a volatility shock above 1', text: JSON.stringify(book({ BTC: { price: '1', volatility: 0.5 } }, { portfolioMargin: { volatilityShock: 3 } })), message: /Portfolio margin, volatility shock: must be at most 1/ },
  { what: 'a JSON array instead of a portfolio', text: '[1, 2, 3]', message: /must be a JSON object/ },
];

/** The app with a saved book of our own, as a returning user has it. */
async function openWithSavedBook(page: Page): Promise<void> {
  await openApp(page);
  await portfolioName(page).fill(SAVED_NAME);
  await settled(page);
  await page.waitForTimeout(400);
}

const savedName = (page: Page) => page.evaluate((key) => {
  const raw = localStorage.getItem(key);
  return raw === null ? null : (JSON.parse(raw) as { portfolio: { name: string } }).portfolio.name;
}, STORAGE_KEY);

/** Not blank: the page's own controls are there and it can still be used. */
async function expectAlive(page: Page): Promise<void> {
  await expect(portfolioName(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share link', exact: true })).toBeEnabled();
}

const linkTo = (text: string) => `./#p=${LZString.compressToEncodedURIComponent(text)}`;

test.describe('hostile input never blanks the page nor loses the saved book', () => {
  for (const { what, text, message } of HOSTILE) {
    test(`a share link with ${what} is refused in words, the saved book kept`, async ({ page }) => {
      const errors = collectErrors(page);
      await openWithSavedBook(page);
      await page.goto(linkTo(text));
      await expect(page.getByTestId('notice').filter({ hasText: 'could not be opened' })).toContainText(message);
      await expectAlive(page);
      await expect(portfolioName(page)).toHaveValue(SAVED_NAME);
      await page.reload();
      await expectAlive(page);
      await expect(portfolioName(page)).toHaveValue(SAVED_NAME);
      expect(await savedName(page)).toBe(SAVED_NAME);
      expect(errors).toEqual([]);
    });

    test(`an import with ${what} is refused in words, the saved book kept`, async ({ page }) => {
      const errors = collectErrors(page);
      await openWithSavedBook(page);
      await page.getByTestId('import-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByTestId('notice').filter({ hasText: 'hostile.json' })).toContainText(message);
      await expectAlive(page);
      await expect(portfolioName(page)).toHaveValue(SAVED_NAME);
      expect(await savedName(page)).toBe(SAVED_NAME);
      expect(errors).toEqual([]);
    });
  }

  test('a share link with assets named like Object.prototype keys opens, survives a reload, and undo brings the saved book back after it', async ({ page }) => {
    const errors = collectErrors(page);
    await openWithSavedBook(page);
    await page.goto(linkTo(JSON.stringify(PROTOTYPE_BOOK)));
    await expect(page.getByTestId('notice')).toContainText('Opened the shared portfolio “Hostile book”');
    await expect(portfolioName(page)).toHaveValue('Hostile book');
    await expect(page.getByTestId('whatif-health-now')).toHaveText(HEALTH_TEXT);
    await page.waitForTimeout(400);
    await page.reload();
    await expectAlive(page);
    await expect(portfolioName(page)).toHaveValue('Hostile book');
    await expect(page.getByTestId('whatif-health-now')).toHaveText(HEALTH_TEXT);
    // The undo history was saved with the book: the link's replacement can be taken back today.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(portfolioName(page)).toHaveValue(SAVED_NAME);
    expect(errors).toEqual([]);
  });

  test('an import with assets named like Object.prototype keys opens like any other book', async ({ page }) => {
    const errors = collectErrors(page);
    await openWithSavedBook(page);
    await page.getByTestId('import-file').setInputFiles({ name: 'prototype.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PROTOTYPE_BOOK)) });
    await expect(portfolioName(page)).toHaveValue('Hostile book');
    await expect(page.getByTestId('whatif-health-now')).toHaveText(HEALTH_TEXT);
    // The Risk view's run too: its stress scenarios read their move tables by these names (a
    // scenario's table once gave "constructor" Object itself, and the run failed).
    await viewLink(page, 'Risk').click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('stress-covid-2020')).toContainText('constructor −50.0%', { timeout: 20_000 });
    await expect(page.getByTestId('stress-covid-2020')).toContainText('toString −50.0%');
    expect(errors).toEqual([]);
  });

  /** Stored entries: each is either opened (its problems shown in words) or set aside under its own key, never deleted. */
  const STORED: { what: string; raw: string; setAside: boolean; message: RegExp }[] = [
    { what: 'assets named like Object.prototype keys', raw: JSON.stringify({ schemaVersion: 1, portfolio: PROTOTYPE_BOOK, theme: 'light' }), setAside: false, message: /./ },
    { what: 'a deeply nested name', raw: `{"schemaVersion":1,"theme":"light","portfolio":${HOSTILE[1]!.text}}`, setAside: true, message: /nested too deeply in “name”/ },
    { what: 'a deeply nested price', raw: `{"schemaVersion":1,"theme":"light","portfolio":${JSON.stringify(book({ BTC: { price: 'DEEP', volatility: 0.5 } })).replace('"DEEP"', DEEP)}}`, setAside: true, message: /nested too deeply in “assets”/ },
    { what: 'a price of 1 followed by 400 zeros', raw: `{"schemaVersion":1,"theme":"light","portfolio":${HOSTILE[2]!.text}}`, setAside: false, message: /Asset BTC, price: is too long/ },
    { what: 'an asset named "__proto__"', raw: `{"schemaVersion":1,"theme":"light","portfolio":${HOSTILE[0]!.text}}`, setAside: false, message: /Asset __proto__: is a name the format does not allow/ },
    { what: 'garbage', raw: 'garbage{{', setAside: true, message: /not valid JSON/ },
  ];

  for (const { what, raw, setAside, message } of STORED) {
    test(`a stored portfolio with ${what} ${setAside ? 'is set aside under its own key' : 'opens'}, with a message in words, and no request fails`, async ({ page }) => {
      const errors = collectErrors(page);
      const failedRequests: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
      });
      await page.goto('./');
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
      await page.reload();
      await expectAlive(page);
      if (setAside) {
        await expect(page.getByTestId('notice')).toContainText('Your saved portfolio could not be opened');
        await expect(page.getByTestId('notice')).toContainText(message);
        const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('margin-lab/set-aside/')).map((k) => localStorage.getItem(k)));
        expect(kept).toEqual([raw]);
      } else if (what.startsWith('assets named')) {
        await expect(portfolioName(page)).toHaveValue('Hostile book');
        await expect(page.getByTestId('whatif-health-now')).toHaveText(HEALTH_TEXT);
      } else {
        await expect(page.locator('body')).toContainText(message);
        expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(raw);
      }
      // A second load is as good as the first: nothing blanks every load.
      await page.reload();
      await expectAlive(page);
      expect(errors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });
  }
});
