import { describe, expect, it } from 'vitest';
import { HEAT, HEAT_OPACITY, healthColour, largestMagnitude, lossColour } from '../../../src/ui/risk/heat-scale';

describe('the heatmap colour scale', () => {
  it('colours losses red and gains blue, stronger in proportion to the largest magnitude', () => {
    // 0.08 + (0.6 − 0.08) × 500 / 1000 = 0.34
    expect(lossColour(500, 1000)).toEqual({ fill: HEAT.loss, opacity: 0.34 });
    expect(lossColour(-500, 1000)).toEqual({ fill: HEAT.gain, opacity: 0.34 });
    expect(lossColour(1000, 1000)).toEqual({ fill: HEAT.loss, opacity: HEAT_OPACITY.max });
    expect(lossColour(-1000, 1000)?.opacity).toBe(HEAT_OPACITY.max);
  });

  it('never passes the cap, even for a value beyond the stated largest', () => {
    expect(lossColour(5000, 1000)?.opacity).toBe(HEAT_OPACITY.max);
  });

  it('draws zero, or a map with nothing at stake, in the neutral colour', () => {
    expect(lossColour(0, 1000)).toEqual({ fill: HEAT.zero, opacity: HEAT_OPACITY.min });
    expect(lossColour(10, 0)).toEqual({ fill: HEAT.zero, opacity: HEAT_OPACITY.min });
    expect(lossColour(10, NaN)).toEqual({ fill: HEAT.zero, opacity: HEAT_OPACITY.min });
  });

  it('has no colour for a missing or non-finite value (an empty cell, never NaN)', () => {
    expect(lossColour(null, 1000)).toBeNull();
    expect(lossColour(NaN, 1000)).toBeNull();
    expect(lossColour(Infinity, 1000)).toBeNull();
  });

  it('takes the end of the scale from the largest magnitude, gains included, ignoring gaps', () => {
    expect(largestMagnitude([120, -450, null, NaN, 30])).toBe(450);
    expect(largestMagnitude([])).toBe(0);
    expect(largestMagnitude([null])).toBe(0);
  });

  it('colours a health factor by its bands (the same colours as before; the bands are not zones)', () => {
    expect(healthColour(0.8).fill).toBe('var(--ml-chart-liquidation)');
    expect(healthColour(1).fill).toBe('var(--ml-chart-danger)');
    expect(healthColour(1.19).fill).toBe('var(--ml-chart-danger)');
    expect(healthColour(1.2).fill).toBe('var(--ml-chart-caution)');
    expect(healthColour(2).fill).toBe('var(--ml-chart-healthy)');
    expect(healthColour(null).fill).toBe(HEAT.zero);
    expect(healthColour(NaN).fill).toBe(HEAT.zero);
  });
});
