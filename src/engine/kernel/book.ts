import type { Portfolio } from '../format/schema';
import { yearsToExpiry } from '../pricing/black76';
import { scenarioGrid, type GridScenario, type MaintenanceBracket } from '../rules';
import type { BookContext } from '../valuation/context';
import { isolatedCollateral as isolatedCollateralOf, poolBalance } from '../margin/pool';
import { toDouble } from '../short-decimals';
import { doubles } from './slab';
import { bracketsChain, linearTable, type LinearTable } from './linear-table';

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
  /** Each bracket's initial rate, already raised to the asset's floor. */
  initialRate: Float64Array;
  /** The brackets chain (linear-table.ts bracketsChain): maintenance is continuous and never falls as N rises. */
  chains: boolean;
  /** Every rate below 1: a long's maintenance grows more slowly than its value. */
  ratesBelowOne: boolean;
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
  brackets: CompiledBrackets;
  /** Cross futures and perpetuals on the asset. */
  linearQuantity: Float64Array;
  linearEntry: Float64Array;
  /** The cross futures summed: Σ q, Σ q × entry, Σ |q| (PnL and initial margin are linear in the price). */
  linearSum: { quantity: number; entryValue: number; size: number; grossEntry: number };
  /** Their maintenance as one piecewise-linear function of the price (exchange rules); null where the brackets do not chain. */
  linearTable: LinearTable | null;
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
  /** Scratch for the risk array's base values: a sweep allocates nothing per point. */
  optionScratch: Float64Array;
  /** Portfolio margin: scan range, and the spot + futures quantity the grid moves linearly. */
  priceRange: number;
  riskLinearQuantity: number;
  /** Without options the worst scenario does not depend on the price: the index for a long book and for a short one. */
  worstScenarioLong: number;
  worstScenarioShort: number;
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
  /** Quote cash set aside as isolated collateral: already out of the quote's `balance`; kept for the rounding bound. */
  isolatedCollateral: number;
  /**
   * A quote the book does not list among its assets: the isolated collateral is all borrowed, at
   * price 1, never moving (margin/pool.ts unlistedQuoteBorrow). 0 where the quote is listed.
   */
  quoteBorrow: number;
  /** Correlation matrix, row-major, assets × assets; empty unless the book credits offsets between assets. */
  correlation: Float64Array;
  /** riskAt's per-scenario scratch, seven runs of the grid's length: it runs at every point of every sweep. */
  scenarioScratch: Float64Array;
}

/**
 * Compiled tables by source table and floor. A rule set's tables are module constants, so across
 * evaluations each is read once; a file's own (a new array per parse) lives as long as its portfolio.
 */
const compiledTables = new WeakMap<readonly MaintenanceBracket[], Map<number, CompiledBrackets>>();

export function compileBrackets(brackets: readonly MaintenanceBracket[], initialFloor: number): CompiledBrackets {
  let byFloor = compiledTables.get(brackets);
  if (!byFloor) {
    byFloor = new Map();
    compiledTables.set(brackets, byFloor);
  }
  let compiled = byFloor.get(initialFloor);
  if (!compiled) {
    compiled = readBrackets(brackets, initialFloor);
    byFloor.set(initialFloor, compiled);
  }
  return compiled;
}

function readBrackets(brackets: readonly MaintenanceBracket[], initialFloor: number): CompiledBrackets {
  const n = brackets.length;
  const out = {
    upTo: new Float64Array(n), rate: new Float64Array(n), amount: new Float64Array(n), initialRate: new Float64Array(n), chains: false, ratesBelowOne: false,
  };
  brackets.forEach((b, k) => {
    out.upTo[k] = b.upTo === null ? Infinity : toDouble(b.upTo);
    out.rate[k] = b.rate;
    out.amount[k] = toDouble(b.amount);
    out.initialRate[k] = Math.max(initialFloor, b.initialRate);
  });
  // Read once per table: the compiled table is itself made once per source table and floor.
  out.chains = bracketsChain(out);
  out.ratesBelowOne = out.rate.every((r) => r < 1);
  return out;
}

type OptionPosition = Extract<Portfolio['positions'][number], { type: 'option' }>;

/** The first scenario with the largest loss −side × move × weight (the exact path keeps the first of equal losses). */
function worstScenario(scenarios: readonly GridScenario[], priceRange: number, side: 1 | -1): number {
  let worst = 0;
  let worstLoss = -Infinity;
  scenarios.forEach((s, i) => {
    const loss = -side * s.rangeMultiple * priceRange * s.weight;
    if (loss > worstLoss) {
      worstLoss = loss;
      worst = i;
    }
  });
  return worst;
}

/**
 * The book's numbers as doubles, read once per evaluation (decimal.js reads a number out through a
 * string): each position's, by index, and each asset's price and balance as the file states them.
 * The regimes of the efficiency comparison compile the same book under other rules and reuse them.
 */
export interface BookFloats {
  quantity: Float64Array;
  entryPrice: Float64Array;
  strike: Float64Array;
  years: Float64Array;
  /** The option's own volatility, or NaN where it takes the asset's. */
  volatility: Float64Array;
  premium: Float64Array;
  collateral: Float64Array;
  assetPrice: ReadonlyMap<string, number>;
  /** The file's balances (the quote's before any isolated collateral is drawn from it). */
  assetBalance: ReadonlyMap<string, number>;
  /**
   * What the books compiled from these doubles gathered per asset, by symbol: the account's book
   * and the same positions under portfolio rules, or all cross in the regimes, hold the same
   * positions on most assets, and gather them once. Lives as long as the evaluation.
   */
  gathered: Map<string, GatheredAsset[]>;
}

/** The positions on one asset as a compiled asset holds them: the same under every rule set. */
interface GatheredAsset {
  positions: Pick<CompiledAsset,
    'linearQuantity' | 'linearEntry' | 'linearSum' | 'optionQuantity' | 'optionStrike' | 'optionYears' | 'optionVolatility' | 'optionIsCall'
    | 'optionPremium' | 'optionLnStrike' | 'optionSqrtYears' | 'optionDiscount' | 'optionScratch'>;
  /** Which positions (indices into the book), and the context's numbers that enter the arrays. */
  linear: readonly number[];
  options: readonly number[];
  volatilityScale: number;
  rate: number;
  /** Linear tables by bracket table (exchange rules build them): the positions' maintenance under each. */
  tables: Map<CompiledBrackets, LinearTable | null>;
}

const sameIndices = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function gatherAsset(ctx: BookContext, floats: BookFloats, symbol: string, linear: readonly number[], options: readonly number[]): GatheredAsset {
  const volatilityScale = ctx.volatilityScale[symbol]!;
  let list = floats.gathered.get(symbol);
  const found = list?.find((g) => g.volatilityScale === volatilityScale && g.rate === ctx.rate && sameIndices(g.linear, linear) && sameIndices(g.options, options));
  if (found) return found;
  const { portfolio } = ctx;
  const assetVolatility = portfolio.assets[symbol]!.volatility;
  const linearQuantity = gather(linear, (i) => floats.quantity[i]!);
  const linearEntry = gather(linear, (i) => floats.entryPrice[i]!);
  let entryValue = 0;
  let size = 0;
  let grossEntry = 0;
  linearQuantity.forEach((q, j) => {
    entryValue += q * linearEntry[j]!;
    grossEntry += Math.abs(q * linearEntry[j]!);
    size += Math.abs(q);
  });
  const years = gather(options, (i) => floats.years[i]!);
  const positions: GatheredAsset['positions'] = {
    linearQuantity,
    linearEntry,
    linearSum: { quantity: linearQuantity.reduce((t, q) => t + q, 0), entryValue, size, grossEntry },
    optionQuantity: gather(options, (i) => floats.quantity[i]!),
    optionStrike: gather(options, (i) => floats.strike[i]!),
    optionYears: years,
    optionVolatility: gather(options, (i) => (Number.isNaN(floats.volatility[i]!) ? assetVolatility : floats.volatility[i]!) * volatilityScale),
    optionIsCall: rights(portfolio, options),
    optionPremium: gather(options, (i) => floats.premium[i]!),
    optionLnStrike: gather(options, (i) => Math.log(floats.strike[i]!)),
    optionSqrtYears: gather(options, (i) => Math.sqrt(Math.max(floats.years[i]!, 0))),
    optionDiscount: gather(options, (i) => (floats.years[i]! <= 0 || ctx.rate === 0 ? 1 : Math.exp(-ctx.rate * floats.years[i]!))),
    // Scratch, written and read within one repricing: books that share it never interleave.
    optionScratch: doubles(options.length),
  };
  const gathered = { positions, linear, options, volatilityScale, rate: ctx.rate, tables: new Map() };
  if (!list) floats.gathered.set(symbol, (list = []));
  list.push(gathered);
  return gathered;
}

/** The positions' maintenance table under one bracket table, made once per table. */
function tableOf(g: GatheredAsset, brackets: CompiledBrackets): LinearTable | null {
  let table = g.tables.get(brackets);
  if (table === undefined) {
    // Two positions or more: below that the direct sum is as quick as the search.
    const quantities = g.positions.linearQuantity;
    table = quantities.length > 1 && brackets.chains ? linearTable(brackets, quantities) : null;
    g.tables.set(brackets, table);
  }
  return table;
}

export function bookFloats(portfolio: Portfolio): BookFloats {
  const positions = portfolio.positions;
  const out = {
    quantity: doubles(positions.length), entryPrice: doubles(positions.length), strike: doubles(positions.length),
    years: doubles(positions.length), volatility: doubles(positions.length), premium: doubles(positions.length),
    collateral: doubles(positions.length),
    assetPrice: new Map(Object.entries(portfolio.assets).map(([s, a]) => [s, toDouble(a.price)])),
    assetBalance: new Map(Object.entries(portfolio.balances).map(([s, b]) => [s, toDouble(b)])),
    gathered: new Map(),
  };
  positions.forEach((p, i) => {
    out.quantity[i] = toDouble(p.quantity);
    out.collateral[i] = p.margin?.mode === 'isolated' ? toDouble(p.margin.collateral) : 0;
    if (p.type === 'option') {
      out.strike[i] = toDouble(p.strike);
      out.years[i] = yearsToExpiry(portfolio.asOf, p.expiry);
      out.volatility[i] = p.volatility ?? NaN;
      out.premium[i] = toDouble(p.premium);
    } else out.entryPrice[i] = toDouble(p.entryPrice);
  });
  return out;
}

/** 1 for each call among the positions at `indices`, 0 for each put. */
function rights(portfolio: Portfolio, indices: readonly number[]): Uint8Array {
  const out = new Uint8Array(indices.length);
  for (let j = 0; j < indices.length; j++) out[j] = (portfolio.positions[indices[j]!] as OptionPosition).right === 'call' ? 1 : 0;
  return out;
}

/** f of each index, into a new array: TypedArray.from with a map function takes V8's slow generic path. */
function gather(indices: readonly number[], f: (i: number) => number): Float64Array {
  const out = doubles(indices.length);
  for (let j = 0; j < indices.length; j++) out[j] = f(indices[j]!);
  return out;
}

/** Compile a book context once; every sweep then runs on the result. `floats` are the book's positions as doubles, when already read. */
export function compileBook(ctx: BookContext, floats: BookFloats = bookFloats(ctx.portfolio)): CompiledBook {
  const { portfolio } = ctx;
  const lending = ctx.rules.kind === 'lending';
  const scenarios = scenarioGrid(ctx.portfolioMargin);
  // Cross positions by asset (as indices into the book), in one pass.
  const linearByAsset = new Map<string, number[]>();
  const optionsByAsset = new Map<string, number[]>();
  if (!lending) {
    portfolio.positions.forEach(function groupByAsset(p, i) {
      if (p.margin?.mode === 'isolated') return;
      const byAsset = p.type === 'option' ? optionsByAsset : linearByAsset;
      const list = byAsset.get(p.asset);
      if (list) list.push(i);
      else byAsset.set(p.asset, [i]);
    });
  }
  const assets: CompiledAsset[] = ctx.assets.map(function compileAsset(symbol, index) {
    const rules = ctx.assetRules[symbol]!;
    const linear = linearByAsset.get(symbol) ?? [];
    const options = optionsByAsset.get(symbol) ?? [];
    // The pool's balance: the quote's is net of the isolated collateral, exact before it is a double.
    const balance = (symbol === portfolio.quote ? poolBalance(ctx, symbol)?.toNumber() : floats.assetBalance.get(symbol)) ?? 0;
    // The quote cannot move against itself: no scenario of the grid moves it (margin/risk-array.ts).
    const priceRange = symbol === portfolio.quote ? 0 : rules.priceRange;
    const brackets = compileBrackets(rules.maintenance, rules.initialRate);
    const gathered = gatherAsset(ctx, floats, symbol, linear, options);
    return {
      symbol, index, stable: ctx.stable[symbol]!, price: floats.assetPrice.get(symbol)!, balance,
      haircut: rules.haircut, liquidationThreshold: rules.liquidationThreshold, maxLtv: rules.maxLtv,
      brackets,
      ...gathered.positions,
      linearTable: ctx.rules.kind === 'exchange' ? tableOf(gathered, brackets) : null,
      priceRange,
      riskLinearQuantity: balance + gathered.positions.linearSum.quantity,
      worstScenarioLong: worstScenario(scenarios, priceRange, 1),
      worstScenarioShort: worstScenario(scenarios, priceRange, -1),
      exposed: balance !== 0 || linear.length + options.length > 0,
    };
  });
  const n = assets.length;
  const settings = ctx.portfolioMargin;
  // Only offsets between assets read correlations: the matrix is built for them alone.
  const offsets = ctx.rules.kind === 'portfolio' && settings.interAssetOffset;
  const correlation = new Float64Array(offsets ? n * n : 0);
  if (offsets) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) correlation[i * n + j] = ctx.correlation(assets[i]!.symbol, assets[j]!.symbol);
  let isolatedCollateral = 0;
  portfolio.positions.forEach((p, i) => {
    if (p.margin?.mode === 'isolated') isolatedCollateral += floats.collateral[i]!;
  });
  const quoteBorrow = Object.hasOwn(portfolio.assets, portfolio.quote) ? 0 : isolatedCollateralOf(portfolio).toNumber();
  return {
    assets,
    bySymbol: new Map(assets.map((a) => [a.symbol, a])),
    rules: {
      kind: ctx.rules.kind,
      optionMaintenanceRate: ctx.rules.optionMaintenanceRate,
      optionInitialRate: ctx.rules.optionInitialRate,
      optionInitialFloor: ctx.rules.optionInitialFloor,
      borrowMaintenanceRate: ctx.rules.borrowMaintenanceRate,
      borrowInitialRate: ctx.rules.borrowInitialRate,
      rate: ctx.rate,
      scenarios,
      volatilityShock: settings.volatilityShock,
      volatilityFactor: ctx.volatilityFactor,
      shortOptionMinimum: settings.shortOptionMinimum,
      interAssetOffset: settings.interAssetOffset,
      maxOffset: settings.maxOffset,
      maintenanceShare: settings.maintenanceShare,
    },
    isolatedCollateral,
    quoteBorrow,
    correlation,
    scenarioScratch: doubles(7 * scenarios.length),
  };
}
