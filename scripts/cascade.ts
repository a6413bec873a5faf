// Command line: npm run --silent cascade -- scenario.json   (or - for stdin; --compact for one line)
// Prints the cascade's result as JSON on stdout: steps[], totals, criticalShock, conservation, …
// With --compare-margin the result gains `marginComparison`: the same crowd run isolated, then
// cross-margined (engine/cascade/margin-comparison.ts), or why there is nothing to compare.
// A scenario that does not parse: every error as "path: reason" on stderr, one a line, exit 2; an
// unknown option also exits 2. The scenario's "portfolio" may be a file path here, read only from
// inside the scenario file's folder (the working directory when the scenario comes from stdin):
// a scenario from elsewhere must not make this command read, or show, any other file.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { cascadeResultJson, compareMargins, parseCascadeScenario, simulateCascade } from '../src/engine/index';

const USAGE = 'usage: npm run --silent cascade -- <scenario.json | -> [--compact] [--compare-margin]';
const OPTIONS = ['--compact', '--compare-margin'];
/** Larger files are refused before parsing: a scenario or a portfolio is a few kilobytes. */
const MAX_BYTES = 50 * 1024 * 1024;

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

/** Line and column (from 1) of a character offset, for a syntax error that names no content. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Why the text is not JSON, in one line that never quotes the file: V8's own message may carry a
 * snippet of it (a portfolio path pointed at a private file would show its first line).
 */
function jsonSyntaxReason(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/Unexpected end of JSON input/.test(message)) return 'is not valid JSON: it ends before the value is complete';
  const at = /^(.*) in JSON at position (\d+)/.exec(message) ?? /^(Unexpected non-whitespace character after JSON) at position (\d+)/.exec(message);
  if (at) return `is not valid JSON: ${at[1]!.charAt(0).toLowerCase()}${at[1]!.slice(1)} (${lineAndColumn(text, Number(at[2]))})`;
  return 'is not valid JSON: an unexpected character';
}

function readText(path: string | 0, label: string): string {
  try {
    if (path !== 0) {
      const stat = statSync(path);
      if (!stat.isFile()) fail([`${label}: ${path} is not a file`]);
      if (stat.size > MAX_BYTES) fail([`${label}: ${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`]);
    }
    // A UTF-8 byte-order mark (some editors write one) is not part of the JSON.
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail([`${label}: cannot read ${path === 0 ? 'stdin' : path}${code ? ` (${code})` : ''}`]);
  }
}

function readJson(path: string | 0, label: string): unknown {
  const text = readText(path, label);
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail([`${label}: ${jsonSyntaxReason(text, error)}`]);
  }
}

/** The portfolio file a scenario names, only if it lies inside `folder` (symbolic links followed). */
function portfolioPath(folder: string, given: string): string {
  const shown = JSON.stringify(given.length > 200 ? `${given.slice(0, 200)}…` : given);
  const outside = () => fail([`portfolio: ${shown} must name a file inside the scenario's folder (${folder})`]);
  if (given === '' || isAbsolute(given) || given.includes('\0')) outside();
  let real: string, base: string;
  try {
    base = realpathSync(folder);
    real = realpathSync(resolve(folder, given));
  } catch {
    return fail([`portfolio: cannot read ${shown} (no such file in ${folder})`]);
  }
  const inside = relative(base, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) outside();
  return real;
}

const args = process.argv.slice(2);
for (const a of args) if (a.startsWith('-') && a !== '-' && !OPTIONS.includes(a)) fail([`${a}: is not an option (${USAGE})`]);
const files = args.filter((a) => !OPTIONS.includes(a));
if (files.length !== 1) fail([USAGE], 64);
const file = files[0]!;

const json = readJson(file === '-' ? 0 : file, '(file)');
if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
  const scenario = json as Record<string, unknown>;
  if (typeof scenario.portfolio === 'string') {
    const folder = file === '-' ? process.cwd() : dirname(resolve(file));
    scenario.portfolio = readJson(portfolioPath(folder, scenario.portfolio), 'portfolio');
  }
}

const parsed = parseCascadeScenario(json);
if (!parsed.ok) fail(parsed.errors.map((e) => `${e.path}: ${e.message}`));
const result = simulateCascade(parsed.value);
const output = args.includes('--compare-margin') ? { ...result, marginComparison: compareMargins(parsed.value) } : result;
process.stdout.write(`${cascadeResultJson(output, args.includes('--compact'))}\n`);
