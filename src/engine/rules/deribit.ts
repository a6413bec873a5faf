import { Dec } from '../money';
import { bracketsFromRates } from './brackets';
import type { AssetRules, RuleSet } from './types';

// deribit: Deribit standard margin (futures, perpetuals and options, linear in the quote here).
// - Futures (Deribit docs, older "Margin" page): initial margin 2 % + 0.5 % per 100 BTC of position
//   (25 BTC → 2.125 %, 350 BTC → 3.75 %: verified in reference-notes.md); maintenance 1 % + 0.5 % per
//   100 BTC (the same page as recalled, not verified). The engine's brackets are in quote notional, so the size steps are placed at
//   a reference BTC price of 60,000 (100 BTC = 6,000,000) and ETH 3,000 (2,000 ETH = 6,000,000; ETH
//   steps per 2,000 ETH). Deribit raises the rate of the WHOLE position with its size; the brackets
//   raise it at the margin (continuous): at 350 BTC (21M) the whole-position rule asks 2.75 %, the
//   brackets 345,000 = 1.64 %. The initial rate is the base 2 % (per-size initial margin arrives with issue 10).
// - Options (Deribit docs "Margin", read 2025-06): short options need maintenance 7.5 % of the
//   underlying + the option's mark value; initial max(15 % − out-of-the-money share, 10 %) + mark.
// - Portfolio margin is the `portfolio` rule set with `"portfolioMargin": { "grid": "deribit" }`
//   (±16 % in eighths × volatility up / same / down, plus the extended range).

const notLending = { liquidationThreshold: 0, maxLtv: 0, liquidationBonus: 0 } as const;

/** 1 % to one step, +0.5 % per further step of notional. */
function sizeSteps(step: number): ReturnType<typeof bracketsFromRates> {
  const rows: [string | null, number][] = [];
  for (let k = 0; k < 8; k++) rows.push([k === 7 ? null : String(step * (k + 1)), Number((0.01 + 0.005 * k).toFixed(6))]);
  return bracketsFromRates(rows);
}

const BTC: AssetRules = { maintenance: sizeSteps(6_000_000), initialRate: 0.02, haircut: 0, priceRange: 0.16, ...notLending };
const ETH: AssetRules = { maintenance: sizeSteps(6_000_000), initialRate: 0.02, haircut: 0, priceRange: 0.16, ...notLending };
/** Altcoin linear perpetuals (USDC-settled, 2024): modelled as 2 % maintenance, 20× → 5 % initial. */
const defaultAsset: AssetRules = { maintenance: bracketsFromRates([['1000000', 0.02], [null, 0.05]]), initialRate: 0.05, haircut: 0.1, priceRange: 0.3, ...notLending };
const stableAsset: AssetRules = { maintenance: [{ upTo: null, rate: 0.01, amount: new Dec(0) }], initialRate: 0.02, haircut: 0, priceRange: 0.03, ...notLending };

export const deribit: RuleSet = {
  name: 'deribit',
  title: 'Deribit standard margin',
  source: 'Deribit docs "Margin" (futures 2 % + 0.5 % per 100 BTC initial, 1 % + 0.5 % per 100 BTC maintenance; short options 7.5 % maintenance, max(15 % − OTM, 10 %) initial, each on top of the mark value)',
  date: '2025-06-01',
  kind: 'exchange',
  maintenanceValuedAt: 'mark',
  optionMaintenanceRate: 0.075,
  optionInitialRate: 0.15,
  optionInitialFloor: 0.1,
  closeFactor: 1,
  fullCloseBelowHealth: 1,
  defaultCorrelation: 0.5,
  // Deribit counts BTC and ETH held in the account at full value (inverse, coin-margined books);
  // in a quote-currency book their price risk shows in the positions, not in a haircut.
  assets: { BTC, ETH, USDC: stableAsset, USDT: stableAsset },
  defaultAsset,
  stableAsset,
};
