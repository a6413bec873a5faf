// The Report: what evaluate() returns, as plain JSON. Decimal values are strings ("60000.5"),
// fractions and ratios of charts are numbers. Field names listed in issue #2 are read by other
// tools: keep them.

/** A decimal string in the portfolio's quote currency (or a price, or a quantity). */
export type DecimalString = string;

/** A value that may not exist, with the reason in words when it does not. */
export interface Explained<T> {
  value: T | null;
  /** Why `value` is null, e.g. "no maintenance requirement" or "no debt". */
  reason?: string;
}

export interface GreeksReport {
  delta: DecimalString;
  gamma: DecimalString;
  vega: DecimalString;
  theta: DecimalString;
}

export interface PositionReport extends GreeksReport {
  id: string;
  type: 'perpetual' | 'future' | 'option';
  asset: string;
  quantity: DecimalString;
  marginMode: 'cross' | 'isolated';
  /** |quantity| × mark price. */
  notional: DecimalString;
  /** Futures: quantity × (mark − entry); options: quantity × (value − premium). */
  unrealizedPnl: DecimalString;
  /** Options: quantity × model value (negative for a short); futures: 0. */
  markValue: DecimalString;
  initialMargin: DecimalString;
  maintenanceMargin: DecimalString;
  /** Isolated positions: collateral + unrealised PnL (+ option value); null for cross positions. */
  marginBalance: DecimalString | null;
  /** Isolated positions only; null for cross positions or where no price liquidates it. */
  liquidationPrice: DecimalString | null;
  /** Why liquidationPrice is null. */
  liquidationPriceReason?: string;
  /** Isolated: margin balance ÷ maintenance margin (1 = liquidation). */
  healthFactor: DecimalString | null;
  /**
   * "liquidatable": an isolated position whose margin balance is at or below its maintenance, or a
   * cross position of a pool at or past liquidation (account.health.liquidated); "expired": a future
   * or option at or past expiry; "no-collateral": an isolated position given no collateral.
   * evaluate() always sets it; optional so that reports saved or built before it still type.
   */
  flags?: ('liquidatable' | 'expired' | 'no-collateral')[];
}

/** The nearest liquidation, measured in the daily volatility of what moves. */
export interface NearestLiquidationReport {
  /** An asset symbol (that asset alone moves) or "joint" (every non-stable asset by the same fraction). */
  along: string;
  /** Signed fraction of today's price (−0.079 is a 7.9 % fall). */
  move: number;
  /** σ_daily = annual volatility ÷ √365: the asset's own, or for "joint" the largest of the non-stable assets'. */
  dailyVolatility: number;
  /** |move| ÷ dailyVolatility. */
  dailySigmas: number;
}

/**
 * The account's health as each kind of venue names and shows it. Exchange and portfolio rule sets:
 * "margin ratio" = maintenance ÷ adjusted equity (Binance's and Bybit's margin ratio: liquidation at
 * 1, that is 100 %; lower is safer). Lending: "health factor" = Σ collateral × liquidation threshold
 * ÷ debt (Aave's: liquidation below 1; higher is safer). Never negative.
 */
export interface HealthReport {
  measure: 'margin ratio' | 'health factor';
  value: DecimalString | null;
  /** Why value is null: no debt (lending), no equity left (exchange: then liquidated is true). */
  reason?: string;
  /** At or past liquidation now: margin ratio ≥ 1 or no equity left; health factor < 1. */
  liquidated: boolean;
  /**
   * By the nearest liquidation in daily σ (not by the ratio): "liquidated"; "danger" under 1 σ;
   * "caution" under 3 σ; "safe" beyond, or where no move in range liquidates.
   */
  zone: 'safe' | 'caution' | 'danger' | 'liquidated';
  /** Null where no move of a volatile asset liquidates the account. */
  nearestLiquidation: NearestLiquidationReport | null;
}

export interface LiquidationPricesReport {
  /** The price of this asset, others held, at which the health factor falls to 1 moving down; null where none. */
  down: DecimalString | null;
  up: DecimalString | null;
  /** The same as fractions of today's price (−0.23 is 23 % below). */
  downMove: number | null;
  upMove: number | null;
  /** Why both are null where no price can be solved for (the quote currency: the unit of account cannot move against itself). */
  reason?: string;
}

export interface AssetReport {
  asset: string;
  price: DecimalString;
  stable: boolean;
  /** Spot balance (negative: borrowed). */
  balance: DecimalString;
  /** Net delta in units of the asset: balance + futures + option deltas. */
  delta: DecimalString;
  gamma: DecimalString;
  vega: DecimalString;
  theta: DecimalString;
  /** Collateral value after haircut (positive balances), or the liability (negative). */
  collateralValue: DecimalString;
}

export interface AccountReport {
  /** Net value of everything: balances at mark, futures PnL, option values, isolated margins. */
  equity: DecimalString;
  /** Equity of the cross pool after haircuts: what its health is measured on. */
  adjustedEquity: DecimalString;
  /** Pool + isolated positions. */
  initialMargin: DecimalString;
  maintenanceMargin: DecimalString;
  /** Cross pool: adjusted equity ÷ maintenance (exchange rules), or Σ collateral × threshold ÷ debt (lending). 1 = liquidation. */
  healthFactor: DecimalString | null;
  healthFactorReason?: string;
  /** Maintenance ÷ adjusted equity (an exchange's "margin ratio"); null with no equity. */
  marginRatio: DecimalString | null;
  /**
   * The ratio named per rule set, never negative, with the zone by distance to liquidation in daily σ:
   * what a screen should show. evaluate() always sets it; optional so that reports saved or built before it still type.
   */
  health?: HealthReport;
  /** Adjusted equity − initial margin of the pool: what can be withdrawn or used to open. */
  freeMargin: DecimalString;
  /** Below the maintenance requirement now. */
  liquidatable: boolean;
  /** The nearest joint move (signed fraction) at which the pool is liquidated; null where none. */
  distanceToLiquidation: number | null;
  liquidationPrices: Record<string, LiquidationPricesReport>;
  /** Only when a regime is applied (the file's `regime` or the `regime` option): what it does with prices held. */
  solvencyDelta?: SolvencyDeltaReport;
  /** All non-stable assets moving together by the same fraction; with the prices of every asset at that point. */
  jointMove: {
    down: number | null;
    up: number | null;
    downPrices: Record<string, DecimalString> | null;
    upPrices: Record<string, DecimalString> | null;
  };
  positions: PositionReport[];
  assets: AssetReport[];
  /** Totals of the cross pool alone. */
  pool: {
    equity: DecimalString;
    adjustedEquity: DecimalString;
    initialMargin: DecimalString;
    maintenanceMargin: DecimalString;
    collateralValue: DecimalString;
    liabilities: DecimalString;
    unrealizedPnl: DecimalString;
    optionValue: DecimalString;
    /** Quote cash set aside as isolated positions' collateral, out of the pool. */
    isolatedCollateral: DecimalString;
    /**
     * The quote balance the pool holds: the balance written, less the isolated collateral. Below zero
     * it is a borrow of the quote (margined as any borrow), also where the quote is not listed at all.
     */
    quoteBalance: DecimalString;
  };
}

export interface LendingReport {
  /** Σ collateral value (full value). */
  collateralValue: DecimalString;
  /** Σ collateral value × liquidation threshold. */
  weightedCollateral: DecimalString;
  debt: DecimalString;
  healthFactor: DecimalString | null;
  healthFactorReason?: string;
  /** Σ collateral × max LTV − debt: what more can be borrowed (negative: over the limit). */
  borrowCapacity: DecimalString;
  /** Share of the debt a liquidator may repay at once: 50 %, or 100 % when health ≤ 0.95 (Aave v3). */
  closeFactor: number;
  /** At the current health factor if liquidatable, else at the point of liquidation. */
  liquidation: {
    /** What is repaid: debt × close factor, cut to collateral × price ÷ (1 + bonus) where the largest collateral cannot cover it (Aave v3). */
    maxRepayable: DecimalString;
    /** debt × close factor, before that cut. */
    repayAllowedByCloseFactor: DecimalString;
    bonusByAsset: Record<string, number>;
    /**
     * What a liquidator repaying maxRepayable receives of the largest collateral, bonus included:
     * quantity = maxRepayable × (1 + bonus) ÷ price, at `price`: the asset's own liquidation price
     * (others held; `pricedAt` "liquidation"), or today's mark when the account is liquidatable now
     * or this asset's fall alone cannot liquidate it (`pricedAt` "today").
     */
    collateralSeized: { asset: string; quantity: DecimalString; value: DecimalString; price: DecimalString; pricedAt: 'liquidation' | 'today' } | null;
  };
}

export interface RegimeEfficiency {
  /** Quote cash needed beyond the book's own spot holdings for the book to meet its initial margin. */
  requiredCapital: DecimalString;
  /** With the account's actual capital: the adverse joint move survived before the first liquidation (signed fraction); null if none within range. */
  survivableMove: number | null;
  survivableMoveReason?: string;
}

export interface EfficiencyReport {
  isolated: RegimeEfficiency;
  cross: RegimeEfficiency;
  /** Portfolio margin with the book's settings (offsets only if enabled). */
  portfolio: RegimeEfficiency | null;
  /** isolated − cross capital, and that as a fraction of isolated (null when isolated needs none). */
  crossSaving: { money: DecimalString; fraction: number | null };
}

export interface HealthCurve {
  /** "joint" or an asset symbol. */
  name: string;
  /** Health factor at each move; null where there is no requirement. */
  healthFactor: (number | null)[];
}

export interface HealthCurvesReport {
  /** Price moves as fractions (−0.5 … 0.5). */
  moves: number[];
  curves: HealthCurve[];
}

export interface TopUpReport {
  asset: string;
  targetHealthFactor: number;
  /** Units of the asset to add; "0" when already at or above the target; null where no amount reaches it. */
  quantity: DecimalString | null;
  value: DecimalString | null;
  reason?: string;
}

export interface ReportWarning {
  path: string;
  message: string;
}

export interface Report {
  format: 'margin-lab/report';
  version: 1;
  name: string;
  asOf: string;
  quote: string;
  rules: { name: string; title: string; source: string; date: string; kind: 'exchange' | 'lending' | 'portfolio' };
  account: AccountReport;
  lending: LendingReport | null;
  efficiency: EfficiencyReport | null;
  efficiencyReason?: string;
  /** VaR / ES and stress scenarios: present when asked for (the command line's --risk). */
  risk?: RiskReport;
  /** The book's risk arrays under portfolio-margin settings (whatever rule set it uses); null for lending. */
  portfolioMargin: PortfolioMarginReport | null;
  healthCurves: HealthCurvesReport;
  topUps: TopUpReport[];
  warnings: ReportWarning[];
}

export interface FieldError {
  /** JSON path: positions[2].strike */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface EvaluateOptions {
  /** What-if: fractional price moves by asset (0.1 = +10 %), applied to the book before anything else. */
  priceMoves?: Record<string, number>;
  /** What-if: a move of every non-stable asset, applied on top of priceMoves. */
  jointMove?: number;
  /** Range of the health curves; default −0.5 … 0.5 in 101 steps. */
  curveRange?: { from: number; to: number; steps: number };
  /** Collateral top-ups to compute: how much of `asset` brings the health factor to the target. */
  topUps?: { asset: string; targetHealthFactor: number }[];
  /** What-if of the market regime (dynamic margin), on top of the file's own `regime`: prices held. */
  regime?: { volatilityMultiplier?: number; correlationFloor?: number };
}

/** What a regime does with prices held (`account.solvencyDelta`). Money as decimal strings; changes are after − before. */
export interface SolvencyDeltaReport {
  regime: { volatilityMultiplier?: number; correlationFloor?: number; assets?: Record<string, { volatilityMultiplier: number }> };
  /** Change of the maintenance requirement. */
  requirement: DecimalString;
  /** Change of the (adjusted) equity: options repriced at the regime's volatility. */
  equity: DecimalString;
  /** Change of the health factor (equity ÷ requirement); null where either side has no requirement. */
  ratio: number | null;
  before: { requirement: DecimalString; equity: DecimalString; ratio: number | null };
  after: { requirement: DecimalString; equity: DecimalString; ratio: number | null };
  /** The joint price move that, without the regime, does the same damage to equity − requirement (−0.06: a 6 % fall). */
  equivalentJointMove: number | null;
  equivalentJointMoveReason?: string;
}

export type EvaluateResult = { ok: true; report: Report } | { ok: false; errors: FieldError[] };

export interface RiskArrayReport {
  asset: string;
  /** Scan range (0.15 = ±15 %). */
  priceRange: number;
  /** Worst weighted loss + short option charge. */
  requirement: DecimalString;
  worstLoss: DecimalString;
  shortOptionCharge: DecimalString;
  worstScenario: { move: number; volatility: -1 | 0 | 1; extreme: boolean; weight: number };
  /** One entry per scenario: price move (fraction), volatility shock direction, weighted loss (positive = lost). */
  scenarios: { move: number; volatility: -1 | 0 | 1; extreme: boolean; weight: number; loss: DecimalString }[];
}

export interface PortfolioMarginReport {
  grid: 'span' | 'deribit';
  volatilityShock: number;
  interAssetOffset: boolean;
  assets: RiskArrayReport[];
  sumOfRequirements: DecimalString;
  offset: DecimalString;
  initialMargin: DecimalString;
  maintenanceMargin: DecimalString;
  source: string;
}

export interface RiskOptions {
  /** Default 0.99. */
  confidence?: number;
  /** Default 1 day. */
  horizonDays?: number;
  /** Monte Carlo scenarios; default 100 000. */
  scenarios?: number;
  /** Default 1. */
  seed?: number;
  distribution?: 'normal' | 't';
  /** Student-t degrees of freedom (> 2); default 4. */
  dof?: number;
  /** Imported price history for historical simulation: the text of a CSV "date,BTC,ETH,…". */
  historyCsv?: string;
  /** A scenario the user builds: moves by asset, a move for the other assets, a volatility factor. */
  customScenario?: { name: string; moves: Record<string, number>; others?: number; volatilityFactor?: number };
}

export interface HistogramReport {
  edges: number[];
  counts: number[];
}

export interface StressReport {
  id: string;
  name: string;
  date: string;
  source: string;
  moves: Record<string, number>;
  volatilityFactor: number;
  /** The event's market regime, applied with its moves (null: none), and the source of its volatility jump. */
  regime: { volatilityMultiplier?: number; correlationFloor?: number; source: string } | null;
  /** Maintenance requirement after the event, its regime applied; and the regime's part of it. */
  requirementAfter: DecimalString;
  regimeRequirement: DecimalString;
  equityBefore: DecimalString;
  equityAfter: DecimalString;
  /** Positive: money lost. */
  loss: DecimalString;
  healthFactorAfter: DecimalString | null;
  healthFactorReason?: string;
  poolLiquidated: boolean;
  liquidatedPositions: string[];
}

export interface RiskReport {
  confidence: number;
  horizonDays: number;
  distribution: 'normal' | 't';
  dof: number | null;
  /** Losses are positive money. */
  parametric: { var: DecimalString; es: DecimalString; sigma: DecimalString; method: string; deltaGamma: { var: DecimalString; es: DecimalString } };
  monteCarlo: {
    var: DecimalString; es: DecimalString; standardError: DecimalString; esStandardError: DecimalString;
    scenarios: number; seed: number; histogram: HistogramReport; returns: 'simple';
  } | null;
  historical: { var: DecimalString; es: DecimalString; observations: number; from: string; to: string; missing: string[]; histogram: HistogramReport } | null;
  stress: StressReport[];
}
