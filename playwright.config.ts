import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// PLAYWRIGHT_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PLAYWRIGHT_PORT) || 4179;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  // An assertion waits up to 10 s for the engine's answer: two browsers and their engine workers
  // share 2 cores in CI, and a figure that arrives in 6 s there is late, not wrong.
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The long-task checks (tests named "… over 50 ms …") and the timings tagged @alone measure one
  // user's browser: they run alone, one at a time, after the other flows, so a second browser on
  // these 2 cores does not lengthen their tasks (it tripled edit → chart in a CI run: 196 ms against 92 alone).
  projects: [
    { name: 'flows', grepInvert: /over 50 ms|@alone/ },
    { name: 'performance', grep: /over 50 ms|@alone/, dependencies: ['flows'], workers: 1 },
  ],
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
