import { describe, expect, it } from 'vitest';
import { barSlots, valueAxis, wrapWords } from '../../../src/ui/charts/efficiency-plot';

// The efficiency bars' geometry, drawn as plain SVG.

describe('the value axis', () => {
  it('runs from 0 to the highest bar rounded up to a nice step', () => {
    // Highest 15,000 over 4 intervals: 3,750 → step 5,000; top 15,000. Highest 15,001 → top 20,000.
    expect(valueAxis([15000, 9000, 5000, 0])).toEqual({ low: 0, high: 15000, ticks: [0, 5000, 10000, 15000] });
    expect(valueAxis([15001, null])).toEqual({ low: 0, high: 20000, ticks: [0, 5000, 10000, 15000, 20000] });
  });

  it('reaches below 0 when a bar does', () => {
    // −2,000 … 6,000: span 8,000 / 4 = 2,000 → step 2,000.
    expect(valueAxis([6000, -2000])).toEqual({ low: -2000, high: 6000, ticks: [-2000, 0, 2000, 4000, 6000] });
  });

  it('is 0 … 1 with nothing to show, and ignores what is not a number', () => {
    expect(valueAxis([])).toEqual({ low: 0, high: 1, ticks: [0, 1] });
    expect(valueAxis([null, 0, Number.NaN, Number.POSITIVE_INFINITY])).toEqual({ low: 0, high: 1, ticks: [0, 1] });
  });
});

describe('where the bars stand', () => {
  it('centres each group in its share of the width, a quarter of it left as the gap', () => {
    // 600 px for 3 groups: 200 px each, 150 px of bars; group 1 starts at 100 + 200 + 25 = 325.
    // Two bars with a 4 px gap: (150 − 4) / 2 = 73 px each, at 325 and 402.
    expect(barSlots(100, 600, 3, 1, 2)).toEqual([
      { x: 325, width: 73 },
      { x: 402, width: 73 },
    ]);
  });

  it('keeps every bar inside its group', () => {
    for (const bars of [1, 2, 3]) {
      for (let group = 0; group < 3; group += 1) {
        for (const slot of barSlots(0, 300, 3, group, bars)) {
          expect(slot.x).toBeGreaterThanOrEqual(group * 100);
          expect(slot.x + slot.width).toBeLessThanOrEqual((group + 1) * 100);
        }
      }
    }
    expect(barSlots(0, 300, 0, 0, 2)).toEqual([]);
  });
});

describe('the text under a bar group', () => {
  it('wraps at word boundaries within the width, a long word alone', () => {
    // "no liquidation in the range tested" in 18 characters: "no liquidation in" is 17, "the range tested" 16.
    expect(wrapWords('no liquidation in the range tested', 18)).toEqual(['no liquidation in', 'the range tested']);
    expect(wrapWords('survives −25.0%', 18)).toEqual(['survives −25.0%']);
    expect(wrapWords('a supercalifragilistic word', 8)).toEqual(['a', 'supercalifragilistic', 'word']);
    expect(wrapWords('  ', 8)).toEqual([]);
  });
});
