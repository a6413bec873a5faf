import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CascadeResult } from '../../src/engine/cascade/index';
import { threeLongs } from '../engine/cascade/fixtures';

// The command line as a user runs it: npm run --silent cascade -- scenario.json

const root = new URL('../..', import.meta.url).pathname;

function cascade(args: string[], input?: string) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/cascade.ts'), ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'cascade-cli-'));

describe('npm run cascade', () => {
  it('runs the thin-market example and prints steps, totals, the critical shock and where the user\'s account fell', () => {
    const run = cascade(['public/examples/cascade-thin-market.json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as CascadeResult;
    expect(result.format).toBe('margin-lab/cascade-result');
    expect(result.steps.length).toBeGreaterThan(1);
    expect(Object.keys(result.steps[0]!)).toEqual(expect.arrayContaining(['prices', 'liquidatedAccounts', 'liquidatedNotional', 'insuranceFund', 'badDebt', 'adl']));
    expect(result.totals.liquidatedAccounts).toBeGreaterThan(0);
    expect(result.criticalShock!.move).toBeLessThan(0);
    // The portfolio path in the example is read relative to the example's folder.
    expect(result.user!.liquidatedAtStep).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('reads the scenario from stdin with -', () => {
    const run = cascade(['-', '--compact'], JSON.stringify(threeLongs()));
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(run.stdout) as CascadeResult;
    expect(result.steps.map((s) => s.liquidatedAccounts)).toEqual([1, 1, 1, 0]);
    expect(result.criticalShock).toBeNull();
  }, 60_000);

  it('prints every error of a broken scenario as "path: message" on stderr and exits 2', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify({ ...threeLongs(), crowd: { count: -1 }, rules: { kind: 'casino' }, shock: { moves: { BTC: 'down' } } }));
    const run = cascade([file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'crowd.count: must be at least 0 (traders generated)',
      'rules.kind: must be "exchange" (equity < maintenance) or "lending" (health factor < 1)',
      'shock.moves.BTC: must be a number (fraction: -0.1 for a 10 % fall)',
    ]);
  }, 60_000);

  it('reports a file that is not JSON, and a portfolio file it cannot read, with exit 2', () => {
    const notJson = join(scratch, 'not.json');
    writeFileSync(notJson, '{ "format": ');
    const a = cascade([notJson]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/^\(file\): is not valid JSON/);
    const missing = join(scratch, 'missing-portfolio.json');
    writeFileSync(missing, JSON.stringify({ ...threeLongs(), portfolio: 'nowhere.json' }));
    const b = cascade([missing]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^portfolio: cannot read .*nowhere\.json/);
  }, 60_000);

  it('explains its usage without a file', () => {
    const run = cascade([]);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/usage: npm run --silent cascade -- <scenario.json \| ->/);
  }, 60_000);
});
