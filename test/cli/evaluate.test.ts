import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The command line of issue #2: `npm run --silent evaluate -- path/to/portfolio.json` prints the
// report as JSON on stdout; a file that does not parse prints every error (path and reason) on
// stderr and exits 2; `-` reads stdin. Run here through tsx directly, as the npm script does.

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EXAMPLE = join(ROOT, 'public', 'examples', 'btc-basis-trade.json');

/** Each run starts tsx (an esbuild transform of the engine): about a second, more on a busy machine. */
const SLOW = { timeout: 60_000 };

function evaluateCli(args: string[], stdin?: string): SpawnSyncReturns<string> {
  return spawnSync(TSX, ['scripts/evaluate.ts', ...args], { cwd: ROOT, encoding: 'utf8', input: stdin ?? '', timeout: 50_000 });
}

const tmp = mkdtempSync(join(tmpdir(), 'margin-lab-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The basis-trade example with three mistakes: a missing entry price, a quantity as a JSON number, a negative price. */
function brokenFile(): string {
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { positions: Record<string, unknown>[]; assets: Record<string, Record<string, unknown>> };
  delete file.positions[0]!.entryPrice;
  file.positions[0]!.quantity = -1;
  file.assets.BTC!.price = '-90000';
  const path = join(tmp, 'broken.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

describe('the evaluate command line', SLOW, () => {
  it('prints the report of a good file as JSON on stdout and exits 0', () => {
    const run = evaluateCli([EXAMPLE]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { account: Record<string, unknown> };
    expect(report.format).toBe('margin-lab/report');
    // The basis trade: 1 BTC held at 90,000 and a short perpetual at 90,450 over 5,000 USDC.
    // Adjusted equity 5,000 + 0.95 × 90,000 + (90,450 − 90,000) = 90,950; maintenance
    // 90,000 × 0.005 − 50 = 400 (second BTC bracket) → health factor 90,950 / 400 = 227.375.
    expect(report.account.adjustedEquity).toBe('90950');
    expect(report.account.maintenanceMargin).toBe('400');
    expect(report.account.healthFactor).toBe('227.375');
    for (const field of ['equity', 'initialMargin', 'liquidationPrices', 'jointMove', 'positions']) expect(report.account).toHaveProperty(field);
    expect(report).toHaveProperty('efficiency.cross.requiredCapital');
  });

  it('applies a regime with --vol-multiplier and --correlation-floor, and names a bad one by its flag', () => {
    const run = evaluateCli(['public/examples/hedged-options-book.json', '--vol-multiplier', '2', '--correlation-floor', '0.9']);
    expect(run.status).toBe(0);
    const delta = (JSON.parse(run.stdout) as { account: { solvencyDelta?: { regime: unknown } } }).account.solvencyDelta;
    expect(delta?.regime).toEqual({ volatilityMultiplier: 2, correlationFloor: 0.9 });
    const bad = evaluateCli(['public/examples/hedged-options-book.json', '--correlation-floor', '3']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('--correlation-floor: must be a correlation between −1 and 1');
  });

  it('exits 2 on a file that does not parse, naming every field and what is wrong on stderr', () => {
    const run = evaluateCli([brokenFile()]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain('positions[0].entryPrice: is required');
    expect(lines).toContainEqual(expect.stringMatching(/^positions\[0\]\.quantity: must be a decimal string/));
    expect(lines).toContain('assets.BTC.price: must be a positive decimal string');
  });

  it('exits 2 on text that is not JSON', () => {
    const path = join(tmp, 'not-json.json');
    writeFileSync(path, '{"format": "margin-lab/portfolio",');
    const run = evaluateCli([path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\(file\): is not valid JSON/);
  });

  it('exits 2 on a file that does not exist, naming it', () => {
    const path = join(tmp, 'missing.json');
    const run = evaluateCli([path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(path);
  });

  it('reads the portfolio from stdin with "-", giving the same report as the file', () => {
    const fromStdin = evaluateCli(['-'], readFileSync(EXAMPLE, 'utf8'));
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(evaluateCli([EXAMPLE]).stdout));
  });

  it('reports a broken portfolio on stdin like a broken file', () => {
    const run = evaluateCli(['-'], readFileSync(brokenFile(), 'utf8'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('positions[0].entryPrice: is required');
  });

  it('exits 2, not with a crash, when a price is a word', () => {
    // A user typo must come back as "path: reason", never as a stack trace.
    const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { assets: Record<string, Record<string, unknown>> };
    file.assets.BTC!.price = 'ninety thousand';
    const run = evaluateCli(['-'], JSON.stringify(file));
    expect(run.stderr.trim()).toBe('assets.BTC.price: must be a positive decimal string');
    expect(run.status).toBe(2);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark, as the app does', () => {
    const path = join(tmp, 'bom.json');
    writeFileSync(path, `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    const run = evaluateCli([path]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('account.healthFactor', '227.375');
  });

  it('reports a JSON syntax error as one stderr line "(file): reason", without quoting the file', () => {
    // Node's own message quotes the text around the error, newlines and all: a secret or a page of JSON.
    const run = evaluateCli(['-'], '{\n  "format": "margin-lab/portfolio",\n  "name": oops\n}');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("(file): is not valid JSON: Unexpected token 'o'\n");
    const atPosition = evaluateCli(['-'], '{"a": 1,\n "b": "x"');
    expect(atPosition.stderr).toBe("(file): is not valid JSON at line 2, column 10: Expected ',' or '}' after property value\n");
  });

  it.each([
    [['--dof', '-3'], /^--dof: must be more than 2/],
    [['--dof'], /^\(flags\): Option '--dof <value>' argument missing/],
    [['--confidence', 'abc'], /^--confidence: must be a number, not "abc"/],
    [['--horizon-days', '-1'], /^--horizon-days: must be more than 0/],
    [['--distribution', 'cauchy'], /^--distribution: must be "normal" or "t"/],
    [['--bogus'], /^\(flags\): Unknown option '--bogus'/],
    [['second.json'], /^\(flags\): one portfolio file at a time/],
  ])('a bad flag %j exits 2 with a message naming it', (flags, message) => {
    const run = evaluateCli([EXAMPLE, ...flags]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
