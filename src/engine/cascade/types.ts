import type { Portfolio } from '../format/schema';
import type { AssetSymbol, Fraction, Rate } from '../types';
import type { CrowdSpec, ImpactModel } from './scenario-schema';
import type { StressEventName } from './stress-events';

// The cascade's glossary: a parsed scenario (every default filled in) and the result of a run.
// All figures are JSON numbers (Float64): prices and money in the scenario's quote currency,
// quantities in units of the asset, moves as fractions (−0.1 is a 10 % fall).

export type { CascadeScenarioInput, CrowdSpec, Cohort, Distribution, ImpactModel } from './scenario-schema';

/** One traded asset: today's price and how forced orders move it. */
export interface MarketAssetSpec {
  price: number;
  impact: ImpactModel;
  /** Share of the forced-selling displacement that fades between steps (0: none, 1: all of it). */
  recovery: Fraction;
}

/** What liquidates an account and what a liquidation costs, every default resolved. */
export interface CascadeRules {
  /** exchange: liquidated when equity < maintenance margin; lending: when the health factor < 1. */
  kind: 'exchange' | 'lending';
  /** Exchange: maintenance margin as a fraction of notional, by asset. */
  maintenanceRate: Readonly<Record<AssetSymbol, Rate>>;
  /** Lending: share of a collateral's value that counts towards health, by asset. */
  liquidationThreshold: Readonly<Record<AssetSymbol, Rate>>;
  /** Lending: the same for quote-currency collateral (behind a short: a borrowed asset). */
  quoteLiquidationThreshold: Rate;
  /** Share of the position (exchange) or of the debt (lending) one liquidation closes. */
  closeFactor: Rate;
  /** Everything is closed at once at or under this health factor (Aave v3: 0.95). */
  fullCloseBelowHealth: number;
  /** … or when the account's positions are worth less than this (Aave v3: $2,000). */
  fullCloseBelowNotional: number;
  /** Exchange: a fee on the closed notional at the oracle price, paid from what the account has left. */
  liquidationPenalty: Rate;
  /** Lending: the liquidator receives collateral worth the debt it repays × (1 + bonus). */
  liquidationBonus: Rate;
  /** Exchange: where the penalty goes. A lending bonus always goes to the liquidator. */
  penaltyTo: 'insurance-fund' | 'liquidators';
  /** Steps between an account being found liquidatable and its liquidation (keepers' latency). */
  liquidationDelaySteps: number;
  /** The oracle (mark) price a step tests is the market price this many steps earlier. */
  oracleLagSteps: number;
  /** The insurance fund (a lending pool's safety module) at the start. */
  insuranceFund: number;
  /** A shortfall the fund cannot cover: levied on the other side's open positions, or left as bad debt. */
  whenFundIsEmpty: 'socialised-loss' | 'bad-debt';
}

/** A scenario ready to run: parseCascadeScenario's output. */
export interface CascadeScenario {
  name: string;
  description?: string;
  quote: string;
  seed: number;
  /** By asset, in the file's order (which is the order of the assets everywhere in the result). */
  market: Readonly<Record<AssetSymbol, MarketAssetSpec>>;
  crowd: CrowdSpec;
  rules: CascadeRules;
  /** The initial move of each asset; assets not named do not move. */
  shock: { moves: Readonly<Record<AssetSymbol, Fraction>>; event: StressEventName | null };
  steps: { limit: number; stopWhenQuiet: boolean };
  criticalShock: { search: boolean; maxMove: number; factor: number };
  /** The user's own account, placed in the crowd; null when the scenario has none. */
  portfolio: Portfolio | null;
}

/** One step of the cascade. */
export interface CascadeStep {
  step: number;
  /** Market price at the end of the step: after the step's forced orders and any recovery. */
  prices: Record<AssetSymbol, number>;
  /** The prices the step's liquidation test used (the market price oracleLagSteps earlier). */
  oraclePrices: Record<AssetSymbol, number>;
  /** The one price all of the step's forced orders on an asset filled at; null where none traded. */
  averagePrices: Record<AssetSymbol, number | null>;
  /** Net units the step's liquidations sold into the market (negative: bought). */
  netSold: Record<AssetSymbol, number>;
  /** Accounts found under their requirement this step (liquidated now, or after the delay). */
  newlyLiquidatable: number;
  /** Accounts liquidated this step (wholly or partly). */
  liquidatedAccounts: number;
  /** Value of what those liquidations closed, at the fill prices. */
  liquidatedNotional: number;
  /** The fund's balance at the end of the step. */
  insuranceFund: number;
  /** Shortfall left unpaid this step (nobody inside the crowd pays it). */
  badDebt: number;
  /**
   * Shortfall levied this step on the other side's open positions (auto-deleveraging, as money),
   * net of earlier levies that a now bankrupt account never paid (those become bad debt): negative
   * only in a step that takes more back than it levies; the running sum never is.
   */
  adl: number;
  /**
   * Accounts liquidated this step ÷ accounts liquidated in the wave that triggered them (one
   * step earlier, plus the oracle lag and the liquidation delay); null where that wave was empty.
   */
  amplification: number | null;
  /** The user's account was liquidated in this step. */
  userLiquidated: boolean;
}

export interface CascadeTotals {
  steps: number;
  stoppedBecause: 'no new liquidation' | 'step limit';
  /** Distinct accounts liquidated at least once. */
  liquidatedAccounts: number;
  /** Liquidation events (a partly liquidated account may count several times). */
  liquidations: number;
  /** Accounts left with no position. */
  closedAccounts: number;
  liquidatedNotional: number;
  /** Liquidated notional of the first wave (the shock's direct victims) and of everything after it. */
  directNotional: number;
  inducedNotional: number;
  /** Steps in which at least one account was liquidated. */
  stepsWithLiquidations: number;
  badDebt: number;
  /** Levies the other side paid for bankrupt accounts (net of levies that came back unpaid). */
  adl: number;
  insuranceFundStart: number;
  insuranceFundEnd: number;
  /** Lowest and highest market price reached, and the largest move from today's price (signed). */
  lowestPrices: Record<AssetSymbol, number>;
  highestPrices: Record<AssetSymbol, number>;
  largestMoves: Record<AssetSymbol, Fraction>;
  finalPrices: Record<AssetSymbol, number>;
}

/**
 * Where the value went. equityLost = paidToLiquidators + paidToInsuranceFund + paidToMarket − badDebt,
 * with equityLost measured independently from the accounts' equity; residual is the difference
 * (rounding only). Units: every unit the crowd gave up went to the market or was written off.
 */
export interface CascadeConservation {
  /** The crowd's equity at the start, plus the mark-to-market of the price moves, minus its equity at the end (oracle prices). */
  equityLost: number;
  /** Exchange penalties paid to liquidators; lending bonuses net of the liquidators' own slippage. */
  paidToLiquidators: number;
  /** Paid into the fund less paid out of it (flow by flow; the end balance less the start, up to rounding). */
  paidToInsuranceFund: number;
  /** Σ units × (oracle − fill): what the market gained on forced orders (pool fees included). */
  paidToMarket: number;
  /** Shortfall nobody in the crowd paid: a gain to the crowd, a loss to creditors outside it. */
  badDebt: number;
  residual: number;
  units: Record<AssetSymbol, { soldToMarket: number; writtenOff: number; openInterestChange: number }>;
}

export interface CriticalShock {
  /** The move of the most-shocked asset at the smallest self-sustaining shock (signed fraction). */
  move: Fraction;
  /** Every asset's move at that shock: the scenario's shock scaled. */
  moves: Record<AssetSymbol, Fraction>;
  factor: number;
  /** Cascades simulated by the search. */
  runs: number;
  definition: string;
}

export interface CascadeUser {
  /** The step at which the user's account was liquidated; null if it never was. */
  liquidatedAtStep: number | null;
  /** Oracle prices of that step. */
  pricesAtLiquidation: Record<AssetSymbol, number> | null;
  /** Crowd accounts liquidated in the steps before. */
  accountsLiquidatedBefore: number;
  equityAtStart: number;
  equityAtEnd: number;
  placement: {
    /** Margin surplus today, from the engine's report: adjusted equity − maintenance (lending: Σ collateral × threshold − debt). */
    surplus: number;
    /** Per asset, the move (others held) at which the engine's report liquidates the account; the side the shock pushes. */
    liquidationMoves: Record<AssetSymbol, Fraction | null>;
    /** The report's joint move (all non-stable assets together) on the shock's side, and the same from the linear placement. */
    jointMove: Fraction | null;
    linearisedJointMove: Fraction | null;
    /** Net units sold if it is liquidated: the report's delta per asset. */
    quantities: Record<AssetSymbol, number>;
  };
}

/** The "liquidation map": how much notional is liquidated at each price, today. */
export interface LiquidationMapAsset {
  /** Bin edges as moves from today's price: −0.5 … 0.5. */
  moves: Fraction[];
  /** Notional of long and short positions whose liquidation price (others held) falls in each bin. */
  longNotional: number[];
  shortNotional: number[];
  /** Beyond the bins on either side. */
  longBeyond: number;
  shortBeyond: number;
}

export interface CascadeWarning {
  path: string;
  message: string;
}

export interface CascadeResult {
  format: 'margin-lab/cascade-result';
  version: 1;
  name: string;
  seed: number;
  quote: string;
  assets: AssetSymbol[];
  todayPrices: Record<AssetSymbol, number>;
  shockedPrices: Record<AssetSymbol, number>;
  crowd: {
    traders: number;
    accounts: number;
    positions: number;
    multiAssetAccounts: number;
    longNotional: number;
    shortNotional: number;
  };
  steps: CascadeStep[];
  totals: CascadeTotals;
  conservation: CascadeConservation;
  criticalShock: CriticalShock | null;
  criticalShockReason?: string;
  user: CascadeUser | null;
  liquidationMap: Record<AssetSymbol, LiquidationMapAsset>;
  warnings: CascadeWarning[];
}

export interface CascadeProgress {
  phase: 'cascade' | 'critical-shock';
  done: number;
  total: number;
}

export interface SimulateOptions {
  /** Called now and then with how far the run is: for a progress bar, or to yield in a worker. */
  onProgress?: (progress: CascadeProgress) => void;
}
