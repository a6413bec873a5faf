import { describe, expect, it } from 'vitest';
import { cohort, linearBook, simulate, threeLongs } from './fixtures';

// Who pays a bankrupt account's shortfall, and in which order (issue 10, points 7 and 8): within a
// step the penalties reach the insurance fund first, then the fund pays the shortfalls, then what
// is left is levied on the other side's positions still open (ADL) or is bad debt.

const close = (digits = 9) => (a: number, b: number) => expect(a).toBeCloseTo(b, digits);

describe('the fund is paid before it pays (issue 10.7)', () => {
  // Two longs of 1,000,000 notional (10 BTC at 100,000), collateral 53,500 and 20,000; BTC
  // maintenance 0.4 % (surplus weight 0.996); the square-root law with V = 1e8, σ = 0.03, Y = 1;
  // fund 0, penalty 1 %, bad-debt mode, shock −5 % (95,000).
  //   A: cash 53,500 − 1,000,000 = −946,500, surplus −946,500 + 10 × 0.996 × 95,000 = −300.
  //   B: cash −980,000, surplus −33,800. Both are liquidated in step 0: 20 BTC sold.
  //   c = 0.03 × √(100,000 ÷ 1e8) = 0.03 × √0.001; average impact of 20 units from 0 sold:
  //   ⅔ × c × √20 = 0.02 × √0.02 = 0.0028284271; fill 95,000 × (1 − 0.0028284271) = 94,731.2994231.
  //   Each sells 10: proceeds 947,312.994231.
  //   A: cash −946,500 + 947,312.994231 = 812.994231 left; the penalty 1 % × 950,000 = 9,500 takes
  //      all of it: the fund gets 812.994231.
  //   B: cash −980,000 + 947,312.994231 = −32,687.005769: bankrupt.
  //   The fund (now 812.994231) pays first: fund 0, bad debt 32,687.005769 − 812.994231 = 31,874.011538.
  // (Settling B's shortfall before A's penalty, the fund would end at 812.99 and bad debt at 32,687.01.)
  const result = simulate({
    format: 'margin-lab/cascade-scenario',
    version: 1,
    name: 'Two longs, square-root impact',
    market: { BTC: { price: 100000, impact: { model: 'square-root', dailyVolume: 1e8, dailyVolatility: 0.03 } } },
    crowd: {
      count: 0,
      cohorts: [
        cohort([{ asset: 'BTC', side: 'long', notional: 1e6 }], 53500, { name: 'A' }),
        cohort([{ asset: 'BTC', side: 'long', notional: 1e6 }], 20000, { name: 'B' }),
      ],
    },
    rules: { kind: 'exchange', liquidationPenalty: 0.01, insuranceFund: 0, whenFundIsEmpty: 'bad-debt' },
    shock: { moves: { BTC: -0.05 } },
    criticalShock: { search: false },
  });
  const s0 = result.steps[0]!;

  it('credits the step\'s penalties to the fund before the fund pays the step\'s shortfalls', () => {
    expect(s0.liquidatedAccounts).toBe(2);
    close(6)(s0.averagePrices.BTC!, 94731.2994231);
    expect(s0.insuranceFund).toBe(0);
    close(5)(s0.badDebt, 31874.011538);
    expect(s0.badDebt.toFixed(2)).toBe('31874.01');
    close(5)(result.totals.badDebt, 31874.011538);
    expect(result.totals.insuranceFundEnd).toBe(0);
    expect(result.totals.adl).toBe(0);
  });

  it('still adds up: the fund paid in and out, the rest is bad debt', () => {
    const c = result.conservation;
    expect(c.paidToInsuranceFund).toBe(0);
    // Market: 20 × (95,000 − 94,731.2994231) = 5,374.011538; equity lost 5,374.01 − 31,874.01 = −26,500.
    close(5)(c.paidToMarket, 5374.011538);
    close(5)(c.equityLost, -26500);
    expect(Math.abs(c.residual)).toBeLessThan(1e-6);
  });
});

describe('a fund of 1e15 (the largest the schema allows)', () => {
  it('counts what it was paid and what it paid flow by flow, not as a difference rounded to 0.125', () => {
    // The two longs above with a fund of 1e15: it takes A's 812.994231 and pays B's 32,687.005769,
    // −31,874.011538 in all, which end − start (both near 1e15, a double's step 0.125) would round.
    const result = simulate({
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Two longs, a large fund',
      market: { BTC: { price: 100000, impact: { model: 'square-root', dailyVolume: 1e8, dailyVolatility: 0.03 } } },
      crowd: { count: 0, cohorts: [cohort([{ asset: 'BTC', side: 'long', notional: 1e6 }], 53500), cohort([{ asset: 'BTC', side: 'long', notional: 1e6 }], 20000)] },
      rules: { kind: 'exchange', liquidationPenalty: 0.01, insuranceFund: 1e15, whenFundIsEmpty: 'bad-debt' },
      shock: { moves: { BTC: -0.05 } },
      criticalShock: { search: false },
    });
    close(5)(result.conservation.paidToInsuranceFund, -31874.011538);
    expect(result.totals.badDebt).toBe(0);
    expect(Math.abs(result.conservation.residual)).toBeLessThan(1e-6);
  });
});

describe('ADL falls on the other side\'s open positions only (issue 10.8)', () => {
  // BTC at 100, a linear book of 100 units per 1 of price; maintenance 5 %; fund 0, socialised loss.
  it('a long and a short bankrupt in the same step: the long\'s shortfall never reaches the other long', () => {
    // L: long 100 entered at 110 with 500: cash −10,500, equity at 100 = −500 (already under water).
    // S: short 100 entered at 90 with 300: cash 9,300, equity at 100 = −700.
    // H: long 100 entered at 100 with 2,000: cash −8,000, surplus −8,000 + 95 × 100 = 1,500: healthy.
    // Step 0 (no shock): L sells 100 and S buys 100: the net order is 0, both fill at 100.
    //   L's shortfall 500: the shorts still open after the step: none (S is closed) → bad debt 500.
    //   S's shortfall 700: the longs still open: H's 100 units → a levy of 7 a unit, ADL 700.
    // H ends with 2,000 − 700 = 1,300 and stays healthy (surplus 800).
    // (Today's order levied L's 500 on S first, whose shortfall grew to 1,200 and went to H: a long
    // paid for a long, and ADL read 1,700.)
    const result = simulate({
      ...threeLongs({ whenFundIsEmpty: 'socialised-loss' }, 0),
      crowd: {
        count: 0,
        cohorts: [
          cohort([{ asset: 'BTC', side: 'long', notional: 11000 }], 500, { name: 'L', entryMove: 0.1 }),
          cohort([{ asset: 'BTC', side: 'short', notional: 9000 }], 300, { name: 'S', entryMove: -0.1 }),
          cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 2000, { name: 'H' }),
        ],
      },
    });
    const s0 = result.steps[0]!;
    expect(s0.liquidatedAccounts).toBe(2);
    close()(s0.netSold.BTC!, 0);
    close()(s0.averagePrices.BTC!, 100);
    close()(s0.badDebt, 500);
    close()(s0.adl, 700);
    close()(result.totals.adl, 700);
    close()(result.totals.badDebt, 500);
    expect(result.totals.liquidatedAccounts).toBe(2);
    // Equity −500 − 700 + 2,000 = 800 at the start, 1,300 (H's) at the end, no price move:
    // lost −500 = market 0 + fund 0 + liquidators 0 − bad debt 500.
    close()(result.conservation.equityLost, -500);
    expect(Math.abs(result.conservation.residual)).toBeLessThan(1e-9);
  });

  it('a levy a winner cannot pay is taken back out of the ADL and becomes bad debt, not a levy on the first loser\'s side', () => {
    // L: long 100 entered at 110 with 500 (equity −500). S: short 10 at 100 with 100: cash 1,100,
    // surplus 1,100 − 10 × 1.05 × 100 = 50. H: long 100 at 100 with 2,000.
    // Step 0: L sells 100: 100 → 99, fill 99.5; cash −10,500 + 9,950 = −550. The shorts open: S's
    //   10 units → levy 55 a unit, ADL 550. S's equity 1,100 − 550 − 990 = −440.
    // Step 1 (oracle 99): S's surplus 1,100 − 550 − 10 × 1.05 × 99 = −489.5: it buys 10: 99 → 99.1,
    //   fill 99.05; cash 550 − 990.5 = −440.5, all of it the levy S never paid. It is taken back out
    //   of the ADL (550 − 440.5 = 109.5 levied in all) and is bad debt: levied on the longs, H
    //   would pay for L.
    const result = simulate({
      ...threeLongs({ whenFundIsEmpty: 'socialised-loss' }, 0),
      crowd: {
        count: 0,
        cohorts: [
          cohort([{ asset: 'BTC', side: 'long', notional: 11000 }], 500, { name: 'L', entryMove: 0.1 }),
          cohort([{ asset: 'BTC', side: 'short', notional: 1000 }], 100, { name: 'S' }),
          cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 2000, { name: 'H' }),
        ],
      },
    });
    const [s0, s1] = result.steps;
    close()(s0!.adl, 550);
    expect(s1!.liquidatedAccounts).toBe(1);
    close()(s1!.averagePrices.BTC!, 99.05);
    close()(s1!.adl, -440.5);
    close()(s1!.badDebt, 440.5);
    close()(result.totals.adl, 109.5);
    close()(result.totals.badDebt, 440.5);
    // Start −500 + 100 + 2,000 = 1,600; moves 90 × (99 − 100) + 100 × (99.1 − 99) = −80; H ends
    // with −8,000 + 9,910 = 1,910 (no levy): lost −390 = market 50 + 0.5 − bad debt 440.5.
    close()(result.conservation.equityLost, -390);
    close()(result.conservation.paidToMarket, 50.5);
    expect(Math.abs(result.conservation.residual)).toBeLessThan(1e-9);
  });
});

describe('the fund in socialised-loss mode', () => {
  it('pays the shortfall before anyone is levied', () => {
    // The bankrupt long of hand-checked.test.ts (shortfall 250 at fill 91.5) with a fund of 300:
    // the fund pays all of it; nothing is levied.
    const result = simulate({
      ...threeLongs({ insuranceFund: 300, whenFundIsEmpty: 'socialised-loss' }, -0.08),
      crowd: {
        count: 0,
        cohorts: [
          cohort([{ asset: 'BTC', side: 'long', notional: 10000 }], 600),
          cohort([{ asset: 'BTC', side: 'short', notional: 5000 }], 2000),
        ],
      },
      market: linearBook,
    });
    close()(result.steps[0]!.insuranceFund, 50);
    expect(result.totals.adl).toBe(0);
    expect(result.totals.badDebt).toBe(0);
  });
});
