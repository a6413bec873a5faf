import { describe, expect, it } from 'vitest';
import { curveSpanFor, DEFAULT_SPAN, nearestLiquidation } from '../../src/state/curve-range';
import { draftFromJson, draftToJson } from '../../src/state/json-form';
import { connectEvaluation } from '../../src/state/evaluation';
import { createAppStore } from '../../src/state/store';
import { evaluate } from '../../src/worker/api';
import { example, inProcessEngine, settle } from './helpers';

function report(file: string, options?: Parameters<typeof evaluate>[1]) {
  const result = evaluate(draftToJson(draftFromJson(example(file))), options).value;
  if (!result.ok) throw new Error(`${file} must evaluate`);
  return result.report;
}

describe('the health chart axis follows the book', () => {
  it('spans about 2.5× the nearest liquidation, from fixed steps', () => {
    // 2 % away → 5 % needed → the 5 % span; 3 % → 7.5 % → 10 %; 15 % → 37.5 % → 50 %.
    expect(curveSpanFor(0.02)).toBe(0.05);
    expect(curveSpanFor(0.03)).toBe(0.1);
    expect(curveSpanFor(0.15)).toBe(0.5);
    expect(curveSpanFor(0.005)).toBe(0.02);
    // Nothing liquidates it, or only far away: the engine's default ±50 %.
    expect(curveSpanFor(null)).toBe(DEFAULT_SPAN);
    expect(curveSpanFor(0.9)).toBe(DEFAULT_SPAN);
  });

  it('a 20× book is drawn over a few percent, and its curve then crosses 1 inside the axis, not at its edge', () => {
    const first = report('classroom-overleveraged.json');
    const nearest = nearestLiquidation(first);
    expect(nearest).not.toBeNull();
    expect(nearest!).toBeLessThan(0.02);
    const span = curveSpanFor(nearest);
    expect(span).toBeLessThanOrEqual(0.05);
    const second = report('classroom-overleveraged.json', { curveRange: { from: -span, to: span, steps: 101 } });
    const joint = second.healthCurves.curves.find((c) => c.name === 'joint')!;
    // Several grid points on each side of 1: a curve, not a vertical line.
    const below = joint.healthFactor.filter((h) => h !== null && h < 1).length;
    const above = joint.healthFactor.filter((h) => h !== null && h >= 1).length;
    expect(below).toBeGreaterThan(5);
    expect(above).toBeGreaterThan(5);
    // The span does not change once chosen: distances do not depend on the axis.
    expect(curveSpanFor(nearestLiquidation(second))).toBe(span);
  });
});

describe('the axis and a held slider', () => {
  it('keeps its span while a slider is held (a new axis redraws every chart) and takes it on release', async () => {
    const store = createAppStore(draftFromJson(example('leveraged-long.json')));
    store.getState().setSliderHeld(true);
    connectEvaluation(store, inProcessEngine());
    await settle();
    // Nearest liquidation 7.87 % → 2.5× = 19.7 % → the 20 % span, but only once released.
    expect(store.getState().curveSpan).toBe(DEFAULT_SPAN);
    store.getState().setSliderHeld(false);
    expect(store.getState().curveSpan).toBe(0.2);
    await settle();
    expect(store.getState().main.report?.healthCurves.moves[0]).toBeCloseTo(-0.2, 12);
  });
});
