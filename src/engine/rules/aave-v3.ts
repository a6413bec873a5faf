import { genericCex } from './generic-cex';
import type { AssetRules, RuleSet } from './types';
import { lendingPool } from './common-assets';

// aave-v3: Aave v3, Ethereum market.
// - Health factor = Σ collateral × liquidation threshold ÷ debt; close factor 50 %, 100 % when the
//   health factor is ≤ 0.95 (aave-v3-origin, LiquidationLogic.sol; @aave/math-utils
//   calculateHealthFactorFromBalances); 100 % as well when the collateral or the debt is worth under
//   $2,000 (v3.3, `fullCloseBelowValue`). The $1,000 dust-remainder rule of v3.3 is not modelled.
// - Per-asset LTV, liquidation threshold (LT) and bonus (LB): the launch parameters of Aave v3
//   Ethereum (Gauntlet's recommendations, governance.aave.com "[ARC] Aave V3 Ethereum Deployment:
//   Assets and Configurations", Jan 2023; LB as published minus 100 %: 10,520 → 5.2 %), except WETH,
//   whose LT 83 % and LTV 80 % come from Chaos Labs' "LTV and LT Alignment" (governance.aave.com,
//   2024), which brought every deployment's WETH to those targets.

const noExchangeMargin = { maintenance: genericCex.defaultAsset.maintenance, initialRate: 1, haircut: 0 } as const;

const reserve = (maxLtv: number, liquidationThreshold: number, liquidationBonus: number, priceRange: number): AssetRules =>
  ({ ...noExchangeMargin, maxLtv, liquidationThreshold, liquidationBonus, priceRange });

const WETH = reserve(0.8, 0.83, 0.052, 0.15);
const WSTETH = reserve(0.72, 0.83, 0.072, 0.15);
const WBTC = reserve(0.72, 0.82, 0.052, 0.15);
const USDC = reserve(0.865, 0.885, 0.048, 0.03);
const USDT = reserve(0.75, 0.81, 0.053, 0.03);
const DAI = reserve(0.765, 0.89, 0.043, 0.03);
const LINK = reserve(0.695, 0.825, 0.072, 0.3);
const AAVE = reserve(0.66, 0.73, 0.077, 0.3);
const CRV = reserve(0.55, 0.61, 0.083, 0.3);
/** An asset the market does not list: it cannot be collateral (LTV and LT 0), as Aave lists none by default. */
const defaultAsset = reserve(0, 0, 0.1, 0.3);

export const aaveV3: RuleSet = {
  name: 'aave-v3',
  title: 'Aave v3 (Ethereum market)',
  source: 'aave-v3-origin LiquidationLogic.sol (close factor 50 %, 100 % at HF ≤ 0.95); Aave v3 Ethereum launch parameters (Gauntlet, governance.aave.com, Jan 2023); WETH from Chaos Labs\' LTV and LT alignment (2024)',
  date: '2025-06-01',
  // Aave v3's own pool terms, each with its source in common-assets.ts: close factor 50 %, 100 % at HF ≤ 0.95 or under $2,000 (v3.3).
  ...lendingPool,
  assets: {
    WETH, ETH: WETH, WSTETH, STETH: WSTETH, WBTC, BTC: WBTC,
    USDC, USD: USDC, USDT, DAI, LINK, AAVE, CRV,
  },
  defaultAsset,
  stableAsset: USDC,
};
