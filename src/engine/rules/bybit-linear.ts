import { dec } from '../money';
import { bracketsFromRates } from './brackets';
import type { AssetRules, RuleSet } from './types';
import { exchangeAccount, marginStablecoin, notLending } from './common-assets';

// bybit-linear: Bybit USDT perpetuals (v5 linear).
// - Risk-limit tiers: maintenance = position value × MMR − mmDeduction (Bybit help centre,
//   "Liquidation Price (USDT Contract)": "Maintenance Margin (MM) = (Position Value x MMR) −
//   Maintenance Margin Deduction"; GET /v5/market/risk-limit returns riskLimitValue,
//   maintenanceMargin, initialMargin, maxLeverage, mmDeduction per tier). Since 2024-03-12 the
//   tier follows the position's value by itself (Bybit API docs, "Set Risk Limit", abandoned).
// - Tier tables modelled on Bybit's BTCUSDT and ETHUSDT risk-limit tables (2023–2024: BTCUSDT
//   2,000,000 per tier from 0.5 %, ETHUSDT 1,000,000 per tier from 0.5 %; 100× at the first tier),
//   not copied live: an import carries the venue's own tiers (`riskLimit`) in `overrides`.
// - Isolated positions: maintenance valued at ENTRY, LP = entry − side · (IM − MM) / size (the same
//   help-centre page; its example 1 BTC at 20,000, 50×, MMR 0.5 % → 19,700 is a test).
// - Cross (Unified Trading Account): liquidation when maintenance ≥ margin balance, with
//   collateral counted at its collateral value ratio (Bybit help centre, "Collateral value ratio",
//   2024: BTC and ETH tiered from 95 %; modelled as a 5 % haircut).

/** Tiers of `step` notional each, the rate rising by `rateStep` per tier; deductions keep MM continuous. */
function tiers(step: number, firstRate: number, rateStep: number, count: number): ReturnType<typeof bracketsFromRates> {
  const rows: [string | null, number][] = [];
  // In decimals: 0.005 + 0.005 × k summed in doubles carries 1e-18 of noise into every rate.
  for (let k = 0; k < count; k++) rows.push([k === count - 1 ? null : dec(step).times(k + 1).toString(), dec(firstRate).plus(dec(rateStep).times(k)).toNumber()]);
  return bracketsFromRates(rows);
}

const BTC: AssetRules = { maintenance: tiers(2_000_000, 0.005, 0.005, 10), initialRate: 0.01, haircut: 0.05, priceRange: 0.15, ...notLending };
const ETH: AssetRules = { maintenance: tiers(1_000_000, 0.005, 0.005, 10), initialRate: 0.01, haircut: 0.05, priceRange: 0.15, ...notLending };
/** Other symbols: modelled on Bybit's mid-cap tables (SOLUSDT-like: 1 % from 200,000 per tier, 50×). */
const defaultAsset: AssetRules = { maintenance: tiers(200_000, 0.01, 0.005, 10), initialRate: 0.02, haircut: 0.2, priceRange: 0.3, ...notLending };
/** USDT, USDC: collateral value ratio 100 % (Bybit, 2024). */
const stableAsset = marginStablecoin;

export const bybitLinear: RuleSet = {
  name: 'bybit-linear',
  title: 'Bybit USDT perpetuals',
  source: 'Bybit help centre "Liquidation Price (USDT Contract)" (MM = value × MMR − deduction, valued at entry for isolated) and "Collateral value ratio"; GET /v5/market/risk-limit tier tables (BTCUSDT, ETHUSDT)',
  date: '2025-06-01',
  maintenanceValuedAt: 'entry',
  // Exchange account terms (common-assets.ts).
  // Bybit's USDC options are margined by their own rules; Deribit's rates stand in (as in generic-cex).
  // Spot borrows: Bybit's UTA spot-margin tiers are not modelled here; Binance Cross Margin's stand in.
  // Bybit's UTA portfolio margin is not modelled: CME SPAN stands in.
  ...exchangeAccount,
  assets: { BTC, ETH, USDT: stableAsset, USDC: stableAsset },
  defaultAsset,
  stableAsset,
};
