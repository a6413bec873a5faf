import type { Portfolio } from '../format/schema';
import { yearsBetween } from '../pricing/black76';
import { BORROW_INITIAL_RATE, BORROW_MAINTENANCE_RATE, scenarioGrid, type GridScenario } from '../rules';
import type { BookContext } from '../valuation/context';

// The compiled book: the portfolio turned once per evaluation into Float64 struct-of-arrays, one
// block per asset, so that every sweep (liquidation solves, joint moves, curves, regimes, risk
// arrays, grids, top-up) values the book at any prices without touching decimal.js. The exact
// path (valuation/, margin/) stays the reference for what is reported at today's prices; a
// property test holds the two together.

/** A bracket table: maintenance of a notional N ≤ upTo[k] is max(0, N × rate[k] − amount[k]). */
export interface CompiledBrackets {
  /** Upper notional bounds; Infinity for the open-ended last bracket. */
  upTo: Float64Array;
  rate: Float64Array;
  amount: Float64Array;
}

export interface CompiledAsset {
  symbol: string;
  index: number;
  stable: boolean;
  /** Today's mark. */
  price: number;
  balance: number;
  haircut: number;
  liquidationThreshold: number;
  maxLtv: number;
  initialRate: number;
  brackets: CompiledBrackets;
  /** Cross futures and perpetuals on the asset. */
  linearQuantity: Float64Array;
  linearEntry: Float64Array;
  /** Cross options on the asset (volatility already scaled by the book's volatility factor). */
  optionQuantity: Float64Array;
  optionStrike: Float64Array;
  optionYears: Float64Array;
  optionVolatility: Float64Array;
  optionIsCall: Uint8Array;
  optionPremium: Float64Array;
  /** Worked out once: ln K, √T and e^(−rT), which every repricing needs. */
  optionLnStrike: Float64Array;
  optionSqrtYears: Float64Array;
  optionDiscount: Float64Array;
  /** Portfolio margin: scan range, and the spot + futures quantity the grid moves linearly. */
  priceRange: number;
  riskLinearQuantity: number;
  /** The asset enters the pool's risk (a balance or a cross position on it). */
  exposed: boolean;
}

export interface CompiledRules {
  kind: 'exchange' | 'lending' | 'portfolio';
  optionMaintenanceRate: number;
  optionInitialRate: number;
  optionInitialFloor: number;
  borrowMaintenanceRate: number;
  borrowInitialRate: number;
  rate: number;
  /** Portfolio margin. */
  scenarios: readonly GridScenario[];
  volatilityShock: number;
  volatilityFactor: number;
  shortOptionMinimum: number;
  interAssetOffset: boolean;
  maxOffset: number;
  maintenanceShare: number;
}

export interface CompiledBook {
  assets: CompiledAsset[];
  bySymbol: ReadonlyMap<string, CompiledAsset>;
  rules: CompiledRules;
  /** Quote cash set aside as isolated collateral (out of the pool). */
  isolatedCollateral: number;
  /** Correlation matrix, row-major, assets × assets; empty unless the book credits offsets between assets. */
  correlation: Float64Array;
}

export function compileBrackets(brackets: BookContext['assetRules'][string]['maintenance']): CompiledBrackets {
  const n = brackets.length;
  const out = { upTo: new Float64Array(n), rate: new Float64Array(n), amount: new Float64Array(n) };
  brackets.forEach((b, k) => {
    out.upTo[k] = b.upTo === null ? Infinity : b.upTo.toNumber();
    out.rate[k] = b.rate;
    out.amount[k] = b.amount.toNumber();
  });
  return out;
}

type OptionPosition = Extract<Portfolio['positions'][number], { type: 'option' }>;

/** Compile a book context once; every sweep then runs on the result. */
export function compileBook(ctx: BookContext): CompiledBook {
  const { portfolio } = ctx;
  const lending = ctx.rules.kind === 'lending';
  // Cross positions by asset, in one pass over the book.
  const crossByAsset = new Map<string, Portfolio['positions']>();
  if (!lending) {
    for (const p of portfolio.positions) {
      if (p.margin?.mode === 'isolated') continue;
      const list = crossByAsset.get(p.asset);
      if (list) list.push(p);
      else crossByAsset.set(p.asset, [p]);
    }
  }
  const assets: CompiledAsset[] = ctx.assets.map((symbol, index) => {
    const rules = ctx.assetRules[symbol]!;
    const cross = crossByAsset.get(symbol) ?? [];
    const linear = cross.filter((p): p is Exclude<typeof p, OptionPosition> => p.type !== 'option');
    const options = cross.filter((p): p is OptionPosition => p.type === 'option');
    const balance = portfolio.balances[symbol]?.toNumber() ?? 0;
    const assetVolatility = portfolio.assets[symbol]!.volatility;
    const linearQuantity = Float64Array.from(linear, (p) => p.quantity.toNumber());
    return {
      symbol, index, stable: ctx.stable[symbol]!, price: portfolio.assets[symbol]!.price.toNumber(), balance,
      haircut: rules.haircut, liquidationThreshold: rules.liquidationThreshold, maxLtv: rules.maxLtv, initialRate: rules.initialRate,
      brackets: compileBrackets(rules.maintenance),
      linearQuantity,
      linearEntry: Float64Array.from(linear, (p) => p.entryPrice.toNumber()),
      optionQuantity: Float64Array.from(options, (p) => p.quantity.toNumber()),
      optionStrike: Float64Array.from(options, (p) => p.strike.toNumber()),
      optionYears: Float64Array.from(options, (p) => yearsBetween(portfolio.asOf, p.expiry)),
      optionVolatility: Float64Array.from(options, (p) => (p.volatility ?? assetVolatility) * ctx.volatilityFactor),
      optionIsCall: Uint8Array.from(options, (p) => (p.right === 'call' ? 1 : 0)),
      optionPremium: Float64Array.from(options, (p) => p.premium.toNumber()),
      optionLnStrike: Float64Array.from(options, (p) => Math.log(p.strike.toNumber())),
      optionSqrtYears: Float64Array.from(options, (p) => Math.sqrt(Math.max(yearsBetween(portfolio.asOf, p.expiry), 0))),
      optionDiscount: Float64Array.from(options, (p) => {
        const years = yearsBetween(portfolio.asOf, p.expiry);
        return years <= 0 || ctx.rate === 0 ? 1 : Math.exp(-ctx.rate * years);
      }),
      priceRange: rules.priceRange,
      riskLinearQuantity: balance + linearQuantity.reduce((a, b) => a + b, 0),
      exposed: balance !== 0 || cross.length > 0,
    };
  });
  const n = assets.length;
  const settings = ctx.portfolioMargin;
  // Only offsets between assets read correlations: the matrix is built for them alone.
  const offsets = ctx.rules.kind === 'portfolio' && settings.interAssetOffset;
  const correlation = new Float64Array(offsets ? n * n : 0);
  if (offsets) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) correlation[i * n + j] = ctx.correlation(assets[i]!.symbol, assets[j]!.symbol);
  let isolatedCollateral = 0;
  if (!lending) for (const p of portfolio.positions) if (p.margin?.mode === 'isolated') isolatedCollateral += p.margin.collateral.toNumber();
  return {
    assets,
    bySymbol: new Map(assets.map((a) => [a.symbol, a])),
    rules: {
      kind: ctx.rules.kind,
      optionMaintenanceRate: ctx.rules.optionMaintenanceRate,
      optionInitialRate: ctx.rules.optionInitialRate,
      optionInitialFloor: ctx.rules.optionInitialFloor,
      borrowMaintenanceRate: BORROW_MAINTENANCE_RATE,
      borrowInitialRate: BORROW_INITIAL_RATE,
      rate: ctx.rate,
      scenarios: scenarioGrid(settings),
      volatilityShock: settings.volatilityShock,
      volatilityFactor: ctx.volatilityFactor,
      shortOptionMinimum: settings.shortOptionMinimum,
      interAssetOffset: settings.interAssetOffset,
      maxOffset: settings.maxOffset,
      maintenanceShare: settings.maintenanceShare,
    },
    isolatedCollateral,
    correlation,
  };
}
