import { normalCdfQuintic as normalCdf } from '../pricing/normal-quintic';
import type { CompiledAsset, CompiledBook, CompiledBrackets } from './book';
import { tableSegment } from './linear-table';

// What one asset adds to the pool at one price, in Float64: the same terms as the exact path's
// assetContribution (margin/pool.ts), written into a row of a Float64Array so sums over assets
// stay allocation-free. Field offsets:
export const BALANCE_VALUE = 0;
export const COLLATERAL_VALUE = 1;
export const LIABILITIES = 2;
export const UNREALIZED_PNL = 3;
export const OPTION_VALUE = 4;
export const MAINTENANCE = 5;
export const INITIAL = 6;
export const WEIGHTED_COLLATERAL = 7;
export const BORROW_LIMIT = 8;
/** Portfolio margin: the asset's worst loss over its grid (≥ 0), short-option charge, direction (+1 long, −1 short). */
export const WORST_LOSS = 9;
export const SHORT_OPTION_CHARGE = 10;
export const DIRECTION = 11;
/**
 * Σ of the magnitudes that make up the numerator (holdings, size × price, size × entry, option
 * values): how much cancellation a double's rounding of the numerator can carry.
 */
export const GROSS = 12;
/** The part of OPTION_VALUE that rises with the price (long calls, short puts): see monotone.ts. */
export const OPTION_VALUE_RISING = 13;
export const FIELDS = 14;

/** The initial rate of a notional: its bracket's (already at least the asset's floor). */
export function initialRateFor(b: CompiledBrackets, notional: number): number {
  const n = b.upTo.length;
  let k = 0;
  while (k < n - 1 && notional > b.upTo[k]!) k++;
  return b.initialRate[k]!;
}

/** Maintenance of a notional under a bracket table: N × rate − amount of the first bracket that holds N, never below 0. */
export function maintenanceFor(b: CompiledBrackets, notional: number): number {
  const n = b.upTo.length;
  let k = 0;
  while (k < n - 1 && notional > b.upTo[k]!) k++;
  const m = notional * b.rate[k]! - b.amount[k]!;
  return m > 0 ? m : 0;
}

/** Below this total volatility σ√T the outcome is certain (pricing/black76.ts uses the same bound). */
const MIN_TOTAL_VOLATILITY = 1e-12;

/**
 * Black-76 on the kernel's Φ from the parts a sweep works out once per option (ln K, σ√T, e^(−rT))
 * and once per price (ln F): pricing/black76.ts's black76Price case for case.
 */
export function black76Kernel(
  price: number, lnPrice: number, strike: number, lnStrike: number, years: number, totalVolatility: number, discount: number, call: boolean,
): number {
  const forward = price > 0 ? price : 0;
  if (years <= 0 || totalVolatility < MIN_TOTAL_VOLATILITY || forward === 0 || strike === 0) {
    const intrinsic = call ? Math.max(forward - strike, 0) : Math.max(strike - forward, 0);
    return years <= 0 ? intrinsic : discount * intrinsic;
  }
  const d1 = (lnPrice - lnStrike) / totalVolatility + 0.5 * totalVolatility;
  const d2 = d1 - totalVolatility;
  // More than nine standard deviations out of the money (the far points of a scan): both Φ terms
  // are below 1.1e-19, so the value is below that share of the forward or the strike, under the
  // rounding of any sum it enters. Cody's tail (two exps a call) is not worth working it out.
  if (call ? d1 <= -9 : d2 >= 9) return 0;
  // Two Φ calls, not four: each inlined copy of Φ counts against V8's inlining budget for the sweep's loop.
  // The near term's argument is above −9 here; the far term's may be below, where the kernel's Φ is 0.
  const near = normalCdf(call ? d1 : -d2);
  const far = normalCdf(call ? d2 : -d1);
  const value = discount * (call ? forward * near - strike * far : strike * near - forward * far);
  return value > 0 ? value : 0;
}

/**
 * The asset's risk array worst loss, short-option charge and direction at a price (portfolio margin).
 * With `lossParts` (two per scenario), each scenario's loss is also split into the part that rises
 * and the part that falls with the price (monotone.ts bounds a stretch of prices with them).
 */
export function riskAt(
  book: CompiledBook, a: CompiledAsset, price: number, out: Float64Array, row: number, losses?: Float64Array, baseValued = false, lossParts?: Float64Array,
): void {
  const { scenarios, volatilityShock, shortOptionMinimum } = book.rules;
  const options = a.optionQuantity.length;
  if (options === 0 && !losses) {
    // Spot and futures only: every loss is −L × P × move × weight, so the worst scenario is known
    // from the sign of L alone and one multiplication gives its loss.
    const quantity = a.riskLinearQuantity;
    const worst = quantity === 0 || !(price > 0) ? 0 : quantity > 0 ? a.worstScenarioLong : a.worstScenarioShort;
    const scenario = scenarios[worst]!;
    const move = scenario.rangeMultiple * a.priceRange;
    const loss = -(quantity * price * move) * scenario.weight;
    const o = row * FIELDS;
    out[o + WORST_LOSS] = loss > 0 ? loss : 0;
    out[o + SHORT_OPTION_CHARGE] = 0;
    out[o + DIRECTION] = move <= 0 ? 1 : -1;
    return;
  }
  let charge = 0;
  const n = scenarios.length;
  // Scenario-major scratch: each option's fields are read once and its scenarios priced in a row;
  // a scenario's sums still add the options in the same order, so every figure is the same double.
  // The book's own scratch, not a function's: each call riskAt inlines counts against V8's inlining
  // budget, which the scenario loop's Black-76 and Φ need (an out-of-line Black-76 boxes every double).
  const moved = book.scenarioScratch;
  const LN = n, SCALE = 2 * n, CHANGE = 3 * n, RISING = 4 * n, FALLING = 5 * n, VALUE = 6 * n;
  for (let s = 0; s < n; s++) {
    const scenario = scenarios[s]!;
    const move = scenario.rangeMultiple * a.priceRange;
    const at = price * (move + 1);
    const change = a.riskLinearQuantity * price * move;
    moved[s] = at;
    moved[CHANGE + s] = change;
    if (options === 0) continue;
    moved[LN + s] = Math.log(at);
    moved[SCALE + s] = 1 + scenario.volatility * volatilityShock;
    if (!lossParts) continue;
    // A loss term rises with the price where its sign says so (a call's value rises with it, a put's falls).
    const linear = -change * scenario.weight;
    moved[RISING + s] = linear >= 0 ? linear : 0;
    moved[FALLING + s] = linear >= 0 ? 0 : linear;
  }
  if (options > 0) {
    const base = a.optionScratch;
    if (!baseValued) priceOptions(a, price);
    for (let j = 0; j < options; j++) {
      const q = a.optionQuantity[j]!;
      if (q < 0) charge += -q * price * shortOptionMinimum;
      const b = base[j]!;
      const call = a.optionIsCall[j] === 1;
      scenarioValues(a, j, moved, n);
      for (let s = 0; s < n; s++) {
        const value = moved[VALUE + s]!;
        moved[CHANGE + s]! += q * (value - b);
        if (!lossParts) continue;
        const w = scenarios[s]!.weight;
        const atMove = -w * q * value;
        const atBase = w * q * b;
        if (atMove >= 0 === call) moved[RISING + s]! += atMove; else moved[FALLING + s]! += atMove;
        if (atBase >= 0 === call) moved[RISING + s]! += atBase; else moved[FALLING + s]! += atBase;
      }
    }
    if (lossParts) {
      for (let s = 0; s < n; s++) {
        lossParts[2 * s] = moved[RISING + s]!;
        lossParts[2 * s + 1] = moved[FALLING + s]!;
      }
    }
  }
  let worst = 0;
  let worstLoss = -Infinity;
  for (let s = 0; s < n; s++) {
    const loss = -moved[CHANGE + s]! * scenarios[s]!.weight;
    if (losses) losses[s] = loss;
    if (loss > worstLoss) {
      worstLoss = loss;
      worst = s;
    }
  }
  const o = row * FIELDS;
  out[o + WORST_LOSS] = worstLoss > 0 ? worstLoss : 0;
  out[o + SHORT_OPTION_CHARGE] = charge;
  out[o + DIRECTION] = scenarios[worst]!.rangeMultiple * a.priceRange <= 0 ? 1 : -1;
}

/**
 * One unit of each of the asset's options at a price, into its optionScratch. A small function of
 * its own for the same reason as scenarioValues: V8 inlines Black-76 and Φ into this loop.
 */
function priceOptions(a: CompiledAsset, price: number): void {
  const lnPrice = Math.log(price);
  const units = a.optionScratch;
  for (let j = 0; j < units.length; j++) {
    units[j] = black76Kernel(
      price, lnPrice, a.optionStrike[j]!, a.optionLnStrike[j]!, a.optionYears[j]!,
      a.optionVolatility[j]! * a.optionSqrtYears[j]!, a.optionDiscount[j]!, a.optionIsCall[j] === 1,
    );
  }
}

/**
 * Option j's value under each of the n scenarios in `moved` (price, ln price and volatility scale in
 * its first three runs of n), into its seventh run. A function of its own, taking no double: V8 inlines
 * Black-76 and Φ into a loop this small, where a call from riskAt's body boxes each double it passes.
 */
function scenarioValues(a: CompiledAsset, j: number, moved: Float64Array, n: number): void {
  const strike = a.optionStrike[j]!, lnStrike = a.optionLnStrike[j]!, years = a.optionYears[j]!;
  const volatility = a.optionVolatility[j]!, sqrtYears = a.optionSqrtYears[j]!, discount = a.optionDiscount[j]!;
  const call = a.optionIsCall[j] === 1;
  for (let s = 0; s < n; s++) {
    moved[6 * n + s] = black76Kernel(moved[s]!, moved[n + s]!, strike, lnStrike, years, volatility * moved[2 * n + s]! * sqrtYears, discount, call);
  }
}

/**
 * Write the asset's contribution at its price in `prices` (indexed as the book's assets) into row
 * `row` of `out`. The price is read here rather than passed: this function is too large for V8 to
 * inline, and a double passed to a call is boxed, a heap number per call of every sweep.
 */
export function contribute(book: CompiledBook, a: CompiledAsset, prices: Float64Array, out: Float64Array, row: number, lossParts?: Float64Array): void {
  const price = prices[a.index]!;
  const o = row * FIELDS;
  const { rules } = book;
  const q = a.balance;
  // Each field is written once, at the end (portfolio margin's three risk fields again by riskAt): sweeps call this for every asset at every point.
  let balanceValue = 0, collateralValue = 0, liabilities = 0, weightedCollateral = 0, borrowLimit = 0;
  let borrowMaintenance = 0, borrowInitial = 0;
  let gross = 0;
  if (q !== 0) {
    const value = q * price;
    gross = Math.abs(value);
    balanceValue = value;
    if (value < 0) {
      liabilities = -value;
      if (rules.kind === 'exchange') {
        borrowMaintenance = -value * rules.borrowMaintenanceRate;
        borrowInitial = -value * rules.borrowInitialRate;
      }
    } else {
      collateralValue = value * (1 - a.haircut);
      weightedCollateral = value * a.liquidationThreshold;
      borrowLimit = value * a.maxLtv;
    }
  }
  out[o + BALANCE_VALUE] = balanceValue;
  out[o + COLLATERAL_VALUE] = collateralValue;
  out[o + LIABILITIES] = liabilities;
  out[o + WEIGHTED_COLLATERAL] = weightedCollateral;
  out[o + BORROW_LIMIT] = borrowLimit;
  out[o + WORST_LOSS] = 0;
  out[o + SHORT_OPTION_CHARGE] = 0;
  out[o + DIRECTION] = 0;
  if (rules.kind === 'lending') {
    out[o + UNREALIZED_PNL] = 0;
    out[o + OPTION_VALUE] = 0;
    out[o + OPTION_VALUE_RISING] = 0;
    out[o + MAINTENANCE] = 0;
    out[o + INITIAL] = 0;
    out[o + GROSS] = gross;
    return;
  }
  let pnl = 0;
  let maintenance = 0;
  let initial = 0;
  // Portfolio margin takes its requirement from the risk arrays: bracket and option margins are not read.
  const margins = rules.kind === 'exchange';
  const linear = a.linearQuantity;
  if (a.linearTable || !margins) {
    pnl = a.linearSum.quantity * price - a.linearSum.entryValue;
    if (a.linearTable && margins) {
      // One search serves both lines (linear-table.ts tableInitial and tableMaintenance, read here
      // rather than called: two more calls in V8's inlining budget could leave Black-76, below, out of line).
      const t = a.linearTable;
      const k = tableSegment(t, price);
      initial = t.initialSlope[k]! * price;
      maintenance = t.slope[k]! * price + t.intercept[k]!;
    }
  } else {
    for (let j = 0; j < linear.length; j++) {
      const quantity = linear[j]!;
      const notional = Math.abs(quantity) * price;
      pnl += quantity * (price - a.linearEntry[j]!);
      initial += notional * initialRateFor(a.brackets, notional);
      maintenance += maintenanceFor(a.brackets, notional);
    }
  }
  let optionValue = 0;
  let optionValueRising = 0;
  const lnPrice = a.optionQuantity.length > 0 ? Math.log(price) : 0;
  for (let j = 0; j < a.optionQuantity.length; j++) {
    // Black-76 called here rather than through priceOptions: V8 inlines a function's calls out of
    // one budget of bytecode (× 1.2 for each candidate), and counts a candidate's own optimised
    // code's inlined bytes too. Through priceOptions, once black76Kernel had optimised code of its
    // own, Black-76 no longer fitted and ran out of line, boxing every double (about 1 ms at
    // 1,000 / 50); called directly it fits either way. The unit value is kept as the risk
    // array's base (the same price).
    const unit = black76Kernel(
      price, lnPrice, a.optionStrike[j]!, a.optionLnStrike[j]!, a.optionYears[j]!,
      a.optionVolatility[j]! * a.optionSqrtYears[j]!, a.optionDiscount[j]!, a.optionIsCall[j] === 1,
    );
    a.optionScratch[j] = unit;
    const quantity = a.optionQuantity[j]!;
    const value = quantity * unit;
    optionValue += value;
    if (value > 0 === (a.optionIsCall[j] === 1)) optionValueRising += value;
    gross += Math.abs(value);
    if (margins && quantity < 0 && a.optionYears[j]! > 0) {
      const notional = -quantity * price;
      const strike = a.optionStrike[j]!;
      const outOfTheMoney = a.optionIsCall[j] === 1 ? Math.max(strike - price, 0) : Math.max(price - strike, 0);
      const share = price === 0 ? rules.optionInitialFloor : Math.max(rules.optionInitialRate - outOfTheMoney / price, rules.optionInitialFloor);
      initial += notional * share;
      maintenance += notional * rules.optionMaintenanceRate;
    }
  }
  out[o + UNREALIZED_PNL] = pnl;
  out[o + GROSS] = gross + a.linearSum.size * price + a.linearSum.grossEntry;
  out[o + OPTION_VALUE] = optionValue;
  out[o + OPTION_VALUE_RISING] = optionValueRising;
  out[o + MAINTENANCE] = borrowMaintenance + maintenance;
  out[o + INITIAL] = borrowInitial + initial;
  if (rules.kind === 'portfolio' && a.exposed) riskAt(book, a, price, out, row, undefined, true, lossParts);
}
