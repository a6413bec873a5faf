// Named stress scenarios. Figures vary by source and venue: each carries its date and its public
// sources (venue post, post-mortem, data provider, with their dates), shown beside the scenario;
// a figure no public source here confirmed says so. "others" applies to every non-stable asset not listed.

export interface StressRegime {
  volatilityMultiplier?: number;
  correlationFloor?: number;
  source: string;
}

export interface StressScenario {
  id: string;
  name: string;
  /** When it happened (ISO date or range), or "" for a hypothetical. */
  date: string;
  source: string;
  /** Price moves by asset (fractions). */
  moves: Readonly<Record<string, number>>;
  /** Move of any other non-stable asset. */
  others: number;
  /** Move of stablecoins (a depeg); 0 when absent. */
  stables?: number;
  /** Staked or wrapped assets that may trade away from their underlying (stETH, wBETH, …). */
  staked?: number;
  /** Multiplies every volatility (options repriced); a custom scenario's. Named events carry a `regime` instead. */
  volatilityFactor?: number;
  /**
   * The market regime the event brought, applied with its moves (as the portfolio's own `regime`):
   * options repriced at volatility × the multiplier, portfolio scan ranges widened, a rule set's
   * volatility triggers fired, correlations lifted to the floor. `source` cites the volatility jump.
   */
  regime?: StressRegime;
  /** Moves that are each asset's own k-σ move (correlations go to 1): the k and the days. */
  sigmaMove?: { sigmas: number; days: number };
  /** What the market liquidated that day (historical events). */
  liquidations?: string;
}

export const STRESS_SCENARIOS: readonly StressScenario[] = [
  { id: 'covid-2020', name: 'COVID crash, 12–13 March 2020', date: '2020-03-12', source: 'BTC $7,300 → $3,900 (below $3,900 on the major venues, per market reports of 12–13 Mar 2020) and ETH ≈ −50 %: Maker Foundation, "The Market Collapse of March 12–13, 2020: How It Impacted MakerDAO" (blog.makerdao.com, 15 Apr 2020); BitMEX longs liquidated $665M (Messari\'s Ryan Selkis, 12 Mar 2020, via U.Today) to $863M (Skew, via CryptoAdventure, 13 Mar 2020); Maker zero-bid auctions: figures as reported by Dragonfly Research ("Daos Ex Machina", 24 Mar 2020) and later summaries ($8.32M of ETH for 0 DAI; White Rabbit via Cointelegraph, Mar 2020: 62,890 ETH ≈ $7.1M to four bidders)', moves: { BTC: 3900 / 7300 - 1, ETH: -0.5}, others: -0.5, regime: { volatilityMultiplier: 2, correlationFloor: 0.9, source: 'Volatility × 2: BTC 30-day realised volatility peaked in March 2020 above 100 % (Skew: its 103 % of Jan 2021 was "as high as March 2020", via Bitpush and Decrypt, Jan 2021), about twice its level of the months before (assumed); correlations ≥ 0.9 assumed: BTC and ETH fell 47 % and 50 % the same day' }, liquidations: 'over $700M on BitMEX; Maker auctions won $8.32M of ETH for 0 DAI' },
  { id: 'may-2021', name: 'China mining ban sell-off, 19 May 2021', date: '2021-05-19', source: 'Figures as reported on 19 May 2021: BTC low $30,057, ETH −40 % and more to $1,874 (market reports of the day); liquidations over $8B and 804,242 traders in 24 h (Bybt, now CoinGlass, via BeInCrypto, 19 May 2021), $8.6B (Bybt, via NewsBreak); the lower end $6.4B and the $43k start not confirmed in a public source here', moves: { BTC: 30000 / 43000 - 1, ETH: -0.43}, others: -0.45, regime: { volatilityMultiplier: 1.5, source: 'Volatility × 1.5: BTC implied volatility peaked at 156 % in May 2021, its highest of five years (Jeff Park, Bitwise, via Odaily, 2025); the level before it is not confirmed here' }, liquidations: '$6.4B–8.6B in 24 h' },
  { id: 'luna-2022', name: 'Terra (LUNA / UST) collapse, 7–12 May 2022', date: '2022-05-07/2022-05-12', source: 'BTC opened May 2022 near $40,000 (CryptoSlate, via CryptoBreak, Oct 2022) and fell to $26,700 on 12 May with over $1B liquidated that day (ForkLog, week in review, May 2022); SOL −32 % in the week (ForkLog, from CoinGecko); LUNA −99.9 % and UST near $0.19 (Glassnode, 16 May 2022; weekly summaries of 15 May 2022); others assumed −25 % (DefiLlama wiki: most cryptocurrencies fell by over 20 %)', moves: { BTC: 26700 / 40000 - 1, LUNA: -0.999, UST: -0.81, SOL: -0.32 }, others: -0.25, regime: { volatilityMultiplier: 1.9, source: 'Volatility × 1.9: BTC one-month at-the-money implied volatility peaked near 130 % on 12 May 2022, against the 70 % level it reverted to (Deribit Insights, "Crypto options market update", Nov 2022)' }, liquidations: 'over $1B on 12 May 2022' },
  { id: 'ftx-2022', name: 'FTX collapse, 6–10 November 2022', date: '2022-11-06/2022-11-10', source: 'CoinGlass (8 Nov 2022, via news reports): $717M liquidated in a day, about 330,000 positions; BTC from above $21,000 the week before to $15.6k on 10 Nov 2022; FTT −90 % (CoinsTelegram, 8 Nov 2022); SOL −47 % as reported in summaries of the week, not confirmed in a primary source here; ETH and others assumed −20 %', moves: { BTC: -0.2, SOL: -0.47, FTT: -0.9, ETH: -0.2}, others: -0.25, regime: { volatilityMultiplier: 2, source: 'Volatility × 2: BTC at-the-money short-term implied volatility rose from 50 % to 130 % in the week and settled near 90 % (Kaiko chart of 10 Nov 2022, via Finbold, Nov 2022): × 1.8 settled, × 2.6 at the peak' }, liquidations: 'about $717M in one day' },
  { id: 'aug-2024', name: 'Yen carry unwind, 5 August 2024', date: '2024-08-05', source: 'BTC $58,350 → $49,513 in under five hours (−15 %) and ETH $2,695 → $2,118 (−21 %): CoinChapter, 5 Aug 2024; liquidations $1.05B–1.08B in 24 h, $901M–920M of it longs (CoinGlass, 5 Aug 2024, via Binance Square news); others assumed −20 %', moves: { BTC: 49513 / 58350 - 1, ETH: -0.21}, others: -0.2, regime: { volatilityMultiplier: 1.5, source: 'Volatility × 1.5 assumed: no public figure of the volatility jump confirmed here' }, liquidations: 'about $1.07B on exchanges, about 90 % longs' },
  { id: 'oct-2025', name: 'Record liquidations, 10–11 October 2025', date: '2025-10-10', source: '$19.1B–19.4B liquidated and 1.6M traders in 24 h (CoinGlass, 10–11 Oct 2025, via CNBC and news reports); BTC and ETH −11 % and −13 % from their peaks (CNBC, Oct 2025); wBETH to $430, 88 % under ETH, on Binance (CoinDesk, 12 Oct 2025); USDe ≈ $0.65 on Binance (Blockworks Empire, Oct 2025; Binance compensation notice, 2025-10-10 21:36–22:16 UTC); Hyperliquid\'s first cross-margin auto-deleveraging in over two years (Jeff Yan, Hyperliquid, 11 Oct 2025), $2.1B closed across 162 assets in 12 minutes (on-chain reconstruction, github.com/ConejoCapital/HyperMultiAssetedADL); the BTC $122,574 → $104,783 and SOL −26 % figures as reported in summaries, not confirmed here; others assumed −40 %', moves: { BTC: 104783 / 122574 - 1, ETH: -0.122, SOL: -0.26, WBETH: -0.88, USDE: -0.35 }, others: -0.4, regime: { volatilityMultiplier: 1.5, source: 'Volatility × 1.5 assumed: no public figure of the volatility jump confirmed here' }, liquidations: '$19.1B, 1.6M traders; Hyperliquid auto-deleveraged $2.1B in 12 minutes' },
  { id: 'correlation-one-down', name: 'Correlations go to 1 (everything falls)', date: '', source: 'Hypothetical: every non-stable asset makes its own 99 % ten-day fall (2.33 σ × √(10/365)) at once', moves: {}, others: 0, sigmaMove: { sigmas: -2.326348, days: 10 } },
  { id: 'correlation-one-up', name: 'Correlations go to 1 (everything rises)', date: '', source: 'Hypothetical: every non-stable asset makes its own 99 % ten-day rise at once', moves: {}, others: 0, sigmaMove: { sigmas: 2.326348, days: 10 } },
  { id: 'volatility-doubles', name: 'Volatility doubles', date: '', source: 'Hypothetical: every volatility × 2, prices unchanged (options repriced)', moves: {}, others: 0, regime: { volatilityMultiplier: 2, source: 'Hypothetical: every volatility × 2' } },
  { id: 'stablecoin-depeg', name: 'Stablecoin depeg', date: '2023-03-11', source: 'USDC traded near $0.87 on 11 March 2023 after SVB (widely reported); here every stablecoin −13 %', moves: {}, others: 0, stables: -0.13 },
  { id: 'staked-depeg', name: 'Staked-asset depeg', date: '2022-06-13', source: 'stETH traded ≈ 6–7 % under ETH in June 2022 (widely reported); here staked / wrapped assets −10 %, the rest unchanged', moves: {}, others: 0, staked: -0.1 },
];

const STAKED = /^(ST|WST|WB|CB|R|M|JITO|B)?(ETH|SOL)$/;

/** Wrapped coins track their coin one for one: a scenario's move of BTC applies to WBTC. */
export const WRAPPED: Readonly<Record<string, string>> = { WBTC: 'BTC', WETH: 'ETH', CBBTC: 'BTC' };

/** Whether a symbol is a staked or wrapped version of a coin (stETH, wBETH, mSOL, …), not the coin itself. */
export function isStakedAsset(symbol: string): boolean {
  const s = symbol.toUpperCase();
  return STAKED.test(s) && s !== 'ETH' && s !== 'SOL' && !Object.hasOwn(WRAPPED, s);
}
