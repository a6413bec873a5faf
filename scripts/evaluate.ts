// Command line: npm run --silent evaluate -- portfolio.json [--risk [--confidence 0.99] [--horizon-days 1]
//   [--scenarios 100000] [--seed 1] [--distribution normal|t --dof 4] [--history prices.csv]]
// Prints the report as JSON on stdout ("-" reads the portfolio from stdin). A file that does not
// parse, or a bad option: every error as "path: reason" on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateJson, type RiskOptions } from '../src/engine/index';

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      risk: { type: 'boolean' }, confidence: { type: 'string' }, 'horizon-days': { type: 'string' }, scenarios: { type: 'string' },
      seed: { type: 'string' }, distribution: { type: 'string' }, dof: { type: 'string' }, history: { type: 'string' },
    },
  });
} catch (error) {
  fail([(error as Error).message, 'usage: npm run --silent evaluate -- <portfolio.json | -> [--risk …]'], 64);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (file === undefined || positionals.length > 1) fail(['usage: npm run --silent evaluate -- <portfolio.json | -> [--risk …]'], 64);

const read = (path: string | 0, what: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail([`cannot read ${what}: ${(error as Error).message}`]);
  }
};

let json: unknown;
try {
  json = JSON.parse(read(file === '-' ? 0 : file, file));
} catch (error) {
  fail([`(file): is not valid JSON: ${(error as Error).message}`]);
}

/** A number option, or an error naming it. */
const numberOption = (name: keyof typeof values): number | undefined => {
  const raw = values[name];
  if (raw === undefined || typeof raw !== 'string') return undefined;
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x)) fail([`--${name}: must be a number, not "${raw}"`]);
  return x;
};

let risk: RiskOptions | undefined;
const riskFlags = ['confidence', 'horizon-days', 'scenarios', 'seed', 'distribution', 'dof', 'history'] as const;
if (values.risk || riskFlags.some((f) => values[f] !== undefined)) {
  const distribution = values.distribution;
  if (distribution !== undefined && distribution !== 'normal' && distribution !== 't') fail([`--distribution: must be "normal" or "t", not "${distribution}"`]);
  risk = {
    ...(numberOption('confidence') !== undefined ? { confidence: numberOption('confidence')! } : {}),
    ...(numberOption('horizon-days') !== undefined ? { horizonDays: numberOption('horizon-days')! } : {}),
    ...(numberOption('scenarios') !== undefined ? { scenarios: numberOption('scenarios')! } : {}),
    ...(numberOption('seed') !== undefined ? { seed: numberOption('seed')! } : {}),
    ...(numberOption('dof') !== undefined ? { dof: numberOption('dof')! } : {}),
    ...(distribution ? { distribution } : {}),
    ...(values.history ? { historyCsv: read(values.history, values.history) } : {}),
  };
}

const result = evaluateJson(json, {}, risk);
if (!result.ok) fail(result.errors.map((e) => `${e.path}: ${e.message}`));
process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
