import { dec } from '../money';
import { bracketsFromRates } from './brackets';
import type { AssetRules, RuleSet } from './types';
import { exchangeAccount, marginStablecoin, notLending } from './common-assets';

// deribit: Deribit standard margin (futures, perpetuals and options, linear in the quote here).
// - Futures (Deribit docs, older "Margin" page): initial margin 2 % + 0.5 % per 100 BTC of position
//   (25 BTC → 2.125 %, 350 BTC → 3.75 %: verified in reference-notes.md); maintenance 1 % + 0.5 % per
//   100 BTC (the same page as recalled, not verified). That rate applies to the WHOLE position, so
//   maintenance is N × (1 % + 0.5 % × N / S), quadratic in the notional N, with S the notional of
//   100 BTC at a reference price (60,000 → 6M; ETH on the same notional steps, an assumption). Brackets are
//   linear pieces: each 25-BTC step (S / 4) charges the rule's marginal rate at its middle,
//   1 % + 1 % × N_mid / S, which makes the brackets equal the rule at every step boundary (350 BTC →
//   21M × 2.75 % = 577,500) and within a few per cent of it inside the first steps. The initial rate
//   is the base 2 % (per-size initial margin arrives with issue 10).
// - Options (Deribit docs "Margin", read 2025-06): short options need maintenance 7.5 % of the
//   underlying + the option's mark value; initial max(15 % − out-of-the-money share, 10 %) + mark.
// - Portfolio margin is the `portfolio` rule set with `"portfolioMargin": { "grid": "deribit" }`
//   (±16 % in eighths × volatility up / same / down, plus the extended range).

/** Notional of 100 BTC at the reference price, and the bracket width (25 BTC). */
const HUNDRED_BTC = 6_000_000;
const STEP = HUNDRED_BTC / 4;

/** The whole-position rule 1 % + 0.5 % per 100 BTC as marginal brackets, exact at each step boundary. */
function sizeSteps(): ReturnType<typeof bracketsFromRates> {
  const rows: [string | null, number][] = [];
  const count = 40; // 1,000 BTC; past it the last rate (about 11 %) runs on
  // Each bracket's rate at its middle, in decimals (a double's sum carries noise into every rate).
  for (let k = 0; k < count; k++) rows.push([k === count - 1 ? null : dec(STEP).times(k + 1).toString(), dec('0.01').plus(dec('0.01').times(k + 0.5).times(STEP).div(HUNDRED_BTC)).toNumber()]);
  return bracketsFromRates(rows);
}

const BTC: AssetRules = { maintenance: sizeSteps(), initialRate: 0.02, haircut: 0, priceRange: 0.16, ...notLending };
const ETH: AssetRules = { maintenance: sizeSteps(), initialRate: 0.02, haircut: 0, priceRange: 0.16, ...notLending };
/** Altcoin linear perpetuals (USDC-settled, 2024): modelled as 2 % maintenance, 20× → 5 % initial. */
const defaultAsset: AssetRules = { maintenance: bracketsFromRates([['1000000', 0.02], [null, 0.05]]), initialRate: 0.05, haircut: 0.1, priceRange: 0.3, ...notLending };
const stableAsset = marginStablecoin;

export const deribit: RuleSet = {
  name: 'deribit',
  title: 'Deribit standard margin',
  source: 'Deribit docs "Margin" (futures 2 % + 0.5 % per 100 BTC initial, 1 % + 0.5 % per 100 BTC maintenance; short options 7.5 % maintenance, max(15 % − OTM, 10 %) initial, each on top of the mark value)',
  date: '2025-06-01',
  maintenanceValuedAt: 'mark',
  // Exchange account terms (common-assets.ts).
  // Deribit's own option rates (docs "Margin", read 2025-06).
  // Spot borrows: Deribit lends no spot; Binance Cross Margin's stand in.
  // CME SPAN here; Deribit's own grid is the `portfolio` rule set with `"portfolioMargin": { "grid": "deribit" }`.
  // Deribit counts BTC and ETH held in the account at full value (inverse, coin-margined books);
  // in a quote-currency book their price risk shows in the positions, not in a haircut.
  ...exchangeAccount,
  assets: { BTC, ETH, USDC: stableAsset, USDT: stableAsset },
  defaultAsset,
  stableAsset,
};
