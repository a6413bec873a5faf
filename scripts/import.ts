// Command line: npm run --silent import -- export.json [--as-of 2026-11-30T00:00:00Z] [--name "My account"]
// Reads what a venue's API returned (Hyperliquid clearinghouseState, a Binance USDⓈ-M bundle, a
// Bybit v5 bundle; "-" reads stdin), prints a format-v1 portfolio on stdout under the venue's rule
// set. What was approximated or left out: "warning: path: reason" on stderr, exit 0. An export it
// cannot read: every problem as "path: reason" on stderr, exit 2.
import { readJsonInput } from './read-json';
import { parseArgs } from 'node:util';
import { importVenue } from '../src/engine/index';

const USAGE = 'usage: npm run --silent import -- <export.json | -> [--as-of <ISO time>] [--name <name>]';

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'as-of': { type: 'string' }, name: { type: 'string' } } });
} catch (error) {
  fail([(error as Error).message, USAGE], 64);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail([USAGE], 64);

const input = readJsonInput(file);
if (!input.ok) fail(input.lines);
const json = input.json;

// The engine has no clock: an export without a time of its own is valued now, unless told otherwise.
const asOf = values['as-of'] ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const result = importVenue(json, { asOf, ...(values.name ? { name: values.name } : {}) });
if (!result.ok) fail(result.errors.map((e) => `${e.path}: ${e.message}`));
for (const w of result.warnings) console.error(`warning: ${w.path}: ${w.message}`);
process.stdout.write(`${JSON.stringify(result.portfolio, null, 2)}\n`);
