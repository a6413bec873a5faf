import type { Portfolio } from './format/schema';
import { portfolioRequirement, type AssetRisk } from './margin/portfolio';
import { assetRiskArray } from './margin/risk-array';
import { toDecimalString as str } from './money';
import type { PortfolioMarginReport } from './report-types';
import { makeContext, markPrices } from './valuation/context';

/** The book under portfolio margin: each asset's risk array and why the requirement is what it is. */
export function portfolioMarginReport(portfolio: Portfolio): PortfolioMarginReport {
  const ctx = makeContext({ ...portfolio, rules: 'portfolio' });
  const prices = markPrices(portfolio);
  const exposed = ctx.assets.filter((a) => !(portfolio.balances[a] ?? { isZero: () => true }).isZero() || portfolio.positions.some((p) => p.asset === a && p.margin?.mode !== 'isolated'));
  const arrays = exposed.map((asset) => assetRiskArray(ctx, asset, prices[asset]!));
  const risks: Record<string, AssetRisk> = Object.fromEntries(arrays.map((r) => [r.asset, r]));
  const total = portfolioRequirement(ctx, risks);
  return {
    grid: ctx.portfolioMargin.grid,
    volatilityShock: ctx.portfolioMargin.volatilityShock,
    interAssetOffset: ctx.portfolioMargin.interAssetOffset,
    assets: arrays.map((r) => {
      const w = r.scenarios[r.worst]!;
      return {
        asset: r.asset, priceRange: r.priceRange, requirement: str(r.requirement), worstLoss: str(r.worstLoss), shortOptionCharge: str(r.shortOptionCharge),
        worstScenario: { move: r.moves[r.worst]!, volatility: w.volatility, extreme: w.extreme, weight: w.weight },
        scenarios: r.scenarios.map((s, i) => ({ move: r.moves[i]!, volatility: s.volatility, extreme: s.extreme, weight: s.weight, loss: str(r.losses[i]!) })),
      };
    }),
    sumOfRequirements: str(total.sumOfRequirements),
    offset: str(total.offset),
    initialMargin: str(total.initialMargin),
    maintenanceMargin: str(total.maintenanceMargin),
    source: ctx.rules.source,
  };
}
