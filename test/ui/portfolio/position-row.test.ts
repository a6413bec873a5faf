import { describe, expect, it } from 'vitest';
import type { DraftPosition } from '../../../src/state/draft';
import { modelPremium, optionValuePerUnit, positionRows, sideOf, warningsByPosition } from '../../../src/ui/portfolio/position-row';
import { fixtureReport } from '../charts/fixture-report';

// The fixture report (test/ui/charts/fixture-report.ts): BTC 60,000, ETH 3,000; p1 a cross long
// 1 BTC, p2 an isolated short 5 ETH liquidated at 3,450.25, p3 an isolated 0.1 BTC with no price
// that liquidates it; the account's BTC liquidation is 42,000 (−30 %), ETH's 4,200 (+40 %).
const draft = (): DraftPosition[] => [
  { id: 'p1', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '58000' },
  { id: 'p2', type: 'perpetual', asset: 'ETH', quantity: '-5', entryPrice: '3100', margin: { mode: 'isolated', collateral: '2000' } },
  { id: 'p3', type: 'perpetual', asset: 'BTC', quantity: '0.1', entryPrice: '60000', margin: { mode: 'isolated', collateral: '6000' } },
];

describe('the rows of the positions table', () => {
  it('reads the side from the sign of the size', () => {
    expect(sideOf('1.5')).toBe('long');
    expect(sideOf('-0.2')).toBe('short');
    expect(sideOf('0')).toBeNull();
    expect(sideOf('abc')).toBeNull();
  });

  it('gives an isolated position its own liquidation price and its distance from the mark', () => {
    const [, p2] = positionRows({ positions: draft() }, fixtureReport());
    // 3,450.25 ÷ 3,000 − 1 = 0.1500833…: the short is liquidated 15.0 % above today's price
    expect(p2!.liquidation).toMatchObject({ price: '3450.25', direction: 'up', down: null, up: null, reason: null });
    expect(p2!.liquidation!.distance).toBeCloseTo(0.15008333333, 10);
    expect(p2!.mark).toBe('3000');
    expect(p2!.side).toBe('short');
  });

  it('says why an isolated position has no liquidation price', () => {
    const [, , p3] = positionRows({ positions: draft() }, fixtureReport());
    expect(p3!.liquidation).toMatchObject({ price: null, direction: null, distance: null, reason: 'fully collateralised: no price liquidates it' });
  });

  it('gives a cross position the account’s nearer liquidation for its asset', () => {
    const report = fixtureReport();
    const [p1] = positionRows({ positions: draft() }, report);
    expect(p1!.liquidation).toMatchObject({ price: '42000', direction: 'down', distance: -0.3, down: '42000', up: null });
    // With both sides known the nearer wins: +25 % is nearer than −30 %
    report.account.liquidationPrices.BTC = { down: '42000', up: '75000', downMove: -0.3, upMove: 0.25 };
    const [again] = positionRows({ positions: draft() }, report);
    expect(again!.liquidation).toMatchObject({ price: '75000', direction: 'up', distance: 0.25 });
  });

  it('flags liquidatable, expired and no collateral, each only when true', () => {
    const report = fixtureReport();
    const positions = draft();
    expect(positionRows({ positions }, report).map((r) => r.flags)).toEqual([[], [], []]);

    // p2's health factor below 1 makes it, and only it, liquidatable (isolated)
    report.account.positions[1]!.healthFactor = '0.98';
    // a future that expired the day before asOf (2026-11-24T00:00Z)
    positions[0] = { ...positions[0]!, type: 'future', expiry: '2026-11-23T08:00:00Z' };
    // isolated with nothing set aside
    positions[2] = { ...positions[2]!, margin: { mode: 'isolated', collateral: '0' } };
    expect(positionRows({ positions }, report).map((r) => r.flags)).toEqual([['expired'], ['liquidatable'], ['no collateral']]);

    // the account itself below maintenance: every cross position is liquidatable
    report.account.liquidatable = true;
    expect(positionRows({ positions }, report)[0]!.flags).toEqual(['liquidatable', 'expired']);
  });

  it('flags a cross position when the pool holds no collateral', () => {
    const report = fixtureReport();
    report.account.pool.collateralValue = '0';
    expect(positionRows({ positions: draft() }, report).map((r) => r.flags)).toEqual([['no collateral'], [], []]);
  });

  it('carries every engine warning of a position, named as the screen names it', () => {
    const report = fixtureReport();
    report.warnings = [
      { path: 'positions[1].expiry', message: 'expired: settled at the mark price' },
      { path: 'positions[1]', message: 'the lending rule set margins balances only: this position is valued but not margined' },
      { path: 'assets.BTC', message: 'not about a position' },
    ];
    const rows = positionRows({ positions: draft() }, report);
    expect(rows[1]!.warnings).toEqual([
      'Position p2, expiry: expired: settled at the mark price',
      'Position p2: the lending rule set margins balances only: this position is valued but not margined',
    ]);
    expect(rows[0]!.warnings).toEqual([]);
    expect(warningsByPosition(report.warnings).size).toBe(1);
  });

  it('finds the warnings of a moved position by its place in the report, not in the book', () => {
    const report = fixtureReport();
    report.warnings = [{ path: 'positions[0].expiry', message: 'expired' }];
    // the book moved p1 to the end (a sort or a delete pending a new report)
    const [first, second, third] = draft();
    const rows = positionRows({ positions: [second!, third!, first!] }, report);
    expect(rows.map((r) => r.warnings.length)).toEqual([0, 0, 1]);
    expect(rows[2]!.warnings[0]).toBe('Position p1, expiry: expired');
  });

  it('shows nothing but the draft while there is no report', () => {
    const rows = positionRows({ positions: draft() }, null);
    expect(rows.map((r) => [r.result, r.liquidation, r.mark, r.flags])).toEqual([
      [null, null, null, []],
      [null, null, null, []],
      [null, null, null, []],
    ]);
  });

  it('prices an option per unit from the report: markValue ÷ quantity', () => {
    const report = fixtureReport();
    const option = { ...report.account.positions[0]!, type: 'option' as const, quantity: '-2', markValue: '-2400.5' };
    // −2,400.5 ÷ −2 = 1,200.25 per unit, which a new option takes as its premium
    expect(optionValuePerUnit(option)).toBe(1200.25);
    expect(modelPremium(option)).toBe('1200.25');
        // 0.0123456789 ÷ 3 = 0.0041152263 → 6 decimals: 0.004115
    expect(modelPremium({ ...option, quantity: '3', markValue: '0.0123456789' })).toBe('0.004115');
    expect(modelPremium({ ...option, quantity: '0' })).toBeNull();
    expect(modelPremium({ ...option, type: 'perpetual' })).toBeNull();
  });
});

describe('reading rows again after an edit', () => {
  it('reuses the rows of untouched positions and reads the edited one again', () => {
    const report = fixtureReport();
    const cache = new WeakMap();
    const positions = draft();
    const first = positionRows({ positions }, report, cache);
    const edited = positions.slice();
    edited[1] = { ...edited[1]!, quantity: '5' };
    const second = positionRows({ positions: edited }, report, cache);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.side).toBe('long');
  });

  it('reads a row again when its position moved (its index is what edits address)', () => {
    const report = fixtureReport();
    const cache = new WeakMap();
    const positions = draft();
    positionRows({ positions }, report, cache);
    const rows = positionRows({ positions: positions.slice(1) }, report, cache);
    expect(rows.map((r) => r.index)).toEqual([0, 1]);
  });

  it("reads a row's figures once, when first asked for, and hands out the same ones after", () => {
    const report = fixtureReport();
    const [p1, p2] = positionRows({ positions: draft() }, report);
    // Read after the report is gone from the caller's hands: the row kept what it needs.
    expect(p2!.flags).toBe(p2!.flags);
    expect(p2!.liquidation).toBe(p2!.liquidation);
    expect(p2!.warnings).toBe(p2!.warnings);
    expect(p1!.liquidation).toMatchObject({ price: '42000', direction: 'down' });
  });
});
