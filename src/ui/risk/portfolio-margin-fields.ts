// The portfolio-margin settings the panel edits, each with its default and where that default
// comes from. The defaults mirror DEFAULT_PORTFOLIO_MARGIN in src/engine/rules/portfolio.ts (the
// page does not load the engine); test/ui/risk/portfolio-margin-fields.test.ts holds the two equal.
import type { PortfolioMarginNumber } from '../../state/draft';

export interface NumberSetting {
  field: PortfolioMarginNumber;
  label: string;
  /** What the number means and its unit. */
  hint: string;
  defaultValue: number;
  source: string;
}

export const GRID_CHOICES = [
  { value: 'span', label: 'SPAN-style (16 scenarios)', source: 'CME SPAN: 0, ±⅓, ±⅔, ±1 of the scan range, each with volatility up and down, plus ±2 × range at 35 %' },
  { value: 'deribit', label: 'Deribit-style (range in eighths × 3 volatilities)', source: 'Deribit portfolio margin: ±16 % in steps, volatility up / same / down, plus an extended range' },
] as const;

export const DEFAULT_GRID = 'span';

export const NUMBER_SETTINGS: readonly NumberSetting[] = [
  { field: 'volatilityShock', label: 'Volatility shock', hint: 'fraction: 0.25 moves σ by ±25 %', defaultValue: 0.25, source: 'of the order of SPAN’s volatility scan range' },
  { field: 'extremeMultiple', label: 'Extreme move', hint: 'multiple of the scan range', defaultValue: 2, source: 'SPAN: 2 × the range (some sources say 3)' },
  { field: 'extremeWeight', label: 'Extreme weight', hint: 'fraction of an extreme loss that counts', defaultValue: 0.35, source: 'SPAN counts 35 % of an extreme move’s loss' },
  { field: 'shortOptionMinimum', label: 'Short option minimum', hint: 'fraction of the underlying notional, per short option', defaultValue: 0.01, source: 'SPAN’s short option minimum charge' },
  { field: 'maintenanceShare', label: 'Maintenance share', hint: 'maintenance as a fraction of initial', defaultValue: 0.5, source: 'Paradex: maintenance is 50 % of initial' },
];

export const OFFSET_SETTING: NumberSetting = {
  field: 'maxOffset',
  label: 'Largest offset',
  hint: 'fraction of the summed requirements',
  defaultValue: 0.5,
  source: 'credit = min(Σ L − √(Σᵢⱼ ρᵢⱼ sᵢ sⱼ Lᵢ Lⱼ), cap × Σ L): correlated risks combined, never past the cap',
};

export const DEFAULT_INTER_ASSET_OFFSET = false;

/** Scan ranges of the rule sets, for the per-asset field's hint. */
export const PRICE_RANGE_SOURCE = 'Rule set default: BTC and ETH ±15 % (Deribit ±16 %, OKX ±12 %), large altcoins ±25 %, others ±30 %, stablecoins ±3 %';
