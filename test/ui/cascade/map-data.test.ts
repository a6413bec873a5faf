import { describe, expect, it } from 'vitest';
import { binMovePoints, liquidationMaps, mapTicks } from '../../../src/ui/cascade/map-data';
import { handResult, presetResult } from './fixtures';

const moves = Array.from({ length: 41 }, (_, k) => Math.round((-0.5 + k * 0.025) * 1e12) / 1e12);
const zeros = () => new Array<number>(40).fill(0);

describe('the liquidation map as chart rows', () => {
  it("turns the engine's 2.5 % bins into price bands around today's price", () => {
    const longNotional = zeros();
    longNotional[18] = 5000; // −5 % to −2.5 %
    const shortNotional = zeros();
    shortNotional[22] = 700; // +5 % to +7.5 %
    const result = handResult([{ step: 0, prices: { BTC: 95, ETH: 10 } }], {
      assets: ['BTC'],
      todayPrices: { BTC: 100 },
      shockedPrices: { BTC: 96 },
      liquidationMap: { BTC: { moves, longNotional, shortNotional, longBeyond: 10, shortBeyond: 0 } },
    });
    const [map] = liquidationMaps(result);
    expect(map!.rows).toHaveLength(40);
    const band = map!.rows[18]!;
    expect(band.fromPrice).toBeCloseTo(95, 9);
    expect(band.toPrice).toBeCloseTo(97.5, 9);
    expect(band.price).toBeCloseTo(96.25, 9);
    expect(band.long).toBe(5000);
    expect(binMovePoints(band)).toEqual([-5, -2.5]);
    expect(map!.rows[22]!.short).toBe(700);
    expect(map!.domain).toEqual([50, 150]);
    // Totals count the notional beyond ±50 % too.
    expect(map!.longTotal).toBe(5010);
    expect(map!.shortTotal).toBe(700);
  });

  it("marks today's price, the shocked and the furthest price, and leaves out what is missing", () => {
    const result = handResult([{ step: 0, prices: { BTC: 95, ETH: 10 } }], {
      assets: ['BTC'],
      todayPrices: { BTC: 100 },
      shockedPrices: { BTC: 96 },
      liquidationMap: { BTC: { moves, longNotional: zeros(), shortNotional: zeros(), longBeyond: 0, shortBeyond: 0 } },
    });
    result.totals.largestMoves = { BTC: -0.15 };
    const marks = liquidationMaps(result)[0]!.marks;
    expect(marks.map((m) => [m.kind, m.price])).toEqual([
      ['today', 100],
      ['shocked', 96],
      ['lowest', 85],
    ]);
  });

  it('puts five ticks on the price axis: today and every 20 %', () => {
    const result = presetResult('everyone-at-20x', (s) => ({ ...s, crowd: { ...s.crowd, count: 500 }, criticalShock: { search: false } }));
    const [map] = liquidationMaps(result);
    expect(mapTicks(map!).map((t) => Math.round(t))).toEqual([54000, 72000, 90000, 108000, 126000]);
  });

  it("on a preset, holds every long the crowd has under today's price, and never NaN", () => {
    const result = presetResult('everyone-at-20x', (s) => ({ ...s, crowd: { ...s.crowd, count: 500 }, criticalShock: { search: false } }));
    const [map] = liquidationMaps(result);
    // Everyone is long at 20×: all the notional is liquidated by a fall of a few percent.
    expect(map!.shortTotal).toBe(0);
    expect(map!.longTotal).toBeCloseTo(result.crowd.longNotional, 3);
    const underToday = map!.rows.filter((r) => r.toPrice <= map!.today).reduce((s, r) => s + r.long, 0);
    expect(underToday).toBeCloseTo(map!.longTotal - map!.longBeyond, 3);
    expect(JSON.stringify(map)).not.toContain('NaN');
  });
});
