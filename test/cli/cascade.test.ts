import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMargins, parseCascadeScenario, type CascadeResult, type MarginComparison } from '../../src/engine/cascade/index';
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
    expect(a.stderr).toBe('(file): is not valid JSON: it ends before the value is complete\n');
    const missing = join(scratch, 'missing-portfolio.json');
    writeFileSync(missing, JSON.stringify({ ...threeLongs(), portfolio: 'nowhere.json' }));
    const b = cascade([missing]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^portfolio: cannot read .*nowhere\.json/);
  }, 60_000);

  it('reads a portfolio only from inside the scenario\'s folder, and never shows what a file holds', () => {
    const folder = join(scratch, 'inside');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(scratch, 'secret.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(join(scratch, 'secret.json'), join(folder, 'link.json'));
    writeFileSync(join(folder, 'not-json.json'), 'hunter2 is the password\n{');
    for (const [portfolio, reason] of [
      ['/etc/passwd', /^portfolio: "\/etc\/passwd" must name a file inside the scenario's folder/],
      ['../secret.json', /^portfolio: "\.\.\/secret\.json" must name a file inside the scenario's folder/],
      ['link.json', /^portfolio: "link\.json" must name a file inside the scenario's folder/],
      ['not-json.json', /^portfolio: is not valid JSON: an unexpected character$/],
    ] as const) {
      const file = join(folder, `scenario-${portfolio.replace(/\W/g, '')}.json`);
      writeFileSync(file, JSON.stringify({ ...threeLongs(), portfolio }));
      const run = cascade([file]);
      expect(run.status, portfolio).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines, portfolio).toHaveLength(1);
      expect(lines[0], portfolio).toMatch(reason);
      expect(run.stderr).not.toMatch(/root:|hunter2/);
    }
  }, 60_000);

  it('accepts a UTF-8 byte-order mark, and gives a JSON syntax error as one line with its place', () => {
    const withMark = join(scratch, 'bom.json');
    writeFileSync(withMark, `\uFEFF${JSON.stringify(threeLongs())}`);
    const a = cascade([withMark, '--compact']);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    const broken = join(scratch, 'trailing-comma.json');
    writeFileSync(broken, '{\n  "format": "margin-lab/cascade-scenario",\n}');
    const b = cascade([broken]);
    expect(b.status).toBe(2);
    expect(b.stderr).toBe('(file): is not valid JSON: expected double-quoted property name (line 3, column 1)\n');
  }, 60_000);

  it('adds the engine\'s margin comparison with --compare-margin, and says when there is nothing to compare', () => {
    // Two traders each long BTC and ETH on thin books: isolated, each position stands alone.
    const pair = (collateral: number) => ({ count: 1, positions: [{ asset: 'BTC', side: 'long', notional: 10000 }, { asset: 'ETH', side: 'long', notional: 10000 }], collateral });
    const base = threeLongs();
    const scenario = { ...base, market: { ...base.market, ETH: { price: 10, impact: { model: 'linear-depth', depthPerPercent: 1000 } } }, crowd: { count: 0, cohorts: [pair(1500), pair(2500)] } };
    const run = cascade(['-', '--compare-margin', '--compact'], JSON.stringify(scenario));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CascadeResult & { marginComparison: MarginComparison };
    expect(out.format).toBe('margin-lab/cascade-result');
    const parsed = parseCascadeScenario(scenario);
    if (!parsed.ok) throw new Error('the scenario must parse');
    expect(out.marginComparison).toEqual(compareMargins(parsed.value));
    expect(out.marginComparison.status === 'done' && out.marginComparison.isolated.crowd.accounts).toBe(4);

    const single = JSON.parse(cascade(['-', '--compare-margin'], JSON.stringify(threeLongs())).stdout) as { marginComparison: MarginComparison };
    expect(single.marginComparison.status).toBe('same-accounts');
  }, 60_000);

  it('refuses an unknown option with exit 2, on one line', () => {
    const bad = cascade(['public/examples/cascade-thin-market.json', '--fast']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('--fast: is not an option (usage: npm run --silent cascade -- <scenario.json | -> [--compact] [--compare-margin])\n');
  }, 60_000);

  it('explains its usage without a file', () => {
    const run = cascade([]);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/usage: npm run --silent cascade -- <scenario.json \| ->/);
  }, 60_000);
});
