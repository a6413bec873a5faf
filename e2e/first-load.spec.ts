import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openApp } from './helpers';

// The JavaScript the first page load needs: every script (workers included) fetched until the
// first report is on screen, measured gzipped from dist/. Goal (issue 3): under 300 KB.

test('the first page load needs under 300 KB of gzipped JavaScript', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await openApp(page);
  // The charts are part of the first screen: wait for them too.
  await expect(page.getByRole('heading', { name: 'Health factor against price move' })).toBeVisible();
  const sizes = [...scripts].map((path) => {
    const file = new URL(`../dist${path}`, import.meta.url);
    return { path, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  });
  const total = sizes.reduce((a, s) => a + s.gzip, 0);
  console.log(`first load: ${(total / 1024).toFixed(1)} KB gzipped JavaScript in ${sizes.length} files: ${sizes.map((s) => `${s.path.split('/').pop()} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
  expect(sizes.some((s) => s.path.includes('engine.worker'))).toBe(true);
  expect(total).toBeLessThan(300 * 1024);
});
