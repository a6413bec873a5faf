import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { black76, yearsBetween, type Black76Input, type Black76Result } from '../../../src/engine/pricing/black76';

// Reference values are computed with 40-digit mpmath from the closed form (python3):
//   D = e^(−rT); s = σ√T; d1 = (ln(F/K) + s²/2)/s; d2 = d1 − s
//   call = D(F·N(d1) − K·N(d2)); put = D(K·N(−d2) − F·N(−d1))
//   delta = D·N(d1); gamma = D·φ(d1)/(F·s); vega = D·F·φ(d1)·√T
// and checked against the published figures, which are asserted to the digits they were printed
// with. A Black–Scholes stock option is Black-76 on the forward F = S·e^(rT); its spot greeks are
// ∂V/∂S = delta·e^(rT) and ∂²V/∂S² = gamma·e^(2rT).

function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** The forward of a stock paying nothing: S·e^(rT). */
function forwardOfStock(spot: number, rate: number, years: number): number {
  return spot * Math.exp(rate * years);
}

function expectAllFinite(result: Black76Result): void {
  for (const [name, value] of Object.entries(result)) {
    expect(Number.isFinite(value), `${name} = ${value}`).toBe(true);
  }
}

describe('black76 against published values', () => {
  it('Haug: future 19, strike 19, nine months, r 10 %, σ 28 % → call = put = 1.7011', () => {
    // E. G. Haug, The Complete Guide to Option Pricing Formulas (2nd ed.), Black-76 example:
    // c = p = 1.7011. mpmath: 1.7010507252362671 (reference-notes.md: 1.701051).
    const input: Black76Input = { forward: 19, strike: 19, years: 0.75, volatility: 0.28, rate: 0.1, right: 'call' };
    const call = black76(input).price;
    const put = black76({ ...input, right: 'put' }).price;
    expectClose(call, 1.7011, 5e-5);
    expectClose(call, 1.701050725236267, 1e-10);
    expectClose(put, 1.701050725236267, 1e-10);
  });

  it('Hull: futures put, F = K = 20, r 9 %, σ 25 %, four months → 1.12', () => {
    // J. C. Hull, Options, Futures, and Other Derivatives, Black's model example (European put
    // futures option on crude oil): 1.12. mpmath: 1.1166414565589435 (reference notes: 1.116641).
    const put = black76({ forward: 20, strike: 20, years: 4 / 12, volatility: 0.25, rate: 0.09, right: 'put' }).price;
    expectClose(put, 1.12, 5e-3);
    expectClose(put, 1.1166414565589435, 1e-10);
  });

  it('Hull: Black–Scholes S 42, K 40, r 10 %, σ 20 %, six months → call 4.76, put 0.81, with greeks', () => {
    // Hull, the Black–Scholes–Merton worked example: c = 4.76, p = 0.81. mpmath on F = 42·e^0.05 =
    // 44.153386047793010: call 4.7594223928715332, put 0.80859937290009358, N(d1) = 0.77913129094266894,
    // spot gamma 0.049962670405911856, vega 8.8134150596028513 (reference notes: 4.759422,
    // 0.808599, Δ 0.779131, Γ 0.049963, vega 8.813415).
    const rate = 0.1;
    const years = 0.5;
    const input: Black76Input = { forward: forwardOfStock(42, rate, years), strike: 40, years, volatility: 0.2, rate, right: 'call' };
    const call = black76(input);
    const put = black76({ ...input, right: 'put' });
    expectClose(call.price, 4.76, 5e-3);
    expectClose(put.price, 0.81, 5e-3);
    expectClose(call.price, 4.759422392871533, 1e-10);
    expectClose(put.price, 0.8085993729000935, 1e-10);
    expectClose(call.delta * Math.exp(rate * years), 0.779131290942669, 1e-12);
    expectClose(call.gamma * Math.exp(2 * rate * years), 0.04996267040591185, 1e-12);
    expectClose(call.vega, 8.813415059602852, 1e-10);
    // Calls and puts share gamma and vega; their deltas differ by the discount factor.
    expectClose(put.gamma, call.gamma, 1e-15);
    expectClose(put.vega, call.vega, 1e-12);
    expectClose(call.delta - put.delta, Math.exp(-rate * years), 1e-15);
  });

  it('Hull: Black–Scholes S 52, K 50, r 12 %, σ 30 %, three months → call 5.06', () => {
    // Hull, end-of-chapter problem ("the stock price is $52, the strike price is $50 …"): 5.06.
    // mpmath on F = 52·e^0.03 = 53.583635765582876: 5.0573867597344026 (reference notes: 5.057387).
    const rate = 0.12;
    const years = 0.25;
    const call = black76({ forward: forwardOfStock(52, rate, years), strike: 50, years, volatility: 0.3, rate, right: 'call' }).price;
    expectClose(call, 5.06, 5e-3);
    expectClose(call, 5.057386759734403, 1e-10);
  });

  it('theta is the calendar-time derivative per year (Haug example: −0.958383)', () => {
    // mpmath: θ = r·V − D·F·φ(d1)·σ/(2√T) = −0.95838286222755238 for both rights at the money.
    const input: Black76Input = { forward: 19, strike: 19, years: 0.75, volatility: 0.28, rate: 0.1, right: 'call' };
    expectClose(black76(input).theta, -0.9583828622275524, 1e-12);
    expectClose(black76({ ...input, right: 'put' }).theta, -0.9583828622275524, 1e-12);
  });
});

/** Inputs in the range a margin engine sees: forwards 0.01 to 1e6, moneyness e^±1.5, up to 10 years. */
const marketInput = fc
  .record({
    logForward: fc.double({ min: Math.log(0.01), max: Math.log(1e6), noNaN: true }),
    logMoneyness: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
    logYears: fc.double({ min: Math.log(1e-3), max: Math.log(10), noNaN: true }),
    volatility: fc.double({ min: 0.02, max: 3, noNaN: true }),
    rate: fc.double({ min: -0.1, max: 0.3, noNaN: true }),
    right: fc.constantFrom('call' as const, 'put' as const),
  })
  .map(({ logForward, logMoneyness, logYears, volatility, rate, right }): Black76Input => {
    const forward = Math.exp(logForward);
    return { forward, strike: forward * Math.exp(logMoneyness), years: Math.exp(logYears), volatility, rate, right };
  });

describe('black76 inputs', () => {
  it('names the input that is not a finite number', () => {
    const ok = { forward: 100, strike: 100, years: 0.5, volatility: 0.5, rate: 0, right: 'call' as const };
    for (const name of ['forward', 'strike', 'years', 'volatility', 'rate'] as const) {
      expect(() => black76({ ...ok, [name]: Number.NaN }), name).toThrow(`black76: ${name} is not a finite number (NaN)`);
    }
    expect(() => black76(ok)).not.toThrow();
  });
});

describe('black76 properties', () => {
  it('put–call parity: C − P = e^(−rT)(F − K)', () => {
    fc.assert(
      fc.property(marketInput, (input) => {
        const call = black76({ ...input, right: 'call' }).price;
        const put = black76({ ...input, right: 'put' }).price;
        const discount = Math.exp(-input.rate * input.years);
        // Each price carries a few ulps of max(F, K).
        expectClose(call - put, discount * (input.forward - input.strike), 1e-14 * Math.max(input.forward, input.strike));
      }),
      { numRuns: 500 },
    );
  });

  it('stays within the no-arbitrage bounds', () => {
    fc.assert(
      fc.property(marketInput, (input) => {
        const { price, delta, gamma, vega } = black76(input);
        const discount = Math.exp(-input.rate * input.years);
        const cap = input.right === 'call' ? input.forward : input.strike;
        const slack = 1e-14 * Math.max(input.forward, input.strike);
        const intrinsic = input.right === 'call' ? input.forward - input.strike : input.strike - input.forward;
        expect(price).toBeGreaterThanOrEqual(Math.max(discount * intrinsic, 0) - slack);
        expect(price).toBeLessThanOrEqual(discount * cap + slack);
        expect(Math.abs(delta)).toBeLessThanOrEqual(discount);
        expect(gamma).toBeGreaterThanOrEqual(0);
        expect(vega).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('greeks agree with central finite differences', () => {
    // Steps scale with the natural width of the distribution (F·σ√T), so truncation error stays
    // about 1e-7 of each greek's natural size; tolerances are measured against that size:
    // delta ~ D, gamma ~ D/(F·σ√T), vega ~ D·F·√T, theta ~ D·F·(σ/√T + |r|).
    fc.assert(
      fc.property(marketInput, (input) => {
        const { forward, years, volatility, rate } = input;
        const priceWith = (change: Partial<Black76Input>): number => black76({ ...input, ...change }).price;
        const greeks = black76(input);
        const discount = Math.exp(-rate * years);
        const spread = volatility * Math.sqrt(years);

        const hDelta = forward * spread * 1e-3;
        const delta = (priceWith({ forward: forward + hDelta }) - priceWith({ forward: forward - hDelta })) / (2 * hDelta);
        expectClose(greeks.delta, delta, 1e-6 * discount);

        const hGamma = forward * spread * 2e-3;
        const gamma =
          (priceWith({ forward: forward + hGamma }) - 2 * greeks.price + priceWith({ forward: forward - hGamma })) /
          (hGamma * hGamma);
        expectClose(greeks.gamma, gamma, 2e-5 * (discount / (forward * spread)));

        const hVega = volatility * 1e-4;
        const vega = (priceWith({ volatility: volatility + hVega }) - priceWith({ volatility: volatility - hVega })) / (2 * hVega);
        expectClose(greeks.vega, vega, 1e-7 * discount * forward * Math.sqrt(years));

        // Theta is minus the derivative in time to expiry.
        const hYears = years * 1e-4;
        const theta = -(priceWith({ years: years + hYears }) - priceWith({ years: years - hYears })) / (2 * hYears);
        expectClose(greeks.theta, theta, 1e-6 * discount * forward * (volatility / Math.sqrt(years) + Math.abs(rate)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('black76 edge cases never give NaN', () => {
  const base: Black76Input = { forward: 110, strike: 100, years: 0.5, volatility: 0.6, rate: 0.05, right: 'call' };

  it('at expiry: the undiscounted payoff, step delta, no gamma, vega or theta', () => {
    expect(black76({ ...base, years: 0 })).toEqual({ price: 10, delta: 1, gamma: 0, vega: 0, theta: 0 });
    expect(black76({ ...base, years: 0, right: 'put' })).toEqual({ price: 0, delta: 0, gamma: 0, vega: 0, theta: 0 });
    expect(black76({ ...base, years: 0, forward: 90, right: 'put' })).toEqual({ price: 10, delta: -1, gamma: 0, vega: 0, theta: 0 });
    expect(black76({ ...base, years: 0, forward: 90 })).toEqual({ price: 0, delta: 0, gamma: 0, vega: 0, theta: 0 });
  });

  it('at expiry and at the money: delta is half the sign', () => {
    expect(black76({ ...base, years: 0, forward: 100 }).delta).toBe(0.5);
    expect(black76({ ...base, years: 0, forward: 100, right: 'put' }).delta).toBe(-0.5);
    expect(black76({ ...base, years: 0, forward: 100 }).price).toBe(0);
  });

  it('past expiry: still the payoff, never scaled up by e^(−rT) > 1', () => {
    expect(black76({ ...base, years: -0.25 }).price).toBe(10);
    expect(black76({ ...base, years: -0.25, forward: 90, right: 'put' }).price).toBe(10);
  });

  it('zero volatility: the discounted intrinsic value of the forward, step delta', () => {
    const discount = Math.exp(-0.05 * 0.5);
    const call = black76({ ...base, volatility: 0 });
    expectClose(call.price, 10 * discount, 1e-14);
    expectClose(call.delta, discount, 1e-16);
    expect(call.gamma).toBe(0);
    expect(call.vega).toBe(0);
    // Only discounting moves a certain payoff: θ = r·V.
    expectClose(call.theta, 0.05 * 10 * discount, 1e-15);
    expect(black76({ ...base, volatility: 0, right: 'put' })).toEqual({ price: 0, delta: 0, gamma: 0, vega: 0, theta: 0 });
    const itmPut = black76({ ...base, volatility: 0, forward: 90, right: 'put' });
    expectClose(itmPut.price, 10 * discount, 1e-14);
    expectClose(itmPut.delta, -discount, 1e-16);
  });

  it('zero volatility is the limit of small volatility, at the money too', () => {
    for (const forward of [90, 100, 110]) {
      for (const right of ['call', 'put'] as const) {
        const certain = black76({ ...base, forward, right, volatility: 0 });
        const almost = black76({ ...base, forward, right, volatility: 1e-11 });
        // At the money price and theta are first order in σ (D·F·σ√T·φ(0) ≈ 2.8e-10 here).
        expectClose(certain.price, almost.price, 1e-9);
        expectClose(certain.delta, almost.delta, 1e-9);
        expectClose(certain.vega, almost.vega, 1e-9);
        expectClose(certain.theta, almost.theta, 1e-9);
      }
    }
  });

  it('a forward at or below zero: the call is worthless, the put is the discounted strike', () => {
    const discount = Math.exp(-0.05 * 0.5);
    for (const forward of [0, -5, -Number.MAX_VALUE]) {
      const call = black76({ ...base, forward });
      const put = black76({ ...base, forward, right: 'put' });
      expectAllFinite(call);
      expectAllFinite(put);
      expect(call.price).toBe(0);
      expectClose(put.price, 100 * discount, 1e-13);
      expectClose(put.delta, -discount, 1e-16);
    }
  });

  it('a forward approaching zero converges to the same values', () => {
    const discount = Math.exp(-0.05 * 0.5);
    for (const forward of [1e-3, 1e-12, 1e-300, Number.MIN_VALUE]) {
      const call = black76({ ...base, forward });
      const put = black76({ ...base, forward, right: 'put' });
      expectAllFinite(call);
      expectAllFinite(put);
      expectClose(call.price, 0, 1e-12);
      expectClose(put.price, 100 * discount, 1e-3 + 1e-12);
      expectClose(put.delta, -discount, 1e-12);
    }
  });

  it('a zero strike: the call is the discounted forward, the put worthless', () => {
    const discount = Math.exp(-0.05 * 0.5);
    const call = black76({ ...base, strike: 0 });
    expectClose(call.price, 110 * discount, 1e-12);
    expectClose(call.delta, discount, 1e-16);
    expect(black76({ ...base, strike: 0, right: 'put' }).price).toBe(0);
  });

  it('returns finite numbers for any finite input a scenario can produce', () => {
    // Prices are either 0 or at least 1e-12 of the quote currency (far below any tick): below
    // that, a gamma of 1/(F·σ√T) can exceed the largest double (1.8e308) while being the true value.
    const price = fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1e9, noNaN: true }));
    fc.assert(
      fc.property(
        fc.oneof(price, fc.double({ min: -1e9, max: 0, noNaN: true })),
        price,
        fc.double({ min: -1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.constantFrom('call' as const, 'put' as const),
        (forward, strike, years, volatility, rate, right) => {
          const result = black76({ forward, strike, years, volatility, rate, right });
          expectAllFinite(result);
          expect(result.price).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses inputs that can only be bugs', () => {
    expect(() => black76({ ...base, forward: Number.NaN })).toThrow(RangeError);
    expect(() => black76({ ...base, years: Infinity })).toThrow(RangeError);
    expect(() => black76({ ...base, volatility: -0.1 })).toThrow(RangeError);
    expect(() => black76({ ...base, strike: -1 })).toThrow(RangeError);
  });
});

describe('yearsBetween', () => {
  it('counts ACT/365: seconds ÷ 31,536,000', () => {
    expect(yearsBetween('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(1);
    // 2028 is a leap year: 366 days are 366/365 of a year under ACT/365.
    expect(yearsBetween('2028-01-01T00:00:00Z', '2029-01-01T00:00:00Z')).toBe(366 / 365);
    // The portfolio-format example: 2026-11-24T00:00Z to 2026-12-25T08:00Z is 31 days 8 hours.
    expectClose(yearsBetween('2026-11-24T00:00:00Z', '2026-12-25T08:00:00Z'), (31 * 24 + 8) / (365 * 24), 1e-16);
  });

  it('is negative once the expiry has passed, and respects time zone offsets', () => {
    expectClose(yearsBetween('2026-12-25T08:00:00Z', '2026-12-24T08:00:00Z'), -1 / 365, 1e-16);
    expect(yearsBetween('2026-12-25T09:00:00+01:00', '2026-12-25T08:00:00Z')).toBe(0);
  });

  it('throws RangeError on a date it cannot read', () => {
    expect(() => yearsBetween('yesterday', '2026-12-25T08:00:00Z')).toThrow(RangeError);
    expect(() => yearsBetween('2026-12-25T08:00:00Z', '')).toThrow(RangeError);
  });
});
