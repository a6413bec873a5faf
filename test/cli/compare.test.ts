import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_SET_NAMES } from '../../src/engine/index';

// `npm run --silent compare -- book.json [--rules a,b,…]`: one book under several rule sets, run
// through tsx as the npm script does. The book is small enough to check every figure by hand.

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SLOW = { timeout: 90_000 };

function compareCli(args: string[], stdin?: string): SpawnSyncReturns<string> {
  return spawnSync(TSX, ['scripts/compare.ts', ...args], { cwd: ROOT, encoding: 'utf8', input: stdin ?? '', timeout: 80_000 });
}

const tmp = mkdtempSync(join(tmpdir(), 'margin-lab-compare-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 2 BTC long perpetual at 60,000 (mark 60,000) on 10,000 USDC, cross. */
const BOOK = {
  format: 'margin-lab/portfolio', version: 1, name: 'two BTC long', asOf: '2026-11-24T00:00:00Z', quote: 'USDC', rules: 'generic-cex',
  assets: { BTC: { price: '60000', volatility: 0.55 }, USDC: { price: '1', volatility: 0 } },
  balances: { USDC: '10000' },
  positions: [{ id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '2', entryPrice: '60000' }],
};
const bookFile = join(tmp, 'book.json');
writeFileSync(bookFile, JSON.stringify(BOOK));

type Comparison = { book: string; rules: { name: string; initialMargin: string; maintenanceMargin: string; measure: string; ratio: string | null; ratioReason?: string; liquidated: boolean; zone: string; cashNeeded: string; liquidationPrices: Record<string, { down: string | null; up: string | null }>; jointMove: { down: number | null; up: number | null } }[] };

describe('the compare command line', SLOW, () => {
  it('prints each venue\'s margins, ratio, liquidation prices and joint move for one book', () => {
    const run = compareCli([bookFile, '--rules', 'hyperliquid,binance-usdm,bybit-linear,aave-v3']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Comparison;
    expect(out.book).toBe('two BTC long');
    expect(out.rules.map((r) => r.name)).toEqual(['hyperliquid', 'binance-usdm', 'bybit-linear', 'aave-v3']);
    const [hyperliquid, binance, bybit, aave] = out.rules;
    // Hyperliquid, BTC 40×: maintenance 120,000 ÷ 80 = 1,500, initial 120,000 ÷ 40 = 3,000, ratio 1,500 ÷ 10,000;
    // LP = 60,000 − (10,000 − 1,500) / 2 / (1 − 0.0125) = 55,696.2025…, a 7.17 % fall; daily σ 0.55 ÷ √365 = 2.88 %,
    // so 2.49 σ: caution (by distance; a 15 % margin ratio alone says nothing of the move).
    expect(hyperliquid).toMatchObject({ maintenanceMargin: '1500', initialMargin: '3000', measure: 'margin ratio', ratio: '0.15', liquidated: false, zone: 'caution', cashNeeded: '0' });
    expect(Number(hyperliquid!.liquidationPrices.BTC!.down)).toBeCloseTo(55696.2025316, 6);
    // Binance, 120,000 in the 50k–250k bracket: 120,000 × 0.5 % − 50 = 550; initial at that bracket's 100×: 120,000 ÷ 100 = 1,200;
    // LP: 10,000 + 2 (P − 60,000) = 2P × 0.005 − 50 → P = 109,950 / 1.99 = 55,251.2562…
    expect(binance).toMatchObject({ maintenanceMargin: '550', initialMargin: '1200', ratio: '0.055' });
    expect(Number(binance!.liquidationPrices.BTC!.down)).toBeCloseTo(55251.2562814, 6);
    // Bybit, first tier 0.5 % (cross: at the mark): 600; initial 1 % = 1,200; P = 110,000 / 1.99 = 55,276.3819…
    expect(bybit).toMatchObject({ maintenanceMargin: '600', initialMargin: '1200', ratio: '0.06' });
    expect(Number(bybit!.liquidationPrices.BTC!.down)).toBeCloseTo(55276.3819095, 6);
    // The joint move is the BTC move to the same price: 55,696.2025 / 60,000 − 1.
    expect(hyperliquid!.jointMove.down).toBeCloseTo(55696.2025316 / 60000 - 1, 9);
    // Aave margins no perpetual and the book borrows nothing: no health factor (no debt), nothing to liquidate.
    expect(aave).toMatchObject({ measure: 'health factor', ratio: null, ratioReason: expect.stringContaining('no debt'), zone: 'safe', maintenanceMargin: '0' });
  });

  it('compares under every rule set by default, reading stdin', () => {
    const run = compareCli(['-'], JSON.stringify(BOOK));
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Comparison).rules.map((r) => r.name)).toEqual([...RULE_SET_NAMES]);
  });

  it('exits 2 on an unknown rule set or a broken file, with path: reason', () => {
    const unknown = compareCli([bookFile, '--rules', 'hyperliquid,binance']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^--rules: "binance" is not a rule set: one of generic-cex, /);
    const broken = compareCli(['-'], JSON.stringify({ ...BOOK, positions: [{ ...BOOK.positions[0], quantity: 2 }] }));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^positions\[0\]\.quantity: must be a decimal string/);
  });
});
