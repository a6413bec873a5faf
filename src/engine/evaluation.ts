import type Decimal from 'decimal.js';
import { evaluateAccount, isolatedShortfall, type AccountState } from './account';
import { exposedAssets } from './exposure';
import { assetFigures, type AssetFigures } from './asset-figures';
import { curveMoves, DEFAULT_CURVE_RANGE } from './curves';
import type { Portfolio } from './format/schema';
import { compileBook, bookFloats, type CompiledBook, type BookFloats } from './kernel/book';
import { healthReading, type HealthReading, type LiquidationMove } from './health-reading';
import { healthCurves, type KernelCurve } from './kernel/curves';
import { compareRegimes, type KernelEfficiency } from './kernel/efficiency';
import { assetLiquidationPrices, assetRootIsDouble, jointLiquidationFactors, jointRootIsDouble } from './kernel/liquidation';
import { healthAlongAsset, healthAlongJointMove } from './liquidation/prices';
import { poolAt, type PoolRows } from './kernel/pool';
import { compilePosition, isolatedLiquidationPrice } from './kernel/position';
import { portfolioMarginArrays, type KernelPortfolioMargin } from './kernel/risk-array';
import { collateralTopUp } from './kernel/top-up';
import { polishIsolatedLinear } from './margin/isolated';
import { lendingState, type LendingState } from './margin/lending';
import { solvedPair, type SolvedPair, type SolvedRoot } from './solved-roots';
import { solvencyDelta, type SolvencyDelta } from './solvency';
import { dec } from './money';
import { toDecimalString } from './decimal-string';
import { toDouble } from './short-decimals';
import { yearsToExpiry } from './pricing/black76';
import { ownRecord } from './records';
import type { EvaluateOptions, ReportWarning } from './report-types';
import type { MaintenanceBracket } from './rules';
import { makeContext, markPrices, type BookContext } from './valuation/context';
import { movedPrices, withPrices } from './what-if/copy';

// evaluateBook(): the book's figures, built in named stages. What is reported at today's prices
// (balances, equity, margins, PnL) is exact decimal arithmetic; every sweep runs on the compiled
// Float64 kernel. toReport() (report.ts) only formats what this returns.

/** Liquidation of an isolated position: the price (exact where the closed form holds), or why there is none. */
export interface IsolatedLiquidation {
  price: Decimal | null;
  reason?: string;
}

export interface TopUpEvaluation {
  asset: string;
  targetHealthFactor: number;
  quantity: number | null;
  price: Decimal;
}

export interface Evaluation {
  /** The book as evaluated: what-if moves already applied to its prices. */
  portfolio: Portfolio;
  ctx: BookContext;
  book: CompiledBook;
  /** Stage "value" and "requirements": the account at today's prices, exact. */
  account: AccountState;
  /** Stage "assets": each asset's balance and collateral value (exact) and greeks (the model's doubles, summed). */
  assets: AssetFigures[];
  /** Isolated positions' liquidation, by position index. */
  isolatedLiquidation: ReadonlyMap<number, IsolatedLiquidation>;
  /** Stage "liquidation": per asset with exposure, the pool's liquidation prices (others held). */
  liquidationPrices: ReadonlyMap<string, SolvedPair>;
  /** Price factors of a joint move of every non-stable asset at which the pool reaches health 1 (0.77: all fall 23 %). */
  jointFactor: SolvedPair;
  /** Stage "efficiency": null for a lending book or a book with no derivative. */
  efficiency: KernelEfficiency | null;
  /** Stage "curves". */
  curves: { moves: number[]; curves: KernelCurve[] };
  /** Stage "portfolio margin": the book's risk arrays (exchange and portfolio rule sets). */
  portfolioMargin: KernelPortfolioMargin | null;
  topUps: TopUpEvaluation[];
  /** Lending rule sets: close factor, repayable debt, collateral seized. */
  lending: LendingState | null;
  /** Stage "dynamic margin": what the book's regime does with prices held; null with no regime. */
  solvency: SolvencyDelta | null;
  /** Stage "health": the ratio as the rule set's venues name it, and the zone by distance in daily σ. */
  health: HealthReading;
  /** By position index: at or past liquidation, expired, isolated without collateral. */
  positionFlags: PositionFlag[][];
  warnings: ReportWarning[];
}

export type PositionFlag = 'liquidatable' | 'expired' | 'no-collateral';

/**
 * Flags of each position: an isolated one at or past its own liquidation (margin balance ≤ its
 * maintenance), a cross one when the pool it shares is liquidated, a dated one at or past expiry.
 */
function positionFlagsOf(ctx: BookContext, account: AccountState, poolLiquidated: boolean, expired: readonly boolean[]): PositionFlag[][] {
  return account.positions.map(({ valuation, isolated }, i) => {
    const flags: PositionFlag[] = [];
    if (isolated) {
      const atLiquidation = valuation.maintenanceMargin.isPositive() ? isolated.marginBalance.lessThanOrEqualTo(valuation.maintenanceMargin) : isolated.marginBalance.isNegative();
      if (atLiquidation) flags.push('liquidatable');
      if (!isolated.collateral.greaterThan(0)) flags.push('no-collateral');
    } else if (poolLiquidated && ctx.rules.kind !== 'lending') flags.push('liquidatable');
    if (expired[i]) flags.push('expired');
    return flags;
  });
}

/** The moves to liquidation the liquidation stage found, as fractions of today's prices. */
function liquidationMoves(account: AccountState, liquidationPrices: ReadonlyMap<string, SolvedPair>, jointFactor: SolvedPair): LiquidationMove[] {
  const out: LiquidationMove[] = [];
  const moveOf = (r: SolvedRoot, price: Decimal) => (r.exact ? r.exact.div(price).minus(1).toNumber() : r.value / toDouble(price) - 1);
  for (const [asset, pair] of liquidationPrices) {
    const price = account.prices[asset]!;
    if (price.isZero()) continue;
    for (const r of [pair.down, pair.up]) if (r) out.push({ along: asset, move: moveOf(r, price) });
  }
  for (const r of [jointFactor.down, jointFactor.up]) if (r) out.push({ along: 'joint', move: moveOf(r, dec(1)) });
  return out;
}

/** Brackets of a file's own that do not chain: the requirement jumps where one ends and the next begins. */
function bracketsThatJump(brackets: readonly MaintenanceBracket[]): number | null {
  for (let k = 1; k < brackets.length; k++) {
    const previous = brackets[k - 1]!;
    if (previous.upTo === null) return null;
    const continuous = previous.amount.plus(previous.upTo.times(brackets[k]!.rate - previous.rate));
    if (!continuous.minus(brackets[k]!.amount).abs().lessThanOrEqualTo('1e-9')) return k;
  }
  return null;
}

/** By position index: a dated position at or past its expiry. */
function expiredPositions(portfolio: Portfolio): boolean[] {
  return portfolio.positions.map((p) => p.type !== 'perpetual' && yearsToExpiry(portfolio.asOf, p.expiry) <= 0);
}

/** Stage "warnings": what the figures rest on that a trader should know. */
function warningsOf(ctx: BookContext, expired: readonly boolean[]): ReportWarning[] {
  const out: ReportWarning[] = [];
  ctx.portfolio.positions.forEach((p, i) => {
    if (ctx.rules.kind === 'lending') out.push({ path: `positions[${i}]`, message: 'the lending rule set margins balances only: this position is valued but not margined' });
    if (expired[i]) out.push({ path: `positions[${i}].expiry`, message: p.type === 'option' ? 'expired: valued at its intrinsic value' : 'expired: settled at the mark price' });
  });
  const shortfall = isolatedShortfall(ctx.portfolio);
  if (shortfall.greaterThan(0)) {
    // Name the position whose collateral first goes past the quote cash: where the user can act.
    const { quote, balances, positions } = ctx.portfolio;
    const cash = Object.hasOwn(balances, quote) ? balances[quote]! : dec(0);
    let drawn = dec(0);
    const i = positions.findIndex((p) => p.margin?.mode === 'isolated' && (drawn = drawn.plus(p.margin.collateral)).greaterThan(cash.isPositive() ? cash : 0));
    out.push({
      path: `positions[${i}].margin.collateral`,
      message: `the isolated collateral comes to more than the ${toDecimalString(cash)} ${quote} the balances hold: ${toDecimalString(shortfall)} ${quote} the account does not have. The pool carries it as a borrow of ${quote}, ${ctx.rules.kind === 'lending' ? 'counted as debt' : 'margined as any borrow'}; add the ${quote} to balances, or lower the collateral`,
    });
  }
  for (const [asset, override] of Object.entries(ctx.portfolio.overrides)) {
    const k = override.maintenance ? bracketsThatJump(ctx.assetRules[asset]!.maintenance) : null;
    if (k !== null) {
      out.push({
        path: `overrides.${asset}.maintenance[${k}].amount`,
        message: 'these brackets do not chain: the requirement jumps at the bracket bound (the amount that keeps it continuous is the previous amount + its upTo × the difference of the rates); liquidation prices are the first crossing, at the jump where it falls there',
      });
    }
  }
  return out;
}

/** Stage "parse" happened before (parsePortfolio); this applies the what-if moves to a copy. */
function withWhatIf(withoutRegime: Portfolio, options: EvaluateOptions): Portfolio {
  // The regime option lays over the file's own: it is part of the book as evaluated.
  const original = options.regime ? { ...withoutRegime, regime: { ...withoutRegime.regime, ...options.regime } } : withoutRegime;
  const moves = ownRecord(Object.entries(options.priceMoves ?? {}).map(([s, m]) => [s, dec(m)] as const));
  const hasMoves = Object.keys(moves).length > 0 || (options.jointMove ?? 0) !== 0;
  if (!hasMoves) return original;
  return withPrices(original, movedPrices(makeContext(original), moves, options.jointMove ? dec(options.jointMove) : null));
}

function isolatedLiquidations(ctx: BookContext, account: AccountState, floats: BookFloats): Map<number, IsolatedLiquidation> {
  const out = new Map<number, IsolatedLiquidation>();
  const brackets = new Map();
  account.positions.forEach(({ position: p, isolated }, i) => {
    if (!isolated) return;
    if (p.quantity.isZero()) {
      out.set(i, { price: null, reason: 'the position is empty' });
      return;
    }
    const compiled = compilePosition(ctx, p, floats, i, brackets);
    const mark = account.prices[p.asset]!;
    const root = isolatedLiquidationPrice(compiled, toDouble(isolated.collateral), toDouble(mark));
    if (root === null) {
      const reason = p.type !== 'option' ? 'the collateral covers a fall of the price to zero'
        : p.quantity.isNegative() ? 'no price within 0 … 1000× today liquidates it' : 'a long option needs no maintenance margin';
      out.set(i, { price: null, reason });
      return;
    }
    // Linear positions: the venue's closed form in the bracket the kernel found, so the figure is exact.
    const price = p.type === 'option' ? dec(root) : polishIsolatedLinear({
      quantity: p.quantity, entryPrice: p.entryPrice, collateral: isolated.collateral,
      brackets: ctx.assetRules[p.asset]!.maintenance, maintenanceValuedAt: ctx.rules.maintenanceValuedAt,
    }, root);
    out.set(i, { price });
  });
  return out;
}

/** The whole evaluation of a parsed portfolio. */
export function evaluateBook(original: Portfolio, options: EvaluateOptions = {}): Evaluation {
  const portfolio = withWhatIf(original, options);
  const ctx = makeContext(portfolio);
  const prices = markPrices(portfolio);
  // value → requirements → health: exact, at today's prices.
  const account = evaluateAccount(ctx, prices);
  // compile: once; every sweep below runs on it.
  const floats = bookFloats(portfolio);
  const book = compileBook(ctx, floats);
  const pool: PoolRows = poolAt(book);
  // liquidation
  const liquidationPrices = new Map<string, SolvedPair>();
  const exposed = exposedAssets(portfolio);
  for (const a of book.assets) {
    if (a.symbol === portfolio.quote) {
      // Every figure is in the quote: its "price" is 1 by definition and no move of it exists.
      liquidationPrices.set(a.symbol, { down: null, up: null, reason: 'the quote currency is the unit of account: its price cannot move against itself' });
      continue;
    }
    if (!exposed.has(a.symbol)) {
      liquidationPrices.set(a.symbol, { down: null, up: null });
      continue;
    }
    liquidationPrices.set(a.symbol, solvedPair(
      assetLiquidationPrices(book, pool, a.index),
      (root) => assetRootIsDouble(book, pool, a.index, root),
      () => healthAlongAsset(ctx, prices, a.symbol, account.pool),
    ));
  }
  const kernelJoint = jointLiquidationFactors(book, pool);
  const jointFactor = solvedPair(kernelJoint, (k) => jointRootIsDouble(book, pool, k), () => {
    const alongMove = healthAlongJointMove(ctx, prices);
    return (k: Decimal) => alongMove(k.minus(1));
  });
  const exchange = ctx.rules.kind !== 'lending';
  // The book under the portfolio rule set's grid, whatever its own rule set (isolated positions stay
  // out): the portfolio-margin stage reads it, and so does the portfolio regime when nothing is isolated.
  let portfolioBook: { book: CompiledBook; pool: PoolRows } | undefined;
  const contexts = [ctx];
  if (exchange) {
    const portfolioCtx = ctx.rules.kind === 'portfolio' ? null : makeContext({ ...portfolio, rules: 'portfolio' });
    if (portfolioCtx) contexts.push(portfolioCtx);
    const compiled = portfolioCtx ? compileBook(portfolioCtx, floats) : book;
    portfolioBook = { book: compiled, pool: compiled === book ? pool : poolAt(compiled) };
  }
  // efficiency
  const efficiency = exchange && portfolio.positions.length > 0 ? compareRegimes(portfolio, { book, pool, jointFactor: kernelJoint }, floats, portfolioBook, contexts) : null;
  // curves
  const moves = curveMoves(options.curveRange ?? DEFAULT_CURVE_RANGE);
  const curves = { moves, curves: healthCurves(book, pool, moves) };
  // portfolio margin: the book under the portfolio rule set's grid, whatever its own rule set.
  const portfolioMargin: KernelPortfolioMargin | null = portfolioBook ? portfolioMarginArrays(portfolioBook.book, portfolioBook.pool) : null;
  const topUps = (options.topUps ?? []).map(({ asset, targetHealthFactor }) => {
    const a = book.bySymbol.get(asset)!;
    return { asset, targetHealthFactor, quantity: collateralTopUp(book, pool, a.index, targetHealthFactor), price: prices[asset]! };
  });
  const health = healthReading(ctx, account, liquidationMoves(account, liquidationPrices, jointFactor));
  const expired = expiredPositions(portfolio);
  const positionFlags = positionFlagsOf(ctx, account, health.liquidated, expired);
  const assets = assetFigures(ctx, account);
  const isolatedLiquidation = isolatedLiquidations(ctx, account, floats);
  const lending = exchange ? null : lendingState(ctx, account);
  const solvency = solvencyDelta(portfolio, floats);
  const warnings = warningsOf(ctx, expired);
  return {
    health, positionFlags, portfolio, ctx, book, account, assets, isolatedLiquidation,
    liquidationPrices, jointFactor, efficiency, curves, portfolioMargin, topUps, lending, solvency, warnings,
  };
}
