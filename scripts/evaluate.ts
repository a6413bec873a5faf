// Command line: npm run --silent evaluate -- portfolio.json   (or - for stdin)
// Prints the report as JSON on stdout. A file that does not parse: every error on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { evaluateJson } from '../src/engine/index';

function usage(): never {
  console.error('usage: npm run --silent evaluate -- <portfolio.json | ->');
  process.exit(64);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') || a === '-');
if (file === undefined) usage();

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  console.error(`(file): is not valid JSON: ${(error as Error).message}`);
  process.exit(2);
}

const result = evaluateJson(json);
if (!result.ok) {
  for (const e of result.errors) console.error(`${e.path}: ${e.message}`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
