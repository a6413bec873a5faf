import type Decimal from 'decimal.js';
import { Dec, minDec, sum, ZERO } from '../money';
import type { AssetSymbol } from '../types';
import type { BookContext } from '../valuation/context';

/** What the pool keeps of an asset's risk array: enough to aggregate. */
export interface AssetRisk {
  worstLoss: Decimal;
  shortOptionCharge: Decimal;
  direction: 1 | -1;
}

export interface PortfolioRequirement {
  /** Σ of the assets' requirements before any offset. */
  sumOfRequirements: Decimal;
  /** Credit for offsets between assets (0 unless enabled). */
  offset: Decimal;
  initialMargin: Decimal;
  maintenanceMargin: Decimal;
}

/**
 * Account requirement from the assets' risk arrays. With offsets enabled, the worst losses are
 * combined as correlated risks, signed by the direction that hurts each asset:
 *   combined = √(Σᵢ Σⱼ ρᵢⱼ sᵢ sⱼ Lᵢ Lⱼ),   credit = min(Σ Lᵢ − combined, maxOffset × Σ Lᵢ)
 * so two assets that fall together (ρ = 1, same direction) earn nothing, a long hedged by a short
 * of a correlated asset earns most, and no credit passes the cap. Short option charges never offset.
 */
export function portfolioRequirement(ctx: BookContext, risks: Readonly<Record<AssetSymbol, AssetRisk>>): PortfolioRequirement {
  const settings = ctx.portfolioMargin;
  const entries = Object.entries(risks);
  const losses = sum(entries.map(([, r]) => r.worstLoss));
  const charges = sum(entries.map(([, r]) => r.shortOptionCharge));
  let offset = ZERO;
  if (settings.interAssetOffset && entries.length > 1) {
    let variance = ZERO;
    for (const [a, ra] of entries) {
      for (const [b, rb] of entries) {
        variance = variance.plus(ra.worstLoss.times(rb.worstLoss).times(ctx.correlation(a, b) * ra.direction * rb.direction));
      }
    }
    const combined = variance.isNegative() ? ZERO : variance.sqrt();
    offset = minDec(losses.minus(combined), losses.times(settings.maxOffset));
    if (offset.isNegative()) offset = ZERO;
  }
  const initialMargin = losses.minus(offset).plus(charges);
  return {
    sumOfRequirements: losses.plus(charges),
    offset,
    initialMargin,
    maintenanceMargin: initialMargin.times(new Dec(settings.maintenanceShare)),
  };
}
