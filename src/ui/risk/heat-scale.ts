// Colours of the heatmaps. A loss scale diverges from the middle: losses in red, gains in blue
// (a pair that reads apart for red–green colour blindness too), each stronger the larger the value
// against the largest of the map. Colours are CSS custom properties (risk.css, light and dark);
// strength is the fill's opacity, capped so the text drawn on a cell stays readable on both themes.
import { coverBand, type CoverBand } from '../charts/health-zone';

export const HEAT = {
  loss: 'var(--ml-heat-loss)',
  gain: 'var(--ml-heat-gain)',
  zero: 'var(--ml-heat-zero)',
} as const;

export const HEAT_OPACITY = { min: 0.08, max: 0.6 } as const;

export interface HeatColour {
  /** A CSS colour, var(--…). */
  fill: string;
  /** 0–1: the strength of the colour. */
  opacity: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The colour of a loss (positive: money lost) or gain (negative); null when there is no value to colour. */
export function lossColour(loss: number | null, largest: number): HeatColour | null {
  if (loss === null || !Number.isFinite(loss)) return null;
  if (loss === 0 || !Number.isFinite(largest) || largest <= 0) return { fill: HEAT.zero, opacity: HEAT_OPACITY.min };
  const strength = Math.min(1, Math.abs(loss) / largest);
  return { fill: loss > 0 ? HEAT.loss : HEAT.gain, opacity: round3(HEAT_OPACITY.min + (HEAT_OPACITY.max - HEAT_OPACITY.min) * strength) };
}

/** The largest |value| of a map, the end of its scale; 0 for an empty or all-missing map. */
export function largestMagnitude(values: readonly (number | null)[]): number {
  let largest = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  return largest;
}

// The same colour scale as before, by bands of the ratio (health-zone.ts), not the account's zone.
const BAND_FILL: Record<CoverBand, HeatColour> = {
  liquidated: { fill: 'var(--ml-chart-liquidation)', opacity: 0.6 },
  within20: { fill: 'var(--ml-chart-danger)', opacity: 0.45 },
  belowDouble: { fill: 'var(--ml-chart-caution)', opacity: 0.3 },
  doubleOrMore: { fill: 'var(--ml-chart-healthy)', opacity: 0.25 },
  none: { fill: HEAT.zero, opacity: HEAT_OPACITY.min },
};

/** A health factor's cell colour by its band (below 1: liquidated). */
export function healthColour(healthFactor: number | null): HeatColour {
  return BAND_FILL[coverBand(healthFactor)];
}
