import type { PortfolioMarginInput } from '../format/schema';
import { genericCex } from './generic-cex';
import type { RuleSet } from './types';

// portfolio: risk-based margin. Each asset's book (spot, futures, options) is revalued over a grid
// of price moves × volatility shocks; the requirement is the worst loss, plus a minimum charge per
// short option, and — only where the user enables it — a credit for offsets between assets that
// the correlation between them bounds. Grids are modelled on CME SPAN (16 scenarios) and Deribit's
// portfolio margin (±16 % in buckets × volatility up / same / down, plus an extended range).

export interface PortfolioMarginSettings {
  grid: 'span' | 'deribit';
  /** Relative volatility shock: σ × (1 ± shock). SPAN's volatility scan range is of this order. */
  volatilityShock: number;
  /** Extreme moves are this multiple of the scan range (SPAN: 2; some sources say 3). */
  extremeMultiple: number;
  /** Share of an extreme scenario's loss that counts (SPAN: 35 %). */
  extremeWeight: number;
  /** Minimum charge per short option, as a share of its underlying notional (SPAN's short option minimum). */
  shortOptionMinimum: number;
  /** Credit offsets between assets (off unless the user asks). */
  interAssetOffset: boolean;
  /** The credit never exceeds this share of the summed requirements. */
  maxOffset: number;
  /** Maintenance = initial × this share (Paradex: maintenance is 50 % of initial). */
  maintenanceShare: number;
}

export const DEFAULT_PORTFOLIO_MARGIN: PortfolioMarginSettings = {
  grid: 'span',
  volatilityShock: 0.25,
  extremeMultiple: 2,
  extremeWeight: 0.35,
  shortOptionMinimum: 0.01,
  interAssetOffset: false,
  maxOffset: 0.5,
  maintenanceShare: 0.5,
};

export function portfolioMarginSettings(input: PortfolioMarginInput | undefined): PortfolioMarginSettings {
  return { ...DEFAULT_PORTFOLIO_MARGIN, ...Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined)) };
}

/** One scenario of the grid: a move as a share of the scan range, a volatility shock, a weight. */
export interface GridScenario {
  /** Price move in units of the scan range (−1 … 1; extremes ± extremeMultiple). */
  rangeMultiple: number;
  /** −1, 0 or +1: volatility down, unchanged or up by volatilityShock. */
  volatility: -1 | 0 | 1;
  weight: number;
  extreme: boolean;
}

/** The grid's scenarios. SPAN: 0, ±⅓, ±⅔, ±1 of the range, each with volatility up and down (14), plus ±2× at 35 %. */
export function scenarioGrid(settings: PortfolioMarginSettings): GridScenario[] {
  const out: GridScenario[] = [];
  if (settings.grid === 'span') {
    for (const m of [0, 1 / 3, -1 / 3, 2 / 3, -2 / 3, 1, -1]) for (const v of [1, -1] as const) out.push({ rangeMultiple: m, volatility: v, weight: 1, extreme: false });
    for (const m of [settings.extremeMultiple, -settings.extremeMultiple]) out.push({ rangeMultiple: m, volatility: 0, weight: settings.extremeWeight, extreme: true });
    return out;
  }
  // Deribit: the range in eighths, each with volatility up, same and down; an extended range with volatility up only.
  for (let k = -8; k <= 8; k++) for (const v of [1, 0, -1] as const) out.push({ rangeMultiple: k / 8, volatility: v, weight: 1, extreme: false });
  for (const m of [settings.extremeMultiple, -settings.extremeMultiple]) out.push({ rangeMultiple: m, volatility: 1, weight: settings.extremeWeight, extreme: true });
  return out;
}

export const portfolioRules: RuleSet = {
  ...genericCex,
  name: 'portfolio',
  title: 'Portfolio margin (risk-based scenario grid)',
  source: 'Modelled on CME SPAN (16 scenarios, extremes at 35 %), Deribit portfolio margin (±16 % × volatility up / same / down) and Paradex (maintenance 50 % of initial); isolated positions keep generic-cex brackets',
  date: '2025-06-01',
  kind: 'portfolio',
};
