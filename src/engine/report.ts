import type Decimal from 'decimal.js';
import { evaluateAccount, healthFactor, type AccountState } from './account';
import { curveMoves, DEFAULT_CURVE_RANGE, healthCurves } from './curves';
import { compareRegimes, type RegimeResult } from './efficiency';
import type { Portfolio } from './format/schema';
import { assetLiquidationPrices, jointLiquidationMoves } from './liquidation/prices';
import { lendingState } from './margin/lending';
import { dec, sum, toDecimalString, ZERO } from './money';
import type {
  AccountReport, AssetReport, EvaluateOptions, LendingReport, LiquidationPricesReport, PositionReport,
  RegimeEfficiency, Report, ReportWarning, TopUpReport,
} from './report-types';
import { portfolioMarginReport } from './portfolio-margin-report';
import { collateralTopUp } from './top-up';
import { jointlyMoved, makeContext, markPrices, type BookContext } from './valuation/context';
import { valueBalance } from './valuation/balance';
import { movedPrices, withPrices } from './what-if/copy';

const str = toDecimalString;
const strOrNull = (d: Decimal | null): string | null => (d === null ? null : str(d));
/** A fraction as the nearest double: full precision, so re-evaluating at it lands on health 1 again. */
const fraction = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());

function positionReports(ctx: BookContext, account: AccountState): PositionReport[] {
  return account.positions.map(({ position: p, valuation: v, isolated }) => {
    const isolatedHealth = isolated && !v.maintenanceMargin.isZero() ? isolated.marginBalance.div(v.maintenanceMargin) : null;
    const reason = isolated ? isolated.liquidationPriceReason : ctx.rules.kind === 'lending' ? 'a lending pool does not margin derivatives' : 'cross positions share the account\'s liquidation prices';
    return {
      id: p.id, type: p.type, asset: p.asset, quantity: str(p.quantity),
      marginMode: isolated ? 'isolated' : 'cross',
      notional: str(v.notional), unrealizedPnl: str(v.unrealizedPnl), markValue: str(v.markValue),
      initialMargin: str(v.initialMargin), maintenanceMargin: str(v.maintenanceMargin),
      marginBalance: isolated ? str(isolated.marginBalance) : null,
      liquidationPrice: isolated ? strOrNull(isolated.liquidationPrice) : null,
      ...(reason && !(isolated && isolated.liquidationPrice) ? { liquidationPriceReason: reason } : {}),
      healthFactor: strOrNull(isolatedHealth),
      delta: str(v.delta), gamma: str(v.gamma), vega: str(v.vega), theta: str(v.theta),
    };
  });
}

function assetReports(ctx: BookContext, account: AccountState): AssetReport[] {
  return ctx.assets.map((asset) => {
    const balance = ctx.portfolio.balances[asset] ?? ZERO;
    const price = account.prices[asset]!;
    const on = account.positions.filter((s) => s.position.asset === asset).map((s) => s.valuation);
    const b = valueBalance(ctx, asset, balance, price);
    return {
      asset, price: str(price), stable: ctx.stable[asset]!, balance: str(balance),
      delta: str(balance.plus(sum(on.map((v) => v.delta)))),
      gamma: str(sum(on.map((v) => v.gamma))), vega: str(sum(on.map((v) => v.vega))), theta: str(sum(on.map((v) => v.theta))),
      collateralValue: str(b.liability.isZero() ? (ctx.rules.kind === 'lending' ? b.weightedCollateral : b.collateralValue) : b.liability.neg()),
    };
  });
}

function hasExposure(ctx: BookContext, asset: string): boolean {
  const balance = ctx.portfolio.balances[asset];
  return (balance !== undefined && !balance.isZero()) || ctx.portfolio.positions.some((p) => p.asset === asset);
}

function liquidationPriceReports(ctx: BookContext, account: AccountState): Record<string, LiquidationPricesReport> {
  const out: Record<string, LiquidationPricesReport> = {};
  for (const asset of ctx.assets) {
    const price = account.prices[asset]!;
    const pair = hasExposure(ctx, asset) ? assetLiquidationPrices(ctx, account.prices, asset, account.pool) : { down: null, up: null };
    const move = (p: Decimal | null) => (p === null ? null : fraction(p.div(price).minus(1)));
    out[asset] = { down: strOrNull(pair.down), up: strOrNull(pair.up), downMove: move(pair.down), upMove: move(pair.up) };
  }
  return out;
}

function accountReport(ctx: BookContext, account: AccountState): AccountReport {
  const hf = healthFactor(ctx, account.maintenanceHealth);
  const joint = jointLiquidationMoves(ctx, account.prices);
  const nearest = [joint.down, joint.up].filter((m): m is Decimal => m !== null).sort((a, b) => a.abs().comparedTo(b.abs()))[0] ?? null;
  const adjusted = account.maintenanceHealth.numerator;
  const pricesAfter = (move: Decimal | null) =>
    move === null ? null : Object.fromEntries(Object.entries(jointlyMoved(ctx, account.prices, move.plus(1))).map(([s, p]) => [s, str(p)]));
  const { pool } = account;
  return {
    equity: str(account.equity),
    adjustedEquity: str(adjusted),
    initialMargin: str(account.initialMargin),
    maintenanceMargin: str(account.maintenanceMargin),
    healthFactor: strOrNull(hf.value),
    ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    marginRatio: adjusted.isPositive() && !adjusted.isZero() ? str(account.maintenanceHealth.requirement.div(adjusted)) : null,
    freeMargin: str(account.initialHealth.numerator.minus(account.initialHealth.requirement)),
    liquidatable: account.maintenanceHealth.numerator.lessThan(account.maintenanceHealth.requirement),
    distanceToLiquidation: fraction(nearest),
    liquidationPrices: liquidationPriceReports(ctx, account),
    jointMove: { down: fraction(joint.down), up: fraction(joint.up), downPrices: pricesAfter(joint.down), upPrices: pricesAfter(joint.up) },
    positions: positionReports(ctx, account),
    assets: assetReports(ctx, account),
    pool: {
      equity: str(account.poolEquity), adjustedEquity: str(account.poolAdjustedEquity),
      initialMargin: str(ctx.rules.kind === 'lending' ? ZERO : account.initialHealth.requirement),
      maintenanceMargin: str(ctx.rules.kind === 'lending' ? ZERO : account.maintenanceHealth.requirement),
      collateralValue: str(pool.collateralValue), liabilities: str(pool.liabilities),
      unrealizedPnl: str(pool.unrealizedPnl), optionValue: str(pool.optionValue),
    },
  };
}

function lendingReport(ctx: BookContext, account: AccountState): LendingReport {
  const l = lendingState(ctx, account);
  const hf = healthFactor(ctx, account.maintenanceHealth);
  return {
    collateralValue: str(l.collateralValue), weightedCollateral: str(l.weightedCollateral), debt: str(l.debt),
    healthFactor: strOrNull(hf.value), ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    borrowCapacity: str(l.borrowCapacity), closeFactor: l.closeFactor,
    liquidation: {
      maxRepayable: str(l.maxRepayable), bonusByAsset: l.bonusByAsset,
      collateralSeized: l.collateralSeized && { asset: l.collateralSeized.asset, quantity: str(l.collateralSeized.quantity), value: str(l.collateralSeized.value) },
    },
  };
}

function regime(r: RegimeResult): RegimeEfficiency {
  return { requiredCapital: str(r.requiredCapital), survivableMove: fraction(r.survivableMove), ...(r.survivableMoveReason ? { survivableMoveReason: r.survivableMoveReason } : {}) };
}

function warnings(ctx: BookContext): ReportWarning[] {
  const out: ReportWarning[] = [];
  const asOf = Date.parse(ctx.portfolio.asOf);
  ctx.portfolio.positions.forEach((p, i) => {
    if (ctx.rules.kind === 'lending') out.push({ path: `positions[${i}]`, message: 'the lending rule set margins balances only: this position is valued but not margined' });
    if (p.type !== 'perpetual' && Date.parse(p.expiry) <= asOf) out.push({ path: `positions[${i}].expiry`, message: p.type === 'option' ? 'expired: valued at its intrinsic value' : 'expired: settled at the mark price' });
  });
  return out;
}

/** The whole report for a parsed portfolio; what-if moves are applied to a copy first. */
export function buildReport(original: Portfolio, options: EvaluateOptions = {}): Report {
  const base = makeContext(original);
  const moves = Object.fromEntries(Object.entries(options.priceMoves ?? {}).map(([s, m]) => [s, dec(m)]));
  const hasMoves = Object.keys(moves).length > 0 || (options.jointMove ?? 0) !== 0;
  const portfolio = hasMoves ? withPrices(original, movedPrices(base, moves, options.jointMove ? dec(options.jointMove) : null)) : original;
  const ctx = hasMoves ? makeContext(portfolio) : base;
  const prices = markPrices(portfolio);
  const account = evaluateAccount(ctx, prices);
  const exchange = ctx.rules.kind !== 'lending';
  const efficiency = exchange && portfolio.positions.length > 0 ? compareRegimes(portfolio) : null;
  const crossSaving = efficiency && efficiency.isolated.requiredCapital.minus(efficiency.cross.requiredCapital);
  const topUps: TopUpReport[] = (options.topUps ?? []).map(({ asset, targetHealthFactor }) => {
    const t = collateralTopUp(ctx, prices, asset, targetHealthFactor);
    return {
      asset, targetHealthFactor, quantity: strOrNull(t.quantity), value: t.quantity && str(t.quantity.times(prices[asset]!)),
      ...(t.reason ? { reason: t.reason } : {}),
    };
  });
  const moveList = curveMoves(options.curveRange ?? DEFAULT_CURVE_RANGE);
  return {
    format: 'margin-lab/report', version: 1,
    name: portfolio.name, asOf: portfolio.asOf, quote: portfolio.quote,
    rules: { name: ctx.rules.name, title: ctx.rules.title, source: ctx.rules.source, date: ctx.rules.date, kind: ctx.rules.kind },
    account: accountReport(ctx, account),
    lending: exchange ? null : lendingReport(ctx, account),
    efficiency: efficiency && crossSaving && {
      isolated: regime(efficiency.isolated),
      cross: regime(efficiency.cross),
      portfolio: regime(efficiency.portfolio),
      crossSaving: {
        money: str(crossSaving),
        fraction: efficiency.isolated.requiredCapital.isZero() ? null : fraction(crossSaving.div(efficiency.isolated.requiredCapital)),
      },
    },
    ...(efficiency ? {} : { efficiencyReason: exchange ? 'the book has no derivative positions to compare' : 'a lending account has no derivative positions to margin' }),
    portfolioMargin: exchange ? portfolioMarginReport(portfolio) : null,
    healthCurves: { moves: moveList, curves: healthCurves(ctx, prices, moveList) },
    topUps,
    warnings: warnings(ctx),
  };
}
