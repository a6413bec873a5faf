// Price impact of forced orders: the three models a scenario may pick for an asset. Formulas only;
// market.ts keeps the state of each asset's market between steps.
//
// Units: quantities are units of the asset (positive sold, negative bought), prices and notionals
// in the quote currency, moves are fractions (0.003 = 0.3 %).

/**
 * Square-root law: ΔP/P = Y · σ_daily · √(Q / V) (Tóth et al. 2011, PRX 1, 021006). Y ≈ 1; Q and V
 * in the same unit (here notional). Y = 1, σ = 3 %, Q = 1 % of V → 0.3 %.
 */
export function squareRootMove(coefficient: number, dailyVolatility: number, notional: number, dailyVolume: number): number {
  return coefficient * dailyVolatility * Math.sqrt(Math.abs(notional) / dailyVolume);
}

/** Linear order-book depth: the fraction the price moves = notional ÷ (depth per 1 %) ÷ 100. */
export function linearDepthMove(notional: number, depthPerPercent: number): number {
  return Math.abs(notional) / depthPerPercent / 100;
}

/**
 * Constant-product pool (x · y = k, Uniswap v2): what selling `amountIn` of one reserve returns of
 * the other, the fee taken from the input: out = Δx·(1 − fee)·y / (x + Δx·(1 − fee)).
 */
export function constantProductOut(amountIn: number, reserveIn: number, reserveOut: number, fee: number): number {
  const withFee = amountIn * (1 - fee);
  return (withFee * reserveOut) / (reserveIn + withFee);
}

/** The inverse: how much must be paid in to take `amountOut` (< reserveOut) out of the pool. */
export function constantProductIn(amountOut: number, reserveIn: number, reserveOut: number, fee: number): number {
  return (reserveIn * amountOut) / ((reserveOut - amountOut) * (1 - fee));
}

/**
 * Uniswap v2's getAmountOut in integers, as the contract computes it (fee 3 / 1000 there):
 * floor(Δx·(d − n)·y / (x·d + Δx·(d − n))) with the fee n / d. For checks against the published
 * swap cases; the sweep itself uses the float form above.
 */
export function constantProductOutExact(amountIn: bigint, reserveIn: bigint, reserveOut: bigint, feeNumerator = 3n, feeDenominator = 1000n): bigint {
  const withFee = amountIn * (feeDenominator - feeNumerator);
  return (withFee * reserveOut) / (reserveIn * feeDenominator + withFee);
}

/**
 * The average, over a straight path of prices from `from` to `to`, of the price clamped to
 * [floor, ceiling]: the fill of an order walking a linear book that ends at a backstop bid (or
 * offer) where the book runs out.
 */
export function averageClampedLinear(from: number, to: number, floor: number, ceiling: number): number {
  if (from === to) return Math.min(ceiling, Math.max(floor, from));
  const lo = Math.min(from, to), hi = Math.max(from, to);
  const width = hi - lo;
  // Shares of the path below the floor, above the ceiling, and in between.
  const belowEnd = Math.min(hi, floor);
  const below = belowEnd > lo ? belowEnd - lo : 0;
  const aboveStart = Math.max(lo, ceiling);
  const above = hi > aboveStart ? hi - aboveStart : 0;
  const midLo = Math.max(lo, floor), midHi = Math.min(hi, ceiling);
  const mid = midHi > midLo ? midHi - midLo : 0;
  return (below * floor + above * ceiling + mid * ((midLo + midHi) / 2)) / width;
}

/**
 * The square-root law as a cumulative metaorder: after x units sold in total (negative: bought),
 * the price is fundamental × (1 − sign(x)·c·√|x|), c = Y·σ·√(P₀ / V). The average of that price
 * over an order from a to b, in closed form: 1 − (G(b) − G(a)) / (b − a), G(x) = ⅔·c·|x|^{3/2}.
 * Returned as the average impact (a fraction of the fundamental).
 */
export function squareRootAverageImpact(c: number, a: number, b: number): number {
  if (a === b) return Math.sign(a) * c * Math.sqrt(Math.abs(a));
  if ((a >= 0 && b >= 0) || (a <= 0 && b <= 0)) {
    // |b|^{3/2} − |a|^{3/2} = (|b| − |a|)·(|b| + √|ab| + |a|) / (√|b| + √|a|): no cancellation
    // when the order is tiny next to what was sold before it.
    const side = a + b > 0 ? 1 : -1;
    const ra = Math.sqrt(Math.abs(a)), rb = Math.sqrt(Math.abs(b));
    return side * (2 / 3) * c * (Math.abs(a) + ra * rb + Math.abs(b)) / (ra + rb);
  }
  const g = (x: number) => (2 / 3) * c * Math.abs(x) ** 1.5;
  return (g(b) - g(a)) / (b - a);
}
