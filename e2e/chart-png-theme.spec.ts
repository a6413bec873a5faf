import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers';

// The colours are CSS light-dark() tokens (src/ui/tokens.css); a canvas cannot draw that text, so
// the PNG export resolves each colour through the computed style. These pictures must come out in
// the theme on screen: the background is the chart surface of that theme.

/** The colour of one pixel of a PNG, decoded by the browser on a blank page (no CSP there). */
async function pixel(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  const blank = await page.context().newPage();
  await blank.goto('about:blank');
  const rgba = await blank.evaluate(async ({ data, x, y }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return Array.from(context.getImageData(x, y, 1, 1).data);
  }, { data: png.toString('base64'), x, y });
  await blank.close();
  return rgba;
}

async function savedHeadlinePng(page: Page): Promise<Buffer> {
  const account = page.getByRole('figure', { name: 'Account' });
  const download = page.waitForEvent('download');
  await account.getByRole('button', { name: 'Save PNG' }).click();
  return readFileSync(await (await download).path());
}

for (const { theme, how, surface } of [
  // --surface: light-dark(#ffffff, #111827)
  { theme: 'light', how: 'system', surface: [255, 255, 255, 255] },
  { theme: 'dark', how: 'system', surface: [17, 24, 39, 255] },
  { theme: 'dark', how: 'toggle', surface: [17, 24, 39, 255] },
] as const) {
  test(`a saved chart picture has the ${theme} surface when the ${how} asks for ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: how === 'system' ? theme : 'light' });
    await openApp(page);
    if (how === 'toggle') {
      // The toggle cycles system → light → dark.
      const toggle = page.getByRole('button', { name: /^Theme/ });
      while ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) await toggle.click();
    }
    expect(await pixel(page, await savedHeadlinePng(page), 2, 2)).toEqual(surface);
  });
}
