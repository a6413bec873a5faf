import type { PortfolioMarginInput } from '../format/schema';
import { genericCex } from './generic-cex';
import { SPAN_PORTFOLIO_MARGIN } from './span';
import type { PortfolioMarginSettings, RuleSet } from './types';

// portfolio: risk-based margin. Each asset's book (spot, futures, options) is revalued over a grid
// of price moves × volatility shocks; the requirement is the worst loss, plus a minimum charge per
// short option, and — only where the user enables it — a credit for offsets between assets that
// the correlation between them bounds. Grids are modelled on CME SPAN (16 scenarios) and Deribit's
// portfolio margin (±16 % in buckets × volatility up / same / down, plus an extended range).

/** The rule set's portfolio-margin settings with the file's own `portfolioMargin` on top. */
export function portfolioMarginSettings(rules: RuleSet, input: PortfolioMarginInput | undefined): PortfolioMarginSettings {
  return { ...rules.portfolioMargin, ...Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined)) };
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
  portfolioMargin: SPAN_PORTFOLIO_MARGIN, // CME SPAN (span.ts); a file's `portfolioMargin` picks Deribit's grid or changes any setting
  // A spot borrow's risk is in the scenario grid (a negative balance loses as the price rises); these
  // rates are read only under exchange rules, stated for completeness: Binance Cross Margin, as generic-cex
  // ("Margin Level" and "Cross Margin Pro" FAQ, read 2025-06-01).
  borrowMaintenanceRate: 0.1,
  borrowInitialRate: 0.25,
};
