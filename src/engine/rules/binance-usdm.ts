import { Dec } from '../money';
import type { AssetRules, MaintenanceBracket, RuleSet } from './types';
import { exchangeAccount, marginStablecoin, notLending } from './common-assets';

// binance-usdm: Binance USDⓈ-M futures, one-way mode.
// - Maintenance: notional brackets, N × maintMarginRatio − cum, valued at the mark price, so the
//   isolated liquidation price is Binance's own formula (Binance FAQ "How to Calculate Liquidation
//   Price of USDⓈ-M Futures Contracts", read 2025-06; reference-notes.md). Cross: the account is
//   liquidated when margin balance < total maintenance, which is the same formula with WB, TMM and
//   UPNL of the other positions.
// - Brackets are those of GET /fapi/v1/leverageBracket for BTCUSDT and ETHUSDT as Binance published
//   them in 2022: the `cum` column (16,300 for BTCUSDT's 2.5 % bracket, 135,365 for ETHUSDT's 10 %
//   bracket) is the one Binance's own cross-margin calculation example uses, as transcribed by
//   freqtrade (tests/exchange/test_binance.py, "From calc example"). Binance changes these tables
//   often; an import carries the account's live table in `overrides`, which is what counts.
// - Initial leverage per bracket: each bracket's initial rate is 1 ÷ its `initialLeverage`; the
//   asset's floor is the first bracket's.

/** One row of a leverage-bracket table, as the endpoint returns it: notionalCap, maintMarginRatio, cum, initialLeverage. */
export type BracketRow = readonly [notionalCap: string | null, maintMarginRatio: number, cum: string, initialLeverage: number];

function bracketsFromTable(rows: readonly BracketRow[]): MaintenanceBracket[] {
  return rows.map(([cap, rate, cum, leverage]) => ({ upTo: cap === null ? null : new Dec(cap), rate, amount: new Dec(cum), initialRate: 1 / leverage }));
}

/** BTCUSDT, 2022 table (source above). */
const BTCUSDT_BRACKETS: readonly BracketRow[] = [
  ['50000', 0.004, '0', 125],
  ['250000', 0.005, '50', 100],
  ['1000000', 0.01, '1300', 50],
  ['10000000', 0.025, '16300', 20],
  ['20000000', 0.05, '266300', 10],
  ['50000000', 0.1, '1266300', 5],
  ['100000000', 0.125, '2516300', 4],
  ['200000000', 0.15, '5016300', 3],
  ['300000000', 0.25, '25016300', 2],
  [null, 0.5, '100016300', 1],
];

/** ETHUSDT, 2022 table (source above). */
const ETHUSDT_BRACKETS: readonly BracketRow[] = [
  ['10000', 0.005, '0', 100],
  ['100000', 0.0065, '15', 75],
  ['500000', 0.01, '365', 50],
  ['1000000', 0.02, '5365', 25],
  ['2000000', 0.05, '35365', 10],
  ['5000000', 0.1, '135365', 5],
  ['10000000', 0.125, '260365', 4],
  ['20000000', 0.15, '510365', 3],
  ['50000000', 0.25, '2510365', 2],
  [null, 0.5, '15010365', 1],
];

/**
 * Other symbols: modelled on Binance's tables for mid-cap altcoins (SOLUSDT-like, 2024): 1 % to
 * 5,000, 50× at the first bracket. Continuity: cum_k = cum_{k−1} + cap_{k−1} × (rate_k − rate_{k−1}).
 */
const ALTCOIN_BRACKETS: readonly BracketRow[] = [
  ['5000', 0.01, '0', 50],
  ['50000', 0.025, '75', 20],
  ['600000', 0.05, '1325', 10],
  ['1200000', 0.1, '31325', 5],
  ['3000000', 0.125, '61325', 4],
  ['5000000', 0.25, '436325', 2],
  [null, 0.5, '1686325', 1],
];

function asset(rows: readonly BracketRow[], haircut: number, priceRange: number): AssetRules {
  return { maintenance: bracketsFromTable(rows), initialRate: 1 / rows[0]![3], haircut, priceRange, ...notLending };
}

// Multi-assets mode counts other assets as margin at a collateral rate (Binance FAQ "Multi-Assets
// Mode", 2024: BTC, ETH and BNB at 95 %, i.e. a 5 % haircut; altcoins lower). Modelled on that
// page, not re-read live for this file.
const BTC = asset(BTCUSDT_BRACKETS, 0.05, 0.15);
const ETH = asset(ETHUSDT_BRACKETS, 0.05, 0.15);
const defaultAsset = asset(ALTCOIN_BRACKETS, 0.2, 0.3);
/** USDT is the margin asset itself; USDC / FDUSD count 1 : 1 in multi-assets mode (Binance FAQ, 2024). */
const stableAsset = marginStablecoin;

export const binanceUsdm: RuleSet = {
  name: 'binance-usdm',
  title: 'Binance USDⓈ-M futures',
  source: 'Binance GET /fapi/v1/leverageBracket tables for BTCUSDT / ETHUSDT (2022, the cum values of Binance\'s calculation example); Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"; Multi-Assets Mode collateral rates',
  date: '2025-06-01',
  maintenanceValuedAt: 'mark',
  // Exchange account terms (common-assets.ts).
  // Binance USDⓈ-M lists no options; the European options desk is margined apart: Deribit's rates stand in.
  // Spot borrows: Binance Cross Margin's own margin level 1.1 and 25 % to open.
  // The liquidation engine closes the position (partial steps for large tiers are not modelled);
  // Binance's Portfolio Margin program is not modelled: CME SPAN stands in.
  ...exchangeAccount,
  assets: { BTC, ETH, BNB: { ...defaultAsset, haircut: 0.05 }, USDT: stableAsset, USDC: stableAsset, FDUSD: stableAsset },
  defaultAsset,
  stableAsset,
};
