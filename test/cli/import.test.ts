import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/engine/index';

// `npm run --silent import -- export.json` (or `-` for stdin): a venue's export in, a format-v1
// portfolio out; an export it cannot read exits 2 with every problem as `path: reason`.

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'venues');
const SLOW = { timeout: 90_000 };

function run(script: 'import' | 'compare', args: string[], stdin?: string): SpawnSyncReturns<string> {
  return spawnSync(TSX, [`scripts/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', input: stdin ?? '', timeout: 80_000 });
}

const tmp = mkdtempSync(join(tmpdir(), 'margin-lab-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the import command line', SLOW, () => {
  it('prints a portfolio the engine reads, under the venue\'s rule set, with warnings on stderr', () => {
    const out = run('import', [join(FIXTURES, 'hyperliquid-clearinghouse-state.json')]);
    expect(out.status).toBe(0);
    const portfolio = JSON.parse(out.stdout) as { rules: string; asOf: string };
    expect(portfolio.rules).toBe('hyperliquid');
    expect(portfolio.asOf).toBe('2025-11-30T00:00:00Z');
    expect(parsePortfolio(portfolio).ok).toBe(true);
    expect(out.stderr).toMatch(/^warning: assets: volatilities are not in a venue's export/m);
  });

  it('reads stdin, and its output feeds compare: the Bybit account under its own rules and Binance\'s', () => {
    const out = run('import', ['-'], readFileSync(join(FIXTURES, 'bybit-v5-account.json'), 'utf8'));
    expect(out.status).toBe(0);
    const file = join(tmp, 'bybit.json');
    writeFileSync(file, out.stdout);
    const compared = run('compare', [file, '--rules', 'bybit-linear,binance-usdm']);
    expect(compared.status).toBe(0);
    const rules = (JSON.parse(compared.stdout) as { rules: { name: string; overridesApplied: boolean; liquidationPrices: Record<string, { up: string | null }> }[] }).rules;
    // Under its own rules the export's tiers apply and the ETH short's liqPrice comes back (1,383.76, see the fixture README).
    expect(rules[0]).toMatchObject({ name: 'bybit-linear', overridesApplied: true });
    expect(Number(rules[0]!.liquidationPrices.ETH!.up)).toBeCloseTo(1383.756, 2);
    expect(rules[1]).toMatchObject({ name: 'binance-usdm', overridesApplied: false });
  });

  it('exits 2 on a venue\'s error answer, a malformed export or text that is not JSON', () => {
    const error = run('import', ['-'], '{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}');
    expect(error.status).toBe(2);
    expect(error.stdout).toBe('');
    expect(error.stderr.trim()).toBe('(file): the venue answered with an error instead of data: -2015 "Invalid API-key, IP, or permissions for action." (Binance error response)');
    const bybit = JSON.parse(readFileSync(join(FIXTURES, 'bybit-v5-account.json'), 'utf8')) as { positions: { list: Record<string, unknown>[] } };
    delete bybit.positions.list[0]!.avgPrice;
    bybit.positions.list[1]!.tradeMode = 2;
    const malformed = run('import', ['-'], JSON.stringify(bybit));
    expect(malformed.status).toBe(2);
    expect(malformed.stderr.trim().split('\n')).toEqual([
      'positions.list[0].avgPrice: is required',
      'positions.list[1].tradeMode: must be 0 (cross) or 1 (isolated)',
    ]);
    const text = run('import', ['-'], 'positionRisk: …');
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^\(file\): is not valid JSON/);
  });
});
