// Bands of a health factor (equity ÷ maintenance on exchange and portfolio books, the lending health
// factor on lending books; 1 = liquidation) for the charts that plot it at many moves: the health
// heatmap's cells and the health curve's shading. They say how much cover is left above the
// requirement, in the ratio's own terms, and are never called zones: the account's zone is the
// engine's, judged by the distance to liquidation in daily σ (account.health.zone), and a ratio of
// 9.87 can be a 2 σ day from liquidation.

export type CoverBand = 'liquidated' | 'within20' | 'belowDouble' | 'doubleOrMore' | 'none';

/** Below 1 liquidated; [1, 1.2) within 20 % of liquidation; [1.2, 2) under twice the requirement; 2 and above. */
export const COVER_BOUNDS = { liquidation: 1, within20: 1.2, double: 2 } as const;

export const COVER_LABEL: Record<CoverBand, string> = {
  liquidated: 'liquidated (below 1)',
  within20: 'within 20% of liquidation (1–1.2)',
  belowDouble: 'under twice the requirement (1.2–2)',
  doubleOrMore: 'twice the requirement or more (2 and above)',
  none: 'nothing required',
};

export function coverBand(healthFactor: number | null): CoverBand {
  if (healthFactor === null || !Number.isFinite(healthFactor)) return 'none';
  if (healthFactor < COVER_BOUNDS.liquidation) return 'liquidated';
  if (healthFactor < COVER_BOUNDS.within20) return 'within20';
  if (healthFactor < COVER_BOUNDS.double) return 'belowDouble';
  return 'doubleOrMore';
}
