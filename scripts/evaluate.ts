// Command line: npm run --silent evaluate -- portfolio.json [--risk [--confidence 0.99] [--horizon-days 1]
//   [--scenarios 100000] [--seed 1] [--distribution normal|t --dof 4] [--history prices.csv]]
//   [--vol-multiplier 2] [--correlation-floor 0.9]
// Prints the report as JSON on stdout ("-" reads the portfolio from stdin). A file that does not
// parse, a bad flag or a bad value: every error as one line "path: reason" on stderr, exit 2.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateJson, evaluateJsonWithRisk, type RiskOptions } from '../src/engine/index';

const USAGE = 'usage: npm run --silent evaluate -- <portfolio.json | -> [--risk [--confidence 0.99] [--horizon-days 1] [--scenarios 100000] [--seed 1] [--distribution normal|t] [--dof 4] [--history prices.csv]] [--vol-multiplier 2] [--correlation-floor 0.9]';

/** One line per error: a message never spreads over several lines of stderr. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

function fail(lines: string[]): never {
  for (const line of lines) console.error(oneLine(line));
  process.exit(2);
}

const STRING_FLAGS = ['confidence', 'horizon-days', 'scenarios', 'seed', 'distribution', 'dof', 'history', 'vol-multiplier', 'correlation-floor'] as const;
/** The risk flags among them (the regime's two apply to the report itself). */
const RISK_FLAGS = STRING_FLAGS.filter((f) => f !== 'vol-multiplier' && f !== 'correlation-floor');

/**
 * `--dof -3` as `--dof=-3`: parseArgs takes "-3" for a flag of its own and calls the value
 * ambiguous; a negative number after a flag that takes a value is that value, to be judged below.
 */
function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    const takesValue = (STRING_FLAGS as readonly string[]).includes(arg.replace(/^--/, '')) && arg.startsWith('--');
    if (takesValue && next !== undefined && /^-\d|^-\.\d|^-Infinity$|^-NaN$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

let parsed;
try {
  parsed = parseArgs({
    args: joinNegativeValues(process.argv.slice(2)),
    allowPositionals: true,
    options: {
      risk: { type: 'boolean' }, confidence: { type: 'string' }, 'horizon-days': { type: 'string' }, scenarios: { type: 'string' },
      seed: { type: 'string' }, distribution: { type: 'string' }, dof: { type: 'string' }, history: { type: 'string' },
      'vol-multiplier': { type: 'string' }, 'correlation-floor': { type: 'string' },
    },
  });
} catch (error) {
  fail([`(flags): ${(error as Error).message}`, USAGE]);
}
const { values, positionals } = parsed;
const file = positionals[0];
if (file === undefined) fail(['(flags): name a portfolio file, or "-" to read it from stdin', USAGE]);
if (positionals.length > 1) fail([`(flags): one portfolio file at a time, not ${positionals.length} ("${positionals.slice(1).join('", "')}" too)`, USAGE]);

/** A file's text; a UTF-8 byte-order mark (Windows editors write one) is dropped, as the app drops it. */
const read = (path: string | 0, what: string): string => {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return fail([`${what}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
};

/** Where a JSON syntax error is, as line and column, from the offset Node's message gives. */
function syntaxErrorLine(text: string, error: Error): string {
  // Node quotes a piece of the text in its message: the reason is the part before it.
  const reason = error.message.replace(/, (\.\.\.)?".*$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return `(file): is not valid JSON: ${reason}`;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `(file): is not valid JSON at line ${line}, column ${column}: ${reason}`;
}

const text = read(file === '-' ? 0 : file, file === '-' ? '(stdin)' : file);
let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail([syntaxErrorLine(text, error as Error)]);
}

/** A number flag, or an error naming it. */
const numberOption = (name: (typeof STRING_FLAGS)[number]): number | undefined => {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x)) fail([`--${name}: must be a number, not "${raw}"`]);
  return x;
};

/** The engine names risk settings by their field (risk.horizonDays); the user typed a flag. */
const FLAG_OF: Readonly<Record<string, string>> = {
  'risk.confidence': '--confidence', 'risk.horizonDays': '--horizon-days', 'risk.scenarios': '--scenarios', 'risk.seed': '--seed',
  'risk.distribution': '--distribution', 'risk.dof': '--dof', history: '--history',
  'options.regime.volatilityMultiplier': '--vol-multiplier', 'options.regime.correlationFloor': '--correlation-floor',
};
const flagOf = (path: string): string => (Object.hasOwn(FLAG_OF, path) ? FLAG_OF[path]! : path.startsWith('history') ? `--history${path.slice('history'.length)}` : path);

let risk: RiskOptions | undefined;
if (values.risk || RISK_FLAGS.some((f) => values[f] !== undefined)) {
  const distribution = values.distribution;
  if (distribution !== undefined && distribution !== 'normal' && distribution !== 't') fail([`--distribution: must be "normal" or "t", not "${distribution}"`]);
  const numbers = { confidence: numberOption('confidence'), horizonDays: numberOption('horizon-days'), scenarios: numberOption('scenarios'), seed: numberOption('seed'), dof: numberOption('dof') };
  risk = {
    ...Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined)),
    ...(distribution ? { distribution } : {}),
    ...(values.history ? { historyCsv: read(values.history, values.history) } : {}),
  };
}

// Dynamic margin: a regime with prices held (the report gains account.solvencyDelta).
const volatilityMultiplier = numberOption('vol-multiplier');
const correlationFloor = numberOption('correlation-floor');
const options = volatilityMultiplier === undefined && correlationFloor === undefined ? {} : {
  regime: { ...(volatilityMultiplier === undefined ? {} : { volatilityMultiplier }), ...(correlationFloor === undefined ? {} : { correlationFloor }) },
};
const result = risk ? evaluateJsonWithRisk(json, options, risk) : evaluateJson(json, options);
if (!result.ok) fail(result.errors.map((e) => `${flagOf(e.path)}: ${e.message}`));
process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
