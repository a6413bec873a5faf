import type Decimal from 'decimal.js';
import { healthFactor, type AccountState } from './account';
import type { AssetFigures } from './asset-figures';
import type { Evaluation } from './evaluation';
import type { SolvedRoot } from './solved-roots';
import type { SolvencyDelta } from './solvency';
import type { HealthReading } from './health-reading';
import type { KernelRegime } from './kernel/efficiency';
import { solvedString, sweptMoney } from './kernel/format';
import type { LendingState } from './margin/lending';
import { poolBalance } from './margin/pool';
import { RULE_SETS } from './rules';
import { ownRecord } from './records';
import { dec, ZERO } from './money';
import { toDecimalString } from './decimal-string';
import { toDouble } from './short-decimals';
import type {
  AccountReport, AssetReport, HealthReport, LendingReport, LiquidationPricesReport, PortfolioMarginReport, PositionReport,
  RegimeEfficiency, Report, SolvencyDeltaReport, TopUpReport,
} from './report-types';
import { jointlyMoved, type BookContext } from './valuation/context';

// toReport(): an evaluation as the report other tools read. It formats; it computes nothing that
// the evaluation does not already hold (a division or a difference of two figures at most).

const str = toDecimalString;
const strOrNull = (d: Decimal | null): string | null => (d === null ? null : str(d));

function positionReports(e: Evaluation): PositionReport[] {
  const { ctx, account } = e;
  const crossReason = ctx.rules.kind === 'lending' ? 'a lending pool does not margin derivatives' : 'cross positions share the account\'s liquidation prices';
  const positions = account.positions;
  const out: PositionReport[] = [];
  for (let i = 0; i < positions.length; i++) {
    const { position: p, valuation: v, isolated } = positions[i]!;
    const liquidation = isolated ? e.isolatedLiquidation.get(i) ?? null : null;
    const reason = isolated ? liquidation?.reason : crossReason;
    const id = p.id, type = p.type, asset = p.asset, quantity = str(p.quantity), marginMode = isolated ? 'isolated' as const : 'cross' as const;
    const notional = str(v.notional), unrealizedPnl = str(v.unrealizedPnl), markValue = str(v.markValue);
    const initialMargin = str(v.initialMargin), maintenanceMargin = str(v.maintenanceMargin);
    const marginBalance = isolated ? str(isolated.marginBalance) : null;
    const liquidationPrice = liquidation ? strOrNull(liquidation.price) : null;
    const healthFactor = isolated && !v.maintenanceMargin.isZero() ? str(isolated.marginBalance.div(v.maintenanceMargin)) : null;
    const flags = e.positionFlags[i] ?? [];
    const g = v.greeks;
    const delta = g ? solvedString(g.delta) : quantity;
    const gamma = g ? solvedString(g.gamma) : '0', vega = g ? solvedString(g.vega) : '0', theta = g ? solvedString(g.theta) : '0';
    // Two literals rather than a conditional spread: the reason's place in the key order is fixed
    // (the JSON must not change), and a spread in the middle builds each of the thousand objects slowly.
    out.push(reason && !liquidation?.price
      ? {
        id, type, asset, quantity, marginMode, notional, unrealizedPnl, markValue, initialMargin, maintenanceMargin, marginBalance, liquidationPrice,
        liquidationPriceReason: reason, healthFactor, flags, delta, gamma, vega, theta,
      }
      : { id, type, asset, quantity, marginMode, notional, unrealizedPnl, markValue, initialMargin, maintenanceMargin, marginBalance, liquidationPrice, healthFactor, flags, delta, gamma, vega, theta });
  }
  return out;
}

function assetReports(assets: readonly AssetFigures[]): AssetReport[] {
  return assets.map((a) => ({
    asset: a.asset, price: str(a.price), stable: a.stable, balance: str(a.balance),
    delta: str(a.delta), gamma: solvedString(a.gamma), vega: solvedString(a.vega), theta: solvedString(a.theta), collateralValue: str(a.collateralValue),
  }));
}

/** A solved root as the report prints it: every digit of the double, or the exact decimal where it was polished. */
const rootString = (r: SolvedRoot | null): string | null => (r === null ? null : r.exact ? str(r.exact) : solvedString(r.value));
/** The root as a move from a price (a fraction), at full double precision. */
const moveFrom = (r: SolvedRoot | null, price: Decimal): number | null => (r === null ? null : r.exact ? r.exact.div(price).minus(1).toNumber() : r.value / toDouble(price) - 1);

function liquidationPriceReports(e: Evaluation): Record<string, LiquidationPricesReport> {
  const out: Record<string, LiquidationPricesReport> = Object.create(null) as Record<string, LiquidationPricesReport>;
  for (const [asset, pair] of e.liquidationPrices) {
    const price = e.account.prices[asset]!;
    const report: LiquidationPricesReport = { down: rootString(pair.down), up: rootString(pair.up), downMove: moveFrom(pair.down, price), upMove: moveFrom(pair.up, price) };
    // Set after, not spread in: the same key order, without copying the object once per asset.
    if (pair.reason) report.reason = pair.reason;
    out[asset] = report;
  }
  return out;
}

function solvencyReport(s: SolvencyDelta): SolvencyDeltaReport {
  const ratio = (x: { requirement: Decimal; equity: Decimal }) => (x.requirement.isZero() ? null : x.equity.div(x.requirement).toNumber());
  const before = ratio(s.before);
  const after = ratio(s.after);
  return {
    regime: s.regime,
    requirement: str(s.after.requirement.minus(s.before.requirement)),
    equity: str(s.after.equity.minus(s.before.equity)),
    ratio: before === null || after === null ? null : after - before,
    before: { requirement: str(s.before.requirement), equity: str(s.before.equity), ratio: before },
    after: { requirement: str(s.after.requirement), equity: str(s.after.equity), ratio: after },
    equivalentJointMove: s.equivalentJointMove,
    ...(s.equivalentJointMove === null ? { equivalentJointMoveReason: 'the regime does no damage, or no joint move between −100 % and +99 900 % does as much' } : {}),
  };
}

function healthReport(h: HealthReading): HealthReport {
  return {
    measure: h.measure, value: strOrNull(h.value), ...(h.reason ? { reason: h.reason } : {}),
    liquidated: h.liquidated, zone: h.zone, nearestLiquidation: h.nearest && { ...h.nearest },
  };
}

function accountReport(e: Evaluation): AccountReport {
  const { ctx, account } = e;
  const hf = healthFactor(ctx, account.maintenanceHealth);
  const factor = e.jointFactor;
  const one = dec(1);
  const joint = { down: moveFrom(factor.down, one), up: moveFrom(factor.up, one) };
  const nearest = [joint.down, joint.up].filter((m): m is number => m !== null).sort((a, b) => Math.abs(a) - Math.abs(b))[0] ?? null;
  const adjusted = account.maintenanceHealth.numerator;
  const pricesAfter = (k: SolvedRoot | null) =>
    k === null ? null : ownRecord(Object.entries(jointlyMoved(ctx, account.prices, k.exact ?? dec(k.value))).map(([s, p]) => [s, str(p)] as const));
  const { pool } = account;
  return {
    equity: str(account.equity),
    adjustedEquity: str(adjusted),
    initialMargin: str(account.initialMargin),
    maintenanceMargin: str(account.maintenanceMargin),
    healthFactor: strOrNull(hf.value),
    ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    marginRatio: adjusted.isPositive() && !adjusted.isZero() ? str(account.maintenanceHealth.requirement.div(adjusted)) : null,
    health: healthReport(e.health),
    freeMargin: str(account.initialHealth.numerator.minus(account.initialHealth.requirement)),
    liquidatable: account.maintenanceHealth.numerator.lessThan(account.maintenanceHealth.requirement),
    distanceToLiquidation: nearest,
    liquidationPrices: liquidationPriceReports(e),
    ...(e.solvency ? { solvencyDelta: solvencyReport(e.solvency) } : {}),
    jointMove: { down: joint.down, up: joint.up, downPrices: pricesAfter(factor.down), upPrices: pricesAfter(factor.up) },
    positions: positionReports(e),
    assets: assetReports(e.assets),
    pool: {
      equity: str(account.poolEquity), adjustedEquity: str(account.poolAdjustedEquity),
      initialMargin: str(ctx.rules.kind === 'lending' ? ZERO : account.initialHealth.requirement),
      maintenanceMargin: str(ctx.rules.kind === 'lending' ? ZERO : account.maintenanceHealth.requirement),
      collateralValue: str(pool.collateralValue), liabilities: str(pool.liabilities),
      unrealizedPnl: str(pool.unrealizedPnl), optionValue: str(pool.optionValue),
      isolatedCollateral: str(account.isolatedCollateral),
      quoteBalance: str(poolBalance(ctx, ctx.portfolio.quote) ?? ZERO),
    },
  };
}

function lendingReport(ctx: BookContext, account: AccountState, l: LendingState): LendingReport {
  const hf = healthFactor(ctx, account.maintenanceHealth);
  return {
    collateralValue: str(l.collateralValue), weightedCollateral: str(l.weightedCollateral), debt: str(l.debt),
    healthFactor: strOrNull(hf.value), ...(hf.reason ? { healthFactorReason: hf.reason } : {}),
    borrowCapacity: str(l.borrowCapacity), closeFactor: l.closeFactor,
    liquidation: {
      maxRepayable: str(l.maxRepayable), repayAllowedByCloseFactor: str(l.repayAllowedByCloseFactor), bonusByAsset: l.bonusByAsset,
      collateralSeized: l.collateralSeized && {
        asset: l.collateralSeized.asset, quantity: str(l.collateralSeized.quantity), value: str(l.collateralSeized.value),
        price: str(l.collateralSeized.price), pricedAt: l.collateralSeized.pricedAt,
      },
    },
  };
}

function regime(r: KernelRegime): RegimeEfficiency {
  return { requiredCapital: sweptMoney(r.requiredCapital), survivableMove: r.survivableMove, ...(r.survivableMoveReason ? { survivableMoveReason: r.survivableMoveReason } : {}) };
}

function portfolioMarginReport(e: Evaluation): PortfolioMarginReport | null {
  const pm = e.portfolioMargin;
  if (!pm) return null;
  const settings = e.ctx.portfolioMargin;
  return {
    grid: settings.grid,
    volatilityShock: settings.volatilityShock,
    interAssetOffset: settings.interAssetOffset,
    assets: pm.arrays.map((r) => {
      const w = r.scenarios[r.worst]!;
      return {
        asset: r.asset, priceRange: r.priceRange, requirement: sweptMoney(r.requirement), worstLoss: sweptMoney(r.worstLoss), shortOptionCharge: sweptMoney(r.shortOptionCharge),
        worstScenario: { move: r.moves[r.worst]!, volatility: w.volatility, extreme: w.extreme, weight: w.weight },
        scenarios: r.scenarios.map((s, i) => ({ move: r.moves[i]!, volatility: s.volatility, extreme: s.extreme, weight: s.weight, loss: sweptMoney(r.losses[i]!) })),
      };
    }),
    sumOfRequirements: sweptMoney(pm.sumOfRequirements),
    offset: sweptMoney(pm.offset),
    initialMargin: sweptMoney(pm.initialMargin),
    maintenanceMargin: sweptMoney(pm.maintenanceMargin),
    source: RULE_SETS.portfolio.source,
  };
}

/** The report of an evaluation: formatting only. */
export function toReport(e: Evaluation): Report {
  const { ctx, portfolio, account, efficiency } = e;
  const exchange = ctx.rules.kind !== 'lending';
  const crossSaving = efficiency && efficiency.isolated.requiredCapital - efficiency.cross.requiredCapital;
  const topUps: TopUpReport[] = e.topUps.map(({ asset, targetHealthFactor, quantity, price }) => ({
    asset, targetHealthFactor,
    quantity: quantity === null ? null : solvedString(quantity),
    value: quantity === null ? null : sweptMoney(quantity * price.toNumber()),
    ...(quantity === null ? { reason: `adding ${asset} does not raise the health factor to ${targetHealthFactor} (it counts for nothing as collateral here)` } : {}),
  }));
  return {
    format: 'margin-lab/report', version: 1,
    name: portfolio.name, asOf: portfolio.asOf, quote: portfolio.quote,
    rules: { name: ctx.rules.name, title: ctx.rules.title, source: ctx.rules.source, date: ctx.rules.date, kind: ctx.rules.kind },
    account: accountReport(e),
    lending: e.lending && lendingReport(ctx, account, e.lending),
    efficiency: efficiency && crossSaving !== null ? {
      isolated: regime(efficiency.isolated),
      cross: regime(efficiency.cross),
      portfolio: regime(efficiency.portfolio),
      crossSaving: {
        money: sweptMoney(crossSaving),
        fraction: efficiency.isolated.requiredCapital === 0 ? null : crossSaving / efficiency.isolated.requiredCapital,
      },
    } : null,
    ...(efficiency ? {} : { efficiencyReason: exchange ? 'the book has no derivative positions to compare' : 'a lending account has no derivative positions to margin' }),
    portfolioMargin: portfolioMarginReport(e),
    healthCurves: e.curves,
    topUps,
    warnings: e.warnings,
  };
}
