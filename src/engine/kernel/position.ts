import type { Position } from '../format/schema';
import type { BookContext } from '../valuation/context';
import { compileBrackets, type CompiledBrackets, type BookFloats } from './book';
import { black76Kernel, initialRateFor, maintenanceFor } from './contribution';
import { DOWN_FACTORS, firstCrossing, nearerThan, UP_FACTORS } from './solve';

// One position on its own, in Float64: what an isolated margin account holds, and what the
// isolated regime of the efficiency comparison values position by position.

export interface CompiledPosition {
  isOption: boolean;
  quantity: number;
  entryPrice: number;
  brackets: CompiledBrackets;
  /** Isolated maintenance valued at the mark (Binance, Hyperliquid) or fixed at entry (Bybit). */
  valuedAtEntry: boolean;
  strike: number;
  years: number;
  isCall: boolean;
  optionMaintenanceRate: number;
  optionInitialRate: number;
  optionInitialFloor: number;
  /** Worked out once for every repricing of an option: ln K, σ√T and e^(−rT). */
  lnStrike: number;
  totalVolatility: number;
  discount: number;
}

/** Compiled bracket tables by asset, shared by every position on it. */
export type BracketCache = Map<string, CompiledBrackets>;

/** Position i of the book on its own, from the book's doubles (`bookFloats`). */
export function compilePosition(ctx: BookContext, p: Position, floats: BookFloats, i: number, cache: BracketCache = new Map()): CompiledPosition {
  const rules = ctx.assetRules[p.asset]!;
  let brackets = cache.get(p.asset);
  if (!brackets) {
    brackets = compileBrackets(rules.maintenance, rules.initialRate);
    cache.set(p.asset, brackets);
  }
  const ownVolatility = floats.volatility[i]!;
  const volatility = p.type === 'option' ? (Number.isNaN(ownVolatility) ? ctx.portfolio.assets[p.asset]!.volatility : ownVolatility) * ctx.volatilityScale[p.asset]! : 0;
  const years = floats.years[i]!;
  return {
    isOption: p.type === 'option',
    quantity: floats.quantity[i]!,
    entryPrice: floats.entryPrice[i]!,
    brackets,
    valuedAtEntry: ctx.rules.maintenanceValuedAt === 'entry',
    strike: floats.strike[i]!,
    years,
    isCall: p.type === 'option' && p.right === 'call',
    optionMaintenanceRate: ctx.rules.optionMaintenanceRate,
    optionInitialRate: ctx.rules.optionInitialRate,
    optionInitialFloor: ctx.rules.optionInitialFloor,
    lnStrike: Math.log(floats.strike[i]!),
    totalVolatility: volatility * Math.sqrt(Math.max(years, 0)),
    discount: years <= 0 || ctx.rate === 0 ? 1 : Math.exp(-ctx.rate * years),
  };
}

export interface PositionFigures {
  /** What the position adds to equity: futures their PnL, options their value. */
  equity: number;
  initialMargin: number;
  maintenanceMargin: number;
}

/** The position at a price of its asset (valuation/position.ts, in Float64). */
export function positionAt(p: CompiledPosition, price: number): PositionFigures {
  const notional = Math.abs(p.quantity) * price;
  if (!p.isOption) {
    return {
      equity: p.quantity * (price - p.entryPrice),
      initialMargin: notional * initialRateFor(p.brackets, notional),
      maintenanceMargin: maintenanceFor(p.brackets, notional),
    };
  }
  const equity = p.quantity * black76Kernel(price, Math.log(price), p.strike, p.lnStrike, p.years, p.totalVolatility, p.discount, p.isCall);
  if (!(p.quantity < 0 && p.years > 0)) return { equity, initialMargin: 0, maintenanceMargin: 0 };
  const outOfTheMoney = p.isCall ? Math.max(p.strike - price, 0) : Math.max(price - p.strike, 0);
  const share = price === 0 ? p.optionInitialFloor : Math.max(p.optionInitialRate - outOfTheMoney / price, p.optionInitialFloor);
  return { equity, initialMargin: notional * share, maintenanceMargin: notional * p.optionMaintenanceRate };
}

/** An isolated account's maintenance requirement at a price: fixed at entry for a future under that convention. */
function isolatedRequirementAt(p: CompiledPosition, price: number): number {
  if (!p.isOption) return maintenanceFor(p.brackets, Math.abs(p.quantity) * (p.valuedAtEntry ? p.entryPrice : price));
  return p.quantity < 0 && p.years > 0 ? Math.abs(p.quantity) * price * p.optionMaintenanceRate : 0;
}

/** What the position adds to its isolated account's equity at a price: a future's PnL, an option's value. */
function isolatedEquityAt(p: CompiledPosition, price: number): number {
  if (!p.isOption) return p.quantity * (price - p.entryPrice);
  return p.quantity * black76Kernel(price, Math.log(price), p.strike, p.lnStrike, p.years, p.totalVolatility, p.discount, p.isCall);
}

/**
 * An isolated account's surplus (collateral plus the position's equity, less its maintenance): the
 * figures positionAt works out, without an object per point (a scan looks at dozens per position).
 */
export function isolatedSurplusAt(p: CompiledPosition, collateral: number, price: number): number {
  return collateral + isolatedEquityAt(p, price) - isolatedRequirementAt(p, price);
}

/** Today's prices times each scan factor, down and up, for the marks of an evaluation's books: made once per mark, read by every option on the asset. */
const scanPoints = new Map<number, { down: readonly number[]; up: readonly number[] }>();
function pointsFrom(mark: number): { down: readonly number[]; up: readonly number[] } {
  let points = scanPoints.get(mark);
  if (!points) {
    if (scanPoints.size >= 1024) scanPoints.clear();
    points = { down: DOWN_FACTORS.map((k) => mark * k), up: UP_FACTORS.map((k) => mark * k) };
    scanPoints.set(mark, points);
  }
  return points;
}

/**
 * Where a linear position's isolated health is linear: between the prices at which its notional
 * crosses a bracket bound. Between two of them regula falsi is exact in one step, and at a bound
 * where brackets that do not chain make the requirement jump, it closes on the bound itself.
 */
function bracketBounds(p: CompiledPosition, from: number, down: boolean): number[] {
  const size = Math.abs(p.quantity);
  const out: number[] = [];
  for (const upTo of p.brackets.upTo) {
    if (!Number.isFinite(upTo)) continue;
    const bound = upTo / size;
    // A notional at the bound is in the lower bracket; the price a hair above it is in the upper.
    // Both are visited, so a jump of the requirement at the bound is seen from either side.
    const above = bound * (1 + 2 * Number.EPSILON);
    if (down ? bound < from : bound > from) out.push(bound);
    if (down ? above < from : above > from) out.push(above);
  }
  out.sort((a, b) => (down ? b - a : a - b));
  // The closed form knows no ceiling: a short with deep collateral is still liquidated somewhere above.
  if (down) out.push(0);
  else out.push(from * 1000, from * 1e6, from * 1e12);
  return out;
}

/** A double or two from x (|x|·ε is one or two of its ulps), away from zero or toward it. */
const nextDouble = (x: number, outward: boolean) => x + (outward ? 1 : -1) * Math.abs(x) * Number.EPSILON;

/**
 * A linear position's isolated liquidation price in closed form (margin/isolated.ts, in doubles),
 * where its surplus is monotone in the price, so the root is the only one: maintenance fixed at
 * entry (a line), or at the mark under brackets that chain with rates below 1 for a long (the
 * requirement then grows more slowly than the position's value). In bracket k the surplus
 * C + q·(P − entry) − (|q|·P·rate − amount) is zero at P = (q·entry − C − amount) ÷ (q − |q|·rate),
 * kept where |q|·P lies in that bracket. The root is checked as the scan would leave it — the
 * surplus changes sign between it and the next double — and undefined (scan instead) where it
 * does not, or where the surplus is not monotone. Null: no positive price liquidates it.
 */
function linearRoot(p: CompiledPosition, collateral: number, surplus: (x: number) => number): number | null | undefined {
  const q = p.quantity;
  const size = Math.abs(q);
  const b = p.brackets;
  let root: number | null = null;
  if (p.valuedAtEntry) {
    root = p.entryPrice + (maintenanceFor(b, size * p.entryPrice) - collateral) / q;
  } else {
    if (!b.chains || (q > 0 && !b.ratesBelowOne)) return undefined;
    for (let k = 0; k < b.rate.length; k++) {
      const x = (q * p.entryPrice - collateral - b.amount[k]!) / (q - size * b.rate[k]!);
      const notional = size * x;
      // Past the last bracket's bound the last bracket applies (maintenanceFor's rule).
      const upTo = k === b.rate.length - 1 ? Infinity : b.upTo[k]!;
      if (x > 0 && notional > (k === 0 ? 0 : b.upTo[k - 1]!) && notional <= upTo) {
        root = x;
        break;
      }
    }
  }
  if (root === null || !(root > 0)) return null;
  // The closed form rounds apart from the surplus it solves: the sign change is a double or a few
  // away. Healthy at the root, it lies on the side that hurts (down for a long); else back.
  let x = root;
  let at = surplus(x);
  const outward = (q > 0) !== at > 0;
  for (let step = 0; step < 8; step++) {
    if (at === 0) return x;
    const beyond = nextDouble(x, outward);
    const there = surplus(beyond);
    if (there > 0 !== at > 0) return Math.abs(there) < Math.abs(at) ? beyond : x;
    x = beyond;
    at = there;
  }
  return undefined;
}

/**
 * The first price, moving from the mark the way that hurts the position (down for a long, up for
 * a short; the other way when it is already under water), at which its isolated health reaches 1.
 * With `within` (a distance from the mark), an option's scan stops at the first point that far:
 * a caller after the nearest root of many positions needs none farther than one it has. A root
 * found is still the first crossing; null may then mean only "none within".
 */
export function isolatedLiquidationPrice(p: CompiledPosition, collateral: number, mark: number, within = Infinity): number | null {
  if (p.quantity === 0) return null;
  const surplus = (x: number) => isolatedSurplusAt(p, collateral, x);
  if (!p.isOption) {
    const closed = linearRoot(p, collateral, surplus);
    // Where the closed form does not serve, the scan: the way that hurts, or back from under water.
    const down = () => (p.quantity > 0) !== (surplus(mark) <= 0);
    const root = closed !== undefined ? closed : firstCrossing(surplus, mark, bracketBounds(p, mark, down()));
    // A root within rounding of a zero price is the closed form's 0: the collateral covers a fall to zero.
    return root !== null && root > mark * 1e-12 ? root : null;
  }
  // A long option, or one at expiry, carries no maintenance: nothing can liquidate it.
  if (!(p.quantity < 0 && p.years > 0)) return null;
  // The first crossing each way (liquidationAlong's rule: a zero surplus where nothing is required is no liquidation).
  const along = (points: readonly number[]) => {
    const root = firstCrossing(surplus, mark, points);
    return root !== null && isolatedRequirementAt(p, root) > 0 ? root : null;
  };
  const { down, up } = pointsFrom(mark);
  const limit = within === Infinity ? null : mark - within;
  const below = along(nearerThan(down, mark, limit));
  // Only the nearer root is reported: a rise is scanned no farther than the fall found.
  const above = along(nearerThan(up, mark, below ?? limit));
  if (below === null) return above;
  if (above === null) return below;
  return Math.abs(below - mark) < Math.abs(above - mark) ? below : above;
}
