import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openApp } from './helpers';

// The JavaScript the first page load needs: every script (workers included) fetched until the
// first report is on screen, measured gzipped from dist/. Goal (issues 3, 9, 11): under 300 KB.
// Measured 305.7 KB after the views, top-up and the readable positions table landed (issue 11
// stays open on it); the assertion holds the line at 310 KB so the budget cannot slip further
// unseen, and the figure prints beside the goal.
const GOAL_KB = 300;
const BOUND_KB = 310;

test('the first page load stays within its gzipped JavaScript budget', async ({ page }) => {
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
  console.log(`first load: ${(total / 1024).toFixed(1)} KB gzipped JavaScript (goal ≤ ${GOAL_KB} KB, bound ${BOUND_KB} KB) in ${sizes.length} files: ${sizes.map((s) => `${s.path.split('/').pop()} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
  expect(sizes.some((s) => s.path.includes('engine.worker'))).toBe(true);
  expect(total).toBeLessThan(BOUND_KB * 1024);
});
