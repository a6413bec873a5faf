import { describe, expect, it } from 'vitest';
import { simulateCascade } from '../../../src/engine/cascade/index';
import { cohort, linearBook, parsed, simulate, threeLongs } from './fixtures';

// Small cascades worked by hand, step by step. The book: BTC at 100, 100 units per 1 of price,
// so selling q units moves the price down by q ÷ 100 and fills at the midpoint.

const close = (digits = 9) => (a: number, b: number) => expect(a).toBeCloseTo(b, digits);

describe('three longs on a linear book', () => {
  const result = simulate(threeLongs());
  const [s0, s1, s2, s3] = result.steps;

  it('liquidates one account per step, each sale pushing the price through the next liquidation price', () => {
    expect(result.steps).toHaveLength(4);
    // Step 0: the shock puts BTC at 94.5 < 95: A (surplus −9,025 + 100 × 0.95 × 94.5 = −47.5) is
    // liquidated; B (+85.5) and C (+361) are not. A's 100 units move the price 94.5 → 93.5, fill 94.
    close()(s0!.oraclePrices.BTC!, 94.5);
    expect(s0!.liquidatedAccounts).toBe(1);
    close()(s0!.averagePrices.BTC!, 94);
    close()(s0!.prices.BTC!, 93.5);
    close()(s0!.netSold.BTC!, 100);
    close()(s0!.liquidatedNotional, 9400);
    // A: cash −9,025 + 9,400 = 375; penalty 1 % × 100 × 94.5 = 94.5 to the fund → 280.5 left.
    close()(s0!.insuranceFund, 94.5);
    // Step 1: oracle 93.5 < 93.6: B (−8,892 + 95 × 93.5 = −9.5) goes; C (+171) holds. 93.5 → 92.5, fill 93.
    expect(s1!.liquidatedAccounts).toBe(1);
    close()(s1!.averagePrices.BTC!, 93);
    close()(s1!.prices.BTC!, 92.5);
    // B: −8,892 + 9,300 = 408, penalty 93.5 → fund 188.
    close()(s1!.insuranceFund, 188);
    // Step 2: oracle 92.5 < 92.6: C (−17,594 + 190 × 92.5 = −19) sells 200 units: 92.5 → 90.5, fill 91.5.
    expect(s2!.liquidatedAccounts).toBe(1);
    close()(s2!.averagePrices.BTC!, 91.5);
    close()(s2!.prices.BTC!, 90.5);
    close()(s2!.liquidatedNotional, 18300);
    // C: −17,594 + 18,300 = 706, penalty 1 % × 200 × 92.5 = 185 → fund 373.
    close()(s2!.insuranceFund, 373);
    // Step 3: nobody left: the cascade stops.
    expect(s3!.liquidatedAccounts).toBe(0);
    expect(s3!.averagePrices.BTC).toBeNull();
    expect(result.totals.stoppedBecause).toBe('no new liquidation');
  });

  it('measures each wave against the wave that set it off', () => {
    expect(result.steps.map((s) => s.amplification)).toEqual([null, 1, 1, 0]);
    // The first wave closed 9,400 directly; the cascade's own selling closed 9,300 + 18,300.
    close()(result.totals.directNotional, 9400);
    close()(result.totals.inducedNotional, 27600);
  });

  it('accounts for every unit and every unit of equity', () => {
    // Equity at 100: 975 + 1,108 + 2,406 = 4,489. Price moves on the open units: 400 × (94.5 − 100)
    // + 300 × (93.5 − 94.5) + 200 × (92.5 − 93.5) = −2,700. Left: 280.5 + 314.5 + 521 = 1,116.
    // Lost in liquidation: 4,489 − 2,700 − 1,116 = 673 = market 100 × 0.5 + 100 × 0.5 + 200 × 1 (300)
    // + fund 373.
    const c = result.conservation;
    close(6)(c.equityLost, 673);
    close(9)(c.paidToMarket, 300);
    close(9)(c.paidToInsuranceFund, 373);
    expect(c.paidToLiquidators).toBe(0);
    expect(c.badDebt).toBe(0);
    expect(Math.abs(c.residual)).toBeLessThan(1e-9);
    close()(c.units.BTC!.soldToMarket, 400);
    close()(c.units.BTC!.openInterestChange, -400);
  });

  it('with a one-step oracle lag and a one-step delay, waves come three steps apart', () => {
    const lagged = simulate(threeLongs({ oracleLagSteps: 1, liquidationDelaySteps: 1 }));
    // Step 0 tests today's 100. Step 1 sees 94.5 and finds A; A is liquidated at step 2 (oracle
    // still 94.5). B is found at step 4 (oracle 93.5), liquidated at 5; C found at 7, liquidated at 8.
    const when = lagged.steps.filter((s) => s.liquidatedAccounts > 0).map((s) => s.step);
    expect(when).toEqual([2, 5, 8]);
    expect(lagged.steps.filter((s) => s.newlyLiquidatable > 0).map((s) => s.step)).toEqual([1, 4, 7]);
    expect(lagged.steps[5]!.amplification).toBe(1);
    // Two quiet steps after the last (the oracle must catch up): 0 … 10.
    expect(lagged.steps).toHaveLength(11);
    close()(lagged.totals.finalPrices.BTC!, 90.5);
  });
});

describe('a bankrupt long, the insurance fund and the other side', () => {
  // Long 100 BTC at 100 with 600 collateral: cash −9,400. Short 50 BTC at 100 with 2,000: cash 7,000.
  // A shock of −8 % (92): the long's surplus −9,400 + 95 × 92 = −660. It sells 100: 92 → 91, fill 91.5,
  // cash −9,400 + 9,150 = −250: bankrupt, no penalty can be paid. The fund's 10 pays first.
  const scenario = (whenFundIsEmpty: 'socialised-loss' | 'bad-debt') => ({
    ...threeLongs({ insuranceFund: 10, whenFundIsEmpty }, -0.08),
    crowd: {
      count: 0,
      cohorts: [
        cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 600),
        cohort([{ asset: 'BTC', side: 'short', notional: 5000 }], 2000),
      ],
    },
  });

  it('levies the uncovered 240 on the shorts, 4.8 per unit, as auto-deleveraging', () => {
    const result = simulate(scenario('socialised-loss'));
    expect(result.steps).toHaveLength(2);
    close()(result.steps[0]!.insuranceFund, 0);
    close()(result.steps[0]!.adl, 240);
    expect(result.steps[0]!.badDebt).toBe(0);
    // Start 600 + 2,000; price moves 50 × (92 − 100) + (−50) × (91 − 92) = −350; the short ends with
    // 7,000 − 240 − 50 × 91 = 2,210. Lost: 2,600 − 350 − 2,210 = 40 = market 100 × 0.5 − fund 10.
    const c = result.conservation;
    close(9)(c.equityLost, 40);
    close(9)(c.paidToMarket, 50);
    close(9)(c.paidToInsuranceFund, -10);
    expect(Math.abs(c.residual)).toBeLessThan(1e-9);
  });

  it('or leaves it as bad debt, the short untouched', () => {
    const result = simulate(scenario('bad-debt'));
    close()(result.totals.badDebt, 240);
    expect(result.totals.adl).toBe(0);
    // The short keeps 2,000 + 50 × 9 = 2,450: lost 2,600 − 350 − 2,450 = −200 = 50 − 10 − 240.
    close(9)(result.conservation.equityLost, -200);
    expect(Math.abs(result.conservation.residual)).toBeLessThan(1e-9);
  });
});

describe('a lending account under a 50 % close factor', () => {
  // 100 ETH of collateral (entered at 100) against 7,600 of debt, liquidation threshold 0.79:
  // health 7,900 ÷ 7,600 = 1.039 today. At 95 (−5 %): 100 × 95 × 0.79 = 7,505 < 7,600, health 0.9875,
  // above 0.95, so half the debt: the liquidator repays 3,800 and takes 3,800 × 1.05 = 3,990 of ETH
  // at 95 = 42 units, which it sells: 95 → 94.58, fill 94.79.
  const result = simulate({
    format: 'margin-lab/cascade-scenario',
    version: 1,
    name: 'One borrower',
    market: { ETH: linearBook.BTC },
    crowd: { count: 0, cohorts: [cohort([{ asset: 'ETH', side: 'long', notional: 10000 }], 2400)] },
    rules: { kind: 'lending', liquidationThreshold: 0.79, closeFactor: 0.5, fullCloseBelowHealth: 0.95, liquidationBonus: 0.05, insuranceFund: 0 },
    shock: { moves: { ETH: -0.05 } },
    criticalShock: { search: false },
  });

  it('repays half the debt, and the account is healthy again', () => {
    const [s0, s1] = result.steps;
    expect(s0!.liquidatedAccounts).toBe(1);
    close()(s0!.netSold.ETH!, 42);
    close()(s0!.averagePrices.ETH!, 94.79);
    close()(s0!.prices.ETH!, 94.58);
    // Left: 58 ETH against 3,800: 58 × 94.58 × 0.79 = 4,333.66 > 3,800.
    expect(s1!.liquidatedAccounts).toBe(0);
    expect(result.totals.closedAccounts).toBe(0);
  });

  it('pays the bonus to the liquidator, who bears the slippage of selling the collateral', () => {
    // Liquidator: 42 × 94.79 − 3,800 = 181.18 (the 190 bonus less 42 × 0.21 of slippage).
    const c = result.conservation;
    close(9)(c.paidToLiquidators, 181.18);
    close(9)(c.paidToMarket, 8.82);
    // Equity 2,400 − 100 × 5 − 58 × 0.42 − (−3,800 + 58 × 94.58) = 190: the bonus.
    close(9)(c.equityLost, 190);
    expect(Math.abs(c.residual)).toBeLessThan(1e-9);
  });
});

describe('a constant-product pool in the cascade', () => {
  it('fills a 100 ETH sale into 1,000 / 3,000,000 at 271,983.27 ÷ 100 and leaves the spot 17.33 % lower', () => {
    // An account already under water at 3,000 (100 ETH long, 10,000 collateral: liquidation price
    // 290,000 ÷ 95 = 3,052.6) is liquidated in the first step, with no shock, into the untouched pool.
    const result = simulate({
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Uniswap v2 pool',
      market: { ETH: { price: 3000, impact: { model: 'constant-product', quoteReserve: 3000000, fee: 0.003 } } },
      crowd: { count: 0, cohorts: [cohort([{ asset: 'ETH', side: 'long', notional: 300000 }], 10000)] },
      rules: { kind: 'exchange', maintenanceRate: 0.05 },
      shock: { moves: {} },
      criticalShock: { search: true },
    });
    expect(result.warnings).toEqual([{ path: 'crowd.cohorts[0]', message: expect.stringContaining('already under its requirement') }]);
    const s0 = result.steps[0]!;
    expect(s0.averagePrices.ETH! * 100).toBeCloseTo(271983.27, 2);
    // (3,000,000 − 271,983.27) ÷ 1,100 = 2,480.015: −17.33 %.
    expect(s0.prices.ETH! / 3000 - 1).toBeCloseTo(-0.1733, 4);
    expect(result.criticalShock).toBeNull();
    expect(result.criticalShockReason).toMatch(/moves no asset/);
  });
});

describe('the critical shock', () => {
  // The three longs and a fourth, D: 100 units with 1,302.75 of collateral, liquidation price
  // 8,697.25 ÷ 95 = 91.55. A goes first below 95 (a fall past 5 %), but its sale moves the price
  // by only 1: it reaches B (93.6) only if the shock took the price under 94.6, a fall past 5.4 %.
  // Then B's sale reaches C (92.6) and C's 200 units (→ 90.5) reach D: one wave sets off three
  // more. Past 6.4 % A and B go together in the first wave and only C and D follow: not enough.
  const fourLongs = (search: boolean, shock = -0.055) => {
    const input = threeLongs({}, shock);
    return {
      ...input,
      crowd: { count: 0, cohorts: [...input.crowd.cohorts!, cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 1302.75, { name: 'D' })] },
      criticalShock: { search },
    };
  };

  it('is the smallest fall from which the cascade carries on by itself: just past 5.4 %', () => {
    const inside = simulate(fourLongs(false));
    expect(inside.steps.map((s) => s.liquidatedAccounts)).toEqual([1, 1, 1, 1, 0]);
    const result = simulate(fourLongs(true));
    // Bisection to a hundredth of a percentage point.
    expect(result.criticalShock!.move).toBeLessThan(-0.054);
    expect(result.criticalShock!.move).toBeGreaterThan(-0.0542);
    // At 5.3 % the chain stops after A: A's sale leaves 93.7, above B's 93.6.
    expect(simulate(fourLongs(false, -0.053)).totals.liquidatedAccounts).toBe(1);
    expect(result.criticalShock!.moves.BTC).toBe(result.criticalShock!.move);
    expect(result.criticalShock!.runs).toBeGreaterThan(10);
  });

  it('is null, with the reason, where no shock makes the crowd\'s selling carry on', () => {
    // A book a thousand times deeper: A's sale moves the price by a thousandth of 1.
    const result = simulate({ ...fourLongs(true), market: { BTC: { price: 100, impact: { model: 'linear-depth', depthPerPercent: 1e7 } } } });
    expect(result.criticalShock).toBeNull();
    expect(result.criticalShockReason).toBe('not self-sustaining for any shock up to 50.00 % along the scenario\'s direction');
  });

  it('reports its progress while it searches', () => {
    const seen: string[] = [];
    const scenario = parsed(fourLongs(true));
    simulateCascade(scenario, { onProgress: (p) => { seen.push(p.phase); expect(p.done).toBeLessThanOrEqual(p.total); } });
    expect(seen[0]).toBe('cascade');
    expect(seen.filter((p) => p === 'critical-shock').length).toBeGreaterThan(10);
  });
});

describe('cross versus isolated margin: account contagion', () => {
  // One trader long 100 BTC and 100 ETH (both at 100), 1,500 of collateral, maintenance 5 %.
  // BTC falls 8 %. Cross: surplus 1,500 − 20,000 + 95 × 92 + 95 × 100 = −260: liquidated, and its ETH
  // is sold with its BTC. Isolated (750 each): BTC 750 − 10,000 + 8,740 = −510 goes; ETH
  // 750 − 10,000 + 9,500 = 250 stays, and ETH is not sold.
  const trader = (margin: 'cross' | 'isolated') => simulate({
    ...threeLongs({ liquidationPenalty: 0 }, -0.08),
    market: { BTC: linearBook.BTC, ETH: linearBook.BTC },
    crowd: { count: 0, cohorts: [cohort([{ asset: 'BTC', side: 'long', notional: 10000 }, { asset: 'ETH', side: 'long', notional: 10000 }], 1500, { margin })] },
  });

  it('cross: one liquidation sells both assets', () => {
    const s0 = trader('cross').steps[0]!;
    expect(s0.liquidatedAccounts).toBe(1);
    expect(s0.netSold).toEqual({ BTC: 100, ETH: 100 });
    close()(s0.prices.ETH!, 99);
  });

  it('isolated: only the position that fell is liquidated', () => {
    const result = trader('isolated');
    expect(result.crowd.accounts).toBe(2);
    expect(result.steps[0]!.netSold).toEqual({ BTC: 100, ETH: 0 });
    expect(result.totals.finalPrices.ETH).toBe(100);
  });
});

describe('partial liquidation that does not restore health', () => {
  it('halves the account step after step until what is left is dust, then closes it', () => {
    // 100 BTC long at 100 with 1,072 of collateral, maintenance 1 %, penalty 0.8 %, close factor ½.
    // At 90: equity 1,072 − 1,000 = 72 = 0.8 % of 9,000, under the 1 % (90). Closing half costs a
    // penalty of 0.8 % × 4,500 = 36, leaving 36 = 0.8 % of 4,500: the account stays under, at the
    // same ratio, step after step. The 20th halving would leave 2⁻²⁰ < a millionth: closed whole.
    const result = simulate({
      ...threeLongs({ maintenanceRate: 0.01, liquidationPenalty: 0.008, closeFactor: 0.5 }, -0.1),
      market: { BTC: { price: 100, impact: { model: 'linear-depth', depthPerPercent: 1e15 } } },
      crowd: { count: 0, cohorts: [cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 1072)] },
    });
    expect(result.totals.stoppedBecause).toBe('no new liquidation');
    expect(result.totals.closedAccounts).toBe(1);
    expect(result.totals.liquidations).toBe(20);
    expect(result.steps.slice(0, 20).every((s) => s.liquidatedAccounts === 1)).toBe(true);
  });
});
