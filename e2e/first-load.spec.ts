import { expect, test, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openApp } from './helpers';

// The JavaScript the first page load needs: every script (workers included) fetched until the
// first report, the tables and the headline are on screen, measured gzipped from dist/. Goal
// (issues 3, 9, 11): at most 300 KB. Build's charts (Recharts) are fetched after that, once the
// page is idle: the app marks that moment (CHARTS_REQUESTED_MARK in src/ui/views/DeferredCharts.tsx),
// and what starts after the mark is printed apart, as the charts' own load. Measured 309.1 KB
// before the charts were deferred (30 Nov 2026), 178.3 KB after (and 133.0 KB of charts after it).
const GOAL_KB = 300;
const CHARTS_REQUESTED_MARK = 'margin-lab:charts-requested';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test('the first page load stays within its gzipped JavaScript budget', async ({ page }) => {
  const scripts: Request[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r);
  });
  await openApp(page);
  await expect(page.getByRole('figure', { name: 'Account' })).toBeVisible();
  // The charts follow: wait for them, so their load is measured too.
  await expect(page.getByRole('heading', { name: /against price move$/ })).toBeVisible({ timeout: 15_000 });
  // Both clocks are the browser's wall clock in milliseconds since 1970.
  const markedAt = await page.evaluate((name) => {
    const mark = performance.getEntriesByName(name, 'mark')[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  }, CHARTS_REQUESTED_MARK);
  expect(markedAt, 'the app marks when it asks for the charts').not.toBeNull();
  const sizes = scripts.map((r) => {
    const path = new URL(r.url()).pathname;
    const gzip = gzipSync(readFileSync(new URL(`../dist${path}`, import.meta.url)), { level: 9 }).length;
    return { path, name: path.split('/').pop() ?? path, gzip, first: r.timing().startTime < markedAt! };
  });
  const first = sizes.filter((s) => s.first);
  const later = sizes.filter((s) => !s.first);
  const total = (list: typeof sizes) => list.reduce((a, s) => a + s.gzip, 0);
  console.log(
    `first load: ${kb(total(first))} gzipped JavaScript (goal ≤ ${GOAL_KB} KB) in ${first.length} files: ${first.map((s) => `${s.name} ${kb(s.gzip)}`).join(', ')}`,
  );
  console.log(`then the charts: ${kb(total(later))} in ${later.length} files: ${later.map((s) => `${s.name} ${kb(s.gzip)}`).join(', ')}`);
  expect(first.some((s) => s.path.includes('engine.worker'))).toBe(true);
  // The charts' chunk is not in the first load, and it did load afterwards.
  expect(later.length).toBeGreaterThan(0);
  expect(total(first)).toBeLessThanOrEqual(GOAL_KB * 1024);
});
