import type { PortfolioMarginSettings } from './types';

// CME SPAN's scenario grid as the portfolio rule set models it, each parameter with its source
// (read 2025-06-01). Rule sets that do not model a venue's own portfolio margin name this grid.
export const SPAN_PORTFOLIO_MARGIN: PortfolioMarginSettings = {
  grid: 'span', // CME SPAN: 16 risk scenarios (price scan range in thirds × volatility up / down, two extremes)
  volatilityShock: 0.25, // of the order of SPAN's volatility scan range for crypto futures options (CME margin files, 2025)
  extremeMultiple: 2, // CME SPAN: extreme moves at 2 × the price scan range
  extremeWeight: 0.35, // CME SPAN: 35 % of an extreme scenario's loss counts
  shortOptionMinimum: 0.01, // SPAN's short option minimum, modelled as 1 % of the underlying notional
  interAssetOffset: false, // inter-commodity spread credits off unless the user asks: a credit is a venue's choice, not a right
  maxOffset: 0.5, // SPAN inter-commodity credits stay well under half of the summed requirements (CME spread tables)
  maintenanceShare: 0.5, // Paradex portfolio margin docs: maintenance is 50 % of initial
};
