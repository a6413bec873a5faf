import { describe, expect, it } from 'vitest';
import { linearScale, linePath, nearestIndex, niceDomain, niceStep, niceTicks } from '../../../src/ui/cascade/svg-scale';

describe('the plots\' scales and ticks', () => {
  it('maps a domain onto pixels linearly, an empty domain to the middle', () => {
    const x = linearScale([0, 10], [100, 200]);
    expect(x(0)).toBe(100);
    expect(x(2.5)).toBe(125);
    expect(x(10)).toBe(200);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
    // An upward y axis: the range runs from the bottom pixel to the top one.
    expect(linearScale([0, 100], [240, 40])(25)).toBe(190);
  });

  it('picks round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(37, 5)).toBe(5);
    expect(niceStep(0.3, 5)).toBeCloseTo(0.05, 15);
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-23, 4, 5)).toEqual([-20, -15, -10, -5, 0]);
    expect(niceTicks(-0.5, 8.5, 5, true)).toEqual([0, 2, 4, 6, 8]);
    // Steps are whole even over a short run.
    expect(niceTicks(-0.5, 2.5, 5, true)).toEqual([0, 1, 2]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(Number.NaN, 3)).toEqual([]);
  });

  it('widens a value axis to round ends, through zero when asked', () => {
    expect(niceDomain(0, 37_296_104.74, 5, true)).toEqual([0, 40_000_000]);
    expect(niceDomain(12, 87, 5)).toEqual([0, 100]);
    expect(niceDomain(0, 0, 5, true)).toEqual([0, 1]);
    expect(niceDomain(-3, 5, 4, true)).toEqual([-4, 6]);
  });

  it('finds the point nearest the pointer', () => {
    expect(nearestIndex([10, 20, 30], 24)).toBe(1);
    expect(nearestIndex([10, 20, 30], 26)).toBe(2);
    expect(nearestIndex([10, 20, 30], -5)).toBe(0);
    expect(nearestIndex([10, 20, 30], 99)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
  });

  it('draws a line as a path broken at gaps, straight or in steps', () => {
    expect(linePath([0, 10, 20, 30], [5, 6, null, 8])).toBe('M0.0,5.0L10.0,6.0M30.0,8.0');
    expect(linePath([0, 10], [5, 6], true)).toBe('M0.0,5.0H10.0V6.0');
    expect(linePath([0, 10], [Number.NaN, null])).toBe('');
  });
});
