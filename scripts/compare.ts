// Command line: npm run --silent compare -- book.json [--rules binance-usdm,hyperliquid,…]
// Evaluates one book under several rule sets (all of them by default) and prints, per rule set, the
// initial and maintenance margin, the ratio (1 ÷ health factor) and its zone, the cash needed, each
// asset's liquidation prices both ways and the joint move, as JSON on stdout ("-" reads stdin).
// A file that does not parse, or an unknown rule-set name: every error as "path: reason" on stderr, exit 2.
import { readJsonInput } from './read-json';
import { parseArgs } from 'node:util';
import { compareRuleSets, ruleSetNames } from '../src/engine/index';

const USAGE = 'usage: npm run --silent compare -- <book.json | -> [--rules a,b,…]';

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { rules: { type: 'string' } } });
} catch (error) {
  fail([(error as Error).message, USAGE], 64);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail([USAGE], 64);

const names = values.rules === undefined ? undefined : ruleSetNames(values.rules.split(',').map((n) => n.trim()).filter((n) => n !== ''));
if (names && !names.ok) fail(names.errors.map((e) => `${e.path}: ${e.message}`));

const input = readJsonInput(file);
if (!input.ok) fail(input.lines);
const json = input.json;

const result = compareRuleSets(json, names?.ok ? names.value : undefined);
if (!result.ok) fail(result.errors.map((e) => `${e.path}: ${e.message}`));
process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
