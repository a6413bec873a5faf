import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { collectErrors, openApp } from './helpers';

// The build must work from any static host, in any sub-folder, with no request leaving it.
// This serves dist/ under /some/deep/folder/ from a bare file server (no SPA fallback, no rewrites).

const FOLDER = '/some/deep/folder/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const dist = new URL('../dist/', import.meta.url).pathname;

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(FOLDER)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(FOLDER.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    readFile(join(dist, relative))
      .then((body) => response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body))
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the build runs from a sub-folder of a plain static host and asks nothing of any other place', async ({ page }) => {
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await openApp(page, `${origin}${FOLDER}`);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  // Every request (scripts, the worker, styles, the favicon, the examples) stayed inside the folder.
  expect(requests.length).toBeGreaterThan(3);
  for (const url of requests) expect(url.startsWith(`${origin}${FOLDER}`) || url.startsWith('data:') || url.startsWith('blob:')).toBe(true);
});
