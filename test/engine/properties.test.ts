import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parsePortfolio, serialisePortfolio, type Portfolio, type PortfolioInput, type Position, type Report } from '../../src/engine/index';
import { Dec } from '../../src/engine/money';
import {
  AS_OF, extremeDecimalString, parseValid, portfolioArbitrary, portfolioInputArbitrary, withRestyledDecimals,
} from './fixtures/arbitrary-portfolio';

// Property tests of issue #2 ("Tests this issue must leave"). Each property runs on generated
// VALID portfolio files (fixtures/arbitrary-portfolio.ts); fast-check shrinks a failure to a
// minimal book and prints it with its seed.

/** Re-evaluations only need the account: a two-point health curve keeps them cheap. */
const CHEAP = { curveRange: { from: -0.5, to: 0.5, steps: 2 } } as const;

/** Generous per-test time: the machines are shared, and a property must fail on a counterexample, not on a slow CPU. */
const SLOW = { timeout: 60_000 };

const TOLERANCE = new Decimal('1e-9');

const sumOf = (values: string[]) => values.reduce((a, v) => a.plus(v), new Decimal(0));

/** The book with one asset's mark replaced by a reported decimal string (engine precision, no float). */
function atPrice(p: Portfolio, asset: string, price: string): Portfolio {
  return { ...p, assets: { ...p.assets, [asset]: { ...p.assets[asset]!, price: new Dec(price) } } };
}

/** The book with every position in one margin mode; isolated positions keep their collateral or get 1,000. */
function allPositions(p: Portfolio, mode: 'cross' | 'isolated'): Portfolio {
  const positions = p.positions.map((position): Position => ({
    ...position,
    margin: mode === 'cross'
      ? { mode: 'cross' }
      : { mode: 'isolated', collateral: position.margin?.mode === 'isolated' ? position.margin.collateral : new Dec(1000) },
  }));
  return { ...p, positions };
}

/**
 * Black-76 runs in float64 by design (pricing/black76.ts): an option's value carries rounding of
 * order 1e-16 of its notional, and even an expired option's intrinsic value goes through it. Over
 * a requirement far smaller than the option notional that rounding shows in the health factor, so
 * an option book is allowed 1e-13 of its option notional on top of the 1e-9 (see the worked example).
 */
const FLOAT_OPTION_ERROR = new Decimal('1e-13');

/** The tolerance on |HF − 1| for a requirement beside some notional of options valued in float64. */
function tolerance(requirement: string, optionNotional: Decimal): Decimal {
  const r = new Decimal(requirement);
  return r.isZero() ? TOLERANCE : TOLERANCE.plus(FLOAT_OPTION_ERROR.times(optionNotional).div(r));
}

/** The pool's tolerance: its own options (cross positions of an exchange account) count. */
function poolTolerance(report: Report): Decimal {
  if (report.rules.kind === 'lending') return TOLERANCE;
  const options = report.account.positions.filter((x) => x.type === 'option' && x.marginMode === 'cross');
  return tolerance(report.account.pool.maintenanceMargin, sumOf(options.map((x) => x.notional)));
}

/** |HF − 1| ≤ tolerance (1e-9 relative to 1, the value it should have); a null health factor fails with its reason. */
function expectHealthOne(healthFactor: string | null, what: string, allowed: Decimal, reason?: string): void {
  expect(healthFactor, `${what}: health factor is null (${reason ?? 'no reason'})`).not.toBeNull();
  const error = new Decimal(healthFactor!).minus(1).abs();
  expect(error.lessThanOrEqualTo(allowed), `${what}: health factor ${healthFactor}, |HF − 1| = ${error.toExponential(3)} > ${allowed.toExponential(3)}`).toBe(true);
}

/** The next double after x towards +∞ (direction 1) or −∞ (−1). */
function nextDouble(x: number, direction: 1 | -1): number {
  if (x === 0) return direction * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + ((x > 0) === (direction > 0) ? 1n : -1n));
  return view.getFloat64(0);
}

describe('cross versus isolated maintenance margin', SLOW, () => {
  // Cross: pool maintenance = Σ per-position bracketed maintenance + 10 % of any borrow.
  // Isolated: the same positions each carry their own bracketed maintenance; the pool keeps the borrows.
  // E.g. long 1 BTC + short 1 BTC at 60,000: each 60,000 × 0.005 − 50 = 250, so cross 500 ≤ isolated 250 + 250.
  const property = (p: Portfolio) => {
    const cross = evaluate(allPositions(p, 'cross'), CHEAP).account;
    const isolated = evaluate(allPositions(p, 'isolated'), CHEAP).account;
    const isolatedSum = sumOf(isolated.positions.map((x) => x.maintenanceMargin));
    // The pool of the isolated book holds the borrows alone; the cross pool holds borrows and positions.
    const borrows = new Decimal(isolated.pool.maintenanceMargin);
    expect(new Decimal(cross.pool.maintenanceMargin).lessThanOrEqualTo(borrows.plus(isolatedSum)), `cross pool ${cross.pool.maintenanceMargin} vs borrows ${borrows} + isolated ${isolatedSum}`).toBe(true);
    expect(new Decimal(cross.maintenanceMargin).lessThanOrEqualTo(isolated.maintenanceMargin)).toBe(true);
  };

  it('cross maintenance margin never exceeds the sum of the isolated maintenance margins of the same book', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex'], minPositions: 1 }), property), { numRuns: 50 });
  });

  it('still holds with several positions on the same asset (longs and shorts together)', () => {
    fc.assert(fc.property(portfolioArbitrary({ rules: ['generic-cex'], minPositions: 2, maxPositions: 5, sameAsset: true, options: false }), property), { numRuns: 50 });
  });
});

describe('reported liquidation prices', SLOW, () => {
  function checkLiquidationPrices(p: Portfolio): void {
    const report = evaluate(p);
    const { account } = report;
    // Each asset's price, others held: re-evaluate at the reported decimal string itself.
    for (const [asset, pair] of Object.entries(account.liquidationPrices)) {
      for (const side of ['down', 'up'] as const) {
        const price = pair[side];
        if (price === null) continue;
        const moved = evaluate(atPrice(p, asset, price), CHEAP);
        expectHealthOne(moved.account.healthFactor, `${asset} ${side} at ${price}`, poolTolerance(moved), moved.account.healthFactorReason);
      }
    }
    // The joint move: at the prices reported for it, and at the move itself through evaluate's what-if.
    for (const side of ['down', 'up'] as const) {
      const move = account.jointMove[side];
      const prices = account.jointMove[`${side}Prices`];
      expect(prices === null, `jointMove.${side}Prices is given exactly when jointMove.${side} is`).toBe(move === null);
      if (move === null) continue;
      if (prices) {
        const atPrices = evaluate({ ...p, assets: Object.fromEntries(Object.entries(p.assets).map(([s, a]) => [s, { ...a, price: new Dec(prices[s]!) }])) }, CHEAP);
        expectHealthOne(atPrices.account.healthFactor, `joint move ${side} at ${JSON.stringify(prices)}`, poolTolerance(atPrices), atPrices.account.healthFactorReason);
      }
      const healthAt = (m: number) => evaluate(p, { ...CHEAP, jointMove: m });
      const moved = healthAt(move);
      const allowed = poolTolerance(moved);
      if (moved.account.healthFactor !== null && new Decimal(moved.account.healthFactor).minus(1).abs().lessThanOrEqualTo(allowed)) continue;
      // The move is a double: within ~1e-7 of −100 % (a book that only recovers as everything goes to
      // zero) its last bit moves the prices by more than 1e-9. There the reported move must still be
      // the double nearest the root: health crosses 1 between its two neighbouring doubles.
      const below = healthAt(nextDouble(move, -1)).account.healthFactor;
      const above = healthAt(nextDouble(move, 1)).account.healthFactor;
      const crosses = below !== null && above !== null && new Decimal(below).minus(1).times(new Decimal(above).minus(1)).lessThanOrEqualTo(0);
      if (!crosses) expectHealthOne(moved.account.healthFactor, `joint move ${side} ${move} (neighbours: ${below}, ${above})`, allowed, moved.account.healthFactorReason);
    }
    // Isolated positions: their own health factor at their own liquidation price.
    account.positions.forEach((position, i) => {
      if (position.liquidationPrice === null) return;
      const moved = evaluate(atPrice(p, position.asset, position.liquidationPrice), CHEAP).account.positions[i]!;
      const allowed = position.type === 'option' ? tolerance(moved.maintenanceMargin, new Decimal(moved.notional)) : TOLERANCE;
      expectHealthOne(moved.healthFactor, `isolated ${position.id} at ${position.liquidationPrice}`, allowed);
    });
  }

  it('puts the health factor at exactly 1 (within 1e-9) at every reported liquidation price and joint move', () => {
    fc.assert(fc.property(portfolioArbitrary({ options: false }), checkLiquidationPrices), { numRuns: 60 });
  });

  it('does so with options in the book too', () => {
    fc.assert(fc.property(portfolioArbitrary({ options: true, rules: ['generic-cex'] }), checkLiquidationPrices), { numRuns: 40 });
  });

  it('worked example: over a tiny requirement, a float64 option value limits how exactly health 1 is hit', () => {
    // 931.86 ETH calls struck at 414.2, expired (intrinsic value), in cross; a 0.01 USDC borrow is the
    // pool's only requirement: 10 % × 0.01 = 0.001. 10,600.03 USD held is all taken as an isolated
    // perpetual's collateral, out of the pool (a collateral the account did not hold would be a
    // margined borrow). Pool surplus: 931.86 × (P − 414.2) − 0.01 − 0.001 = 0
    // → P = 414.2 + 0.011 / 931.86 = 414.200011804348292…
    const p = parseValid({
      format: 'margin-lab/portfolio', version: 1, name: 'long calls, tiny requirement', asOf: AS_OF, quote: 'USD', rules: 'generic-cex',
      assets: { ETH: { price: '800', volatility: 1 }, USDC: { price: '1', volatility: 0 }, USD: { price: '1', volatility: 0 } },
      balances: { USDC: '-0.01', USD: '10600.03' },
      positions: [
        { id: 'calls', type: 'option', asset: 'ETH', right: 'call', strike: '414.2', expiry: '2026-11-22T00:00:00Z', quantity: '931.86', premium: '0.8' },
        { id: 'side', type: 'perpetual', asset: 'ETH', quantity: '-0.001', entryPrice: '800', margin: { mode: 'isolated', collateral: '10600.03' } },
      ],
    });
    const down = evaluate(p).account.liquidationPrices.ETH!.down!;
    const exact = new Decimal('414.2').plus(new Decimal('0.011').div('931.86'));
    expect(new Decimal(down).minus(exact).abs().div(exact).lessThan('1e-15')).toBe(true);
    // One double step of the price (5.7e-14) moves the calls' value by 931.86 × 5.7e-14 ≈ 5e-11, which is
    // 5e-8 of the 0.001 requirement: the health factor at the reported price is 1 only to that.
    const moved = evaluate(atPrice(p, 'ETH', down), CHEAP);
    expectHealthOne(moved.account.healthFactor, 'calls at the reported price', poolTolerance(moved));
  });

  // The minimal books the properties above shrink to. With no requirement (no position, no debt) the
  // surplus numerator − requirement is 0 − 0 = 0 today (empty account) or falls to 0 only at price 0
  // (a coin held outright: 0.95 × 1 × P − 0 = 0 at P = 0). A zero surplus with a zero requirement is
  // not a liquidation: the health factor there is null, "nothing can be liquidated".
  const spot = (rules: 'generic-cex' | 'lending', balances: Record<string, string>) => parseValid({
    format: 'margin-lab/portfolio', version: 1, name: 'nothing to liquidate', asOf: AS_OF, quote: 'USD', rules,
    assets: { BTC: { price: '60000', volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
    balances,
  });

  it.each([
    ['an empty exchange account', 'generic-cex', { USDC: '0' }],
    ['an empty lending account', 'lending', {}],
    ['1 BTC held outright on an exchange', 'generic-cex', { BTC: '1' }],
    ['1 BTC deposited in a lending pool, no debt', 'lending', { BTC: '1' }],
  ] as const)('reports no liquidation price or joint move for an account with nothing to liquidate: %s', (_name, rules, balances) => {
    const account = evaluate(spot(rules, balances)).account;
    expect(account.healthFactor).toBeNull();
    expect(account.healthFactorReason).toMatch(/nothing can be liquidated/);
    expect(account.jointMove).toMatchObject({ down: null, up: null });
    expect(account.distanceToLiquidation).toBeNull();
    expect(account.liquidationPrices.BTC).toEqual({ down: null, up: null, downMove: null, upMove: null });
  });
});

describe('health factor along the price of a one-sided linear book', SLOW, () => {
  /**
   * Only long (or only short) perpetuals and futures in cross margin, USDC collateral C.
   * With one flat maintenance rate r for every asset (one bracket, amount 0), notional S = Σ q·P and
   * K = C − Σ q·entry:  HF = (C + Σ q·(P − entry)) / (r·S) = K / (r·S) + 1/r.
   *  - long: S rises with any price, so HF is non-decreasing exactly when K ≤ 0, i.e. the collateral
   *    is at most the entry notional (leverage ≥ 1);
   *  - short (q < 0): HF = (C + Σ|q|·entry) / (r·Σ|q|·P) − 1/r, non-increasing for any collateral.
   * With tiered brackets the health factor itself need not be monotone (a steeper bracket makes
   * maintenance grow faster than equity: see the worked examples), but the surplus, equity −
   * maintenance, is (slope Q·(1 − rate) for a long): so HF crosses 1 at most once, on the side the
   * price hurts it. Both are checked.
   */
  const oneSided = (side: 'long' | 'short', collateral: [number, number], flatRate: boolean) =>
    portfolioInputArbitrary({
      rules: ['generic-cex'], options: false, expired: false, side, marginModes: ['default', 'cross'],
      minPositions: 1, maxPositions: 6, assetBalances: false, overrides: false,
    }).chain((input) =>
      fc.record({
        collateral: fc.integer({ min: Math.round(collateral[0] * 1000), max: Math.round(collateral[1] * 1000) }),
        rate: fc.integer({ min: 2, max: 100 }).map((n) => n / 1000),
      }).map(({ collateral: k, rate }) => {
        const entryNotional = (input.positions ?? []).reduce((a, x) => ('entryPrice' in x ? a.plus(new Decimal(x.quantity).abs().times(x.entryPrice)) : a), new Decimal(0));
        const symbols = Object.keys(input.assets).filter((s) => s !== 'USDC');
        return parseValid({
          ...input,
          balances: { USDC: entryNotional.times(k).div(1000).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed() },
          ...(flatRate ? { overrides: Object.fromEntries(symbols.map((s) => [s, { maintenance: [{ upTo: null, rate, amount: '0' }] }])) } : {}),
        } satisfies PortfolioInput);
      }));

  const curves = (p: Portfolio) => evaluate(p).healthCurves.curves;

  /** Consecutive points of a curve (in the order of rising price) move in `direction`, with float slack. */
  function expectMonotone(values: (number | null)[], direction: 1 | -1, name: string): void {
    for (let i = 1; i < values.length; i++) {
      const a = values[i - 1]!, b = values[i]!;
      expect(a, `${name}[${i - 1}]`).not.toBeNull();
      const slack = 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
      expect(direction * (b - a), `${name}: ${a} → ${b} at point ${i}`).toBeGreaterThanOrEqual(-slack);
    }
  }

  it('is non-decreasing in the price for a long-only linear book with USDC collateral (leverage ≥ 1)', () => {
    fc.assert(fc.property(oneSided('long', [0, 1], true), (p) => {
      for (const c of curves(p)) expectMonotone(c.healthFactor, 1, c.name);
    }), { numRuns: 50 });
  });

  it('is non-increasing in the price for a short-only linear book with USDC collateral', () => {
    fc.assert(fc.property(oneSided('short', [0, 3], true), (p) => {
      for (const c of curves(p)) expectMonotone(c.healthFactor, -1, c.name);
    }), { numRuns: 50 });
  });

  it('crosses 1 at most once under tiered brackets: once healthy in the favourable direction, it stays healthy', () => {
    const book = fc.constantFrom('long' as const, 'short' as const).chain((side) => oneSided(side, [0, 3], false).map((p) => ({ side, p })));
    fc.assert(fc.property(book, ({ side, p }) => {
      for (const c of curves(p)) {
        // Walk in the favourable direction (rising price for a long): after the first healthy point, no unhealthy one.
        const along = side === 'long' ? c.healthFactor : [...c.healthFactor].reverse();
        const first = along.findIndex((h) => h !== null && h > 1 + 1e-12);
        if (first < 0) continue;
        along.slice(first).forEach((h, i) => expect(h!, `${c.name} ${side}: ${h} after a healthy point (${first + i})`).toBeGreaterThanOrEqual(1 - 1e-12));
      }
    }), { numRuns: 50 });
  });

  const btcLong = (usdc: string, quantity: string, entry: string, price: string) => parseValid({
    format: 'margin-lab/portfolio', version: 1, name: 'one long', asOf: AS_OF, quote: 'USD', rules: 'generic-cex',
    assets: { BTC: { price, volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: usdc },
    positions: [{ id: 'long', type: 'perpetual', asset: 'BTC', quantity, entryPrice: entry }],
  });

  it('worked example: an over-collateralised long\'s health factor falls as the price rises', () => {
    // 100,000 USDC behind a 1 BTC long at 60,000 (bracket 0.005, amount 50).
    // At 60,000: 100,000 / (60,000 × 0.005 − 50) = 100,000 / 250 = 400.
    // At 90,000: (100,000 + 30,000) / (90,000 × 0.005 − 50) = 130,000 / 400 = 325: lower, though the long gained.
    const p = btcLong('100000', '1', '60000', '60000');
    expect(evaluate(p).account.healthFactor).toBe('400');
    expect(evaluate(p, { priceMoves: { BTC: 0.5 } }).account.healthFactor).toBe('325');
  });

  it('worked example: even a long with no collateral at all has a health factor that falls in a steep bracket', () => {
    // 200 ETH long entered at 3,000, no USDC. ETH brackets (cumulative amounts): 0.02 / 5,365 to 1,000,000
    // notional, then 0.05 / 35,365 to 2,000,000. In that bracket the slope of HF has the sign of
    // −(amount + rate × (C − q·entry)) = −(35,365 − 0.05 × 600,000) = −5,365 < 0.
    // At 5,500 (notional 1,100,000): 200 × 2,500 / (55,000 − 35,365) = 500,000 / 19,635 = 25.4647…
    // At 6,000 (notional 1,200,000): 200 × 3,000 / (60,000 − 35,365) = 600,000 / 24,635 = 24.3556…
    const p = parseValid({
      format: 'margin-lab/portfolio', version: 1, name: 'naked ETH long', asOf: AS_OF, quote: 'USD', rules: 'generic-cex',
      assets: { ETH: { price: '5500', volatility: 0.7 }, USDC: { price: '1', volatility: 0 } },
      balances: { USDC: '0' },
      positions: [{ id: 'long', type: 'perpetual', asset: 'ETH', quantity: '200', entryPrice: '3000' }],
    });
    expect(Number(evaluate(p).account.healthFactor)).toBeCloseTo(500000 / 19635, 12);
    expect(Number(evaluate(atPrice(p, 'ETH', '6000')).account.healthFactor)).toBeCloseTo(600000 / 24635, 12);
  });
});

/** Fields whose null is explained by a documented sibling (report-types.ts), by the kind of object holding them. */
function reasonKey(path: string, key: string): string | null {
  if (key === 'healthFactor' && (path === 'account' || path === 'lending')) return 'healthFactorReason';
  if (key === 'liquidationPrice' && /^account\.positions\[\d+\]$/.test(path)) return 'liquidationPriceReason';
  if (key === 'survivableMove' && /^efficiency\.(isolated|cross|portfolio)$/.test(path)) return 'survivableMoveReason';
  if (key === 'efficiency' && path === '') return 'efficiencyReason';
  if (key === 'quantity' && /^topUps\[\d+\]$/.test(path)) return 'reason';
  return null;
}

/** Report fields typed DecimalString (report-types.ts). */
const DECIMAL_FIELDS = new Set([
  'equity', 'adjustedEquity', 'initialMargin', 'maintenanceMargin', 'healthFactor', 'marginRatio', 'freeMargin',
  'notional', 'unrealizedPnl', 'markValue', 'marginBalance', 'liquidationPrice', 'delta', 'gamma', 'vega', 'theta',
  'quantity', 'price', 'balance', 'collateralValue', 'liabilities', 'optionValue', 'weightedCollateral', 'debt',
  'borrowCapacity', 'maxRepayable', 'value', 'requiredCapital', 'money',
]);

/** Every problem with a report value: a non-finite number, a bad decimal string, an unexplained null. */
function reportProblems(report: Report): string[] {
  const problems: string[] = [];
  const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  const visit = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${path}: ${value}`);
    } else if (typeof value === 'string') {
      if (/^[-+]?(NaN|Infinity)$/i.test(value)) problems.push(`${path}: "${value}"`);
      // liquidationPrices.X.down / .up and jointMove.downPrices.X are decimal strings too (jointMove.down is a number).
      if (DECIMAL_FIELDS.has(key) || /^account\.liquidationPrices\.[^.]+\.(down|up)$|^account\.jointMove\.(down|up)Prices\./.test(path)) {
        let d: Decimal | null = null;
        try {
          d = new Decimal(value);
        } catch {
          problems.push(`${path}: "${value}" is not a decimal string`);
        }
        if (d && !d.isFinite()) problems.push(`${path}: "${value}" is not finite`);
        // money.ts: plain strings at the edges, never "1e-7".
        else if (d && !/^-?\d+(\.\d+)?$/.test(value)) problems.push(`${path}: "${value}" is not a plain decimal string`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, join(path, i), key));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [k, v] of Object.entries(record)) {
        if (v === undefined) problems.push(`${join(path, k)}: undefined`);
        if (v === null) {
          const reason = reasonKey(path, k);
          if (reason !== null && !(typeof record[reason] === 'string' && (record[reason] as string).trim() !== '')) {
            problems.push(`${join(path, k)}: null without ${reason}`);
          }
        }
        visit(v, join(path, k), k);
      }
    } else if (value !== null && typeof value !== 'boolean') {
      problems.push(`${path}: unexpected ${typeof value}`);
    }
  };
  visit(report, '', '');
  return problems;
}

describe('report values', SLOW, () => {
  it('every report value is finite or an explained null, for any valid input and what-if', () => {
    const input = portfolioArbitrary().chain((p) => {
      const symbols = Object.keys(p.assets);
      return fc.record({
        p: fc.constant(p),
        topUp: fc.constantFrom(...symbols),
        target: fc.constantFrom(1, 1.5, 3),
        move: fc.option(fc.record({ asset: fc.constantFrom(...symbols), by: fc.constantFrom(-0.9, -0.3, 0.2, 2) }), { nil: undefined }),
      });
    });
    fc.assert(fc.property(input, ({ p, topUp, target, move }) => {
      const report = evaluate(p, {
        topUps: [{ asset: topUp, targetHealthFactor: target }, { asset: 'USDC', targetHealthFactor: 1.2 }],
        ...(move ? { priceMoves: { [move.asset]: move.by } } : {}),
      });
      expect(reportProblems(report)).toEqual([]);
    }), { numRuns: 60 });
  });
});

/** Two parsed portfolios are equal when every Decimal is equal in value and everything else is identical. */
function expectSameValues(a: unknown, b: unknown, path = ''): void {
  if (Decimal.isDecimal(a) || Decimal.isDecimal(b)) {
    expect(Decimal.isDecimal(a) && Decimal.isDecimal(b) && (a as Decimal).equals(b as Decimal), `${path}: ${String(a)} vs ${String(b)}`).toBe(true);
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(b).sort(), path).toEqual(Object.keys(a).sort());
    for (const key of Object.keys(a)) expectSameValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  } else {
    expect(b, path).toEqual(a);
  }
}

function roundTrip(input: unknown): void {
  const first = parsePortfolio(input);
  if (!first.ok) throw new Error(`generated input does not parse: ${JSON.stringify(first.errors)}`);
  const serialised = serialisePortfolio(first.value);
  // Through JSON text, as a file or a share link carries it.
  const second = parsePortfolio(JSON.parse(JSON.stringify(serialised)));
  expect(second.ok ? [] : second.errors).toEqual([]);
  if (!second.ok) return;
  // The same file, byte for byte (the serialiser fixes the field order).
  expect(JSON.stringify(serialisePortfolio(second.value))).toBe(JSON.stringify(serialised));
  expectSameValues(first.value, second.value);
}

describe('portfolio file round trip', SLOW, () => {
  it('parse → serialise → parse is the identity', () => {
    fc.assert(fc.property(portfolioInputArbitrary(), fc.integer(), (input, seed) => {
      roundTrip(input);
      // The same values written another way ("007.50") serialise to the same file.
      const restyled = withRestyledDecimals(input, seed);
      roundTrip(restyled);
      expect(serialisePortfolio(parseValid(restyled))).toEqual(serialisePortfolio(parseValid(input)));
    }), { numRuns: 100 });
  });

  it('parse → serialise → parse is the identity for decimals of any size the grammar admits', () => {
    // A balance of 10^14 or 10^-11 is absurd but valid: the file the app writes must read back.
    const input = fc.record({ price: extremeDecimalString, btc: extremeDecimalString, usdc: extremeDecimalString, negative: fc.boolean() })
      .filter(({ price }) => new Decimal(price).greaterThan(0))
      .map(({ price, btc, usdc, negative }): PortfolioInput => ({
        format: 'margin-lab/portfolio', version: 1, name: 'extreme decimals', asOf: AS_OF, quote: 'USD', rules: 'generic-cex',
        assets: { BTC: { price, volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
        balances: { BTC: negative ? `-${btc}` : btc, USDC: usdc },
      }));
    fc.assert(fc.property(input, roundTrip), { numRuns: 100 });
  });
});
