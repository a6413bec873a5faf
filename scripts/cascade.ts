// Command line: npm run --silent cascade -- scenario.json   (or - for stdin; --compact for one line)
// Prints the cascade's result as JSON on stdout: steps[], totals, criticalShock, conservation, …
// A scenario that does not parse: every error as "path: message" on stderr, exit 2.
// The scenario's "portfolio" may be a file path here (relative to the scenario file, or to the
// working directory when the scenario comes from stdin): it is read and put in place before parsing.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseCascadeScenario, simulateCascade } from '../src/engine/cascade/index';

function usage(): never {
  console.error('usage: npm run --silent cascade -- <scenario.json | -> [--compact]');
  process.exit(64);
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(2);
}

function readJson(path: string | 0, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail([`${label}: cannot read ${path === 0 ? 'stdin' : path}: ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail([`${label}: is not valid JSON: ${(error as Error).message}`]);
  }
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') || a === '-');
if (file === undefined || args.some((a) => a.startsWith('--') && a !== '--compact')) usage();

const json = readJson(file === '-' ? 0 : file, '(file)');
if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
  const scenario = json as Record<string, unknown>;
  if (typeof scenario.portfolio === 'string') {
    const base = file === '-' ? process.cwd() : dirname(resolve(file));
    scenario.portfolio = readJson(resolve(base, scenario.portfolio), 'portfolio');
  }
}

const parsed = parseCascadeScenario(json);
if (!parsed.ok) fail(parsed.errors.map((e) => `${e.path}: ${e.message}`));
const result = simulateCascade(parsed.value);
process.stdout.write(`${JSON.stringify(result, null, args.includes('--compact') ? undefined : 2)}\n`);
