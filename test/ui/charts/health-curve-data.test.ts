import { describe, expect, it } from 'vitest';
import {
  currentHealth,
  healthAxisMax,
  healthCsv,
  healthRows,
  healthSeries,
  healthTicks,
  interpolateAt,
  labelledMarks,
  liquidationMarks,
  lowestHealth,
} from '../../../src/ui/charts/health-curve-data';
import { healthText } from '../../../src/ui/charts/health-curve-text';
import { fixtureReport } from './fixture-report';

describe('health curve data', () => {
  it('finds the lowest point of the curves drawn, with its curve and move', () => {
    const report = fixtureReport();
    const series = healthSeries(report);
    // Fixture: BTC 0.5 at −50 %, ETH 0.85 at +50 %, the joint move 0.4 at −50 %: the joint move's is lowest.
    expect(lowestHealth(healthRows(report), series)).toEqual({ value: 0.4, move: -50, label: 'Joint move' });
    // Without the joint move, BTC's 0.5 at −50 %.
    expect(lowestHealth(healthRows(report), series.filter((s) => !s.joint))).toEqual({ value: 0.5, move: -50, label: 'BTC' });
    expect(lowestHealth([], series)).toBeNull();
  });

  it('makes one series per curve, the joint move named and given its own colour', () => {
    const series = healthSeries(fixtureReport());
    expect(series.map((s) => s.label)).toEqual(['BTC', 'ETH', 'Joint move']);
    expect(series[2]).toMatchObject({ joint: true, color: 'var(--ml-chart-joint)', baseline: false });
    expect(series[0]?.color).toBe('var(--ml-chart-series-1)');
  });

  it('gives a baseline curve the colour of the same asset now, marked as before', () => {
    const report = fixtureReport();
    const baseline = fixtureReport();
    baseline.healthCurves.curves.reverse(); // joint, ETH, BTC
    const series = healthSeries(report, baseline);
    const before = series.filter((s) => s.baseline);
    expect(before.map((s) => s.label)).toEqual(['Joint move (before)', 'ETH (before)', 'BTC (before)']);
    expect(before[2]?.color).toBe(series[0]?.color);
  });

  it('puts rows on the move grid in percent points, one key per series', () => {
    const rows = healthRows(fixtureReport());
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({ move: -50, now0: 0.5, now1: 6.5, now2: 0.4 });
    expect(rows[5]).toEqual({ move: 0, now0: 1.84, now1: 1.84, now2: 1.84 });
  });

  it('turns missing or non-finite health factors into gaps (null), never NaN', () => {
    const report = fixtureReport();
    report.healthCurves.curves[0]!.healthFactor[1] = null;
    report.healthCurves.curves[0]!.healthFactor[2] = Number.NaN;
    const rows = healthRows(report);
    expect(rows[1]?.now0).toBeNull();
    expect(rows[2]?.now0).toBeNull();
  });

  it('resamples a baseline on another grid by linear interpolation', () => {
    const report = fixtureReport();
    const baseline = fixtureReport();
    baseline.healthCurves = { moves: [-0.5, 0.5], curves: [{ name: 'BTC', healthFactor: [1, 3] }] };
    const rows = healthRows(report, baseline);
    // halfway from 1 at −50 % to 3 at +50 %: 2 at 0, 1.2 at −40 %
    expect(rows[5]?.before0).toBe(2);
    expect(rows[1]?.before0).toBeCloseTo(1.2, 12);
  });

  it('interpolates only inside the grid and between two values', () => {
    expect(interpolateAt([0, 1], [1, 3], 0.25)).toBe(1.5);
    expect(interpolateAt([0, 1], [1, 3], 1)).toBe(3);
    expect(interpolateAt([0, 1], [1, 3], 1.5)).toBeNull();
    expect(interpolateAt([0, 1], [1, 3], -0.1)).toBeNull();
    expect(interpolateAt([0, 1], [1, null], 0.5)).toBeNull();
    expect(interpolateAt([], [], 0)).toBeNull();
  });

  it('clamps the y-axis to 2 … 5 and says when a curve runs off the top', () => {
    const report = fixtureReport();
    const series = healthSeries(report);
    // the highest value is ETH's 6.5 at −50 %: beyond 5
    expect(healthAxisMax(healthRows(report), series)).toEqual({ max: 5, clipped: true });
    const calm = fixtureReport();
    calm.healthCurves.curves = [{ name: 'BTC', healthFactor: calm.healthCurves.moves.map(() => 1.3) }];
    // 1.3 × 1.05 = 1.365, rounded up to a half = 1.5, raised to the floor of 2
    expect(healthAxisMax(healthRows(calm), healthSeries(calm))).toEqual({ max: 2, clipped: false });
    const mid = fixtureReport();
    mid.healthCurves.curves = [{ name: 'BTC', healthFactor: mid.healthCurves.moves.map(() => 3.1) }];
    // 3.1 × 1.05 = 3.255 → 3.5
    expect(healthAxisMax(healthRows(mid), healthSeries(mid)).max).toBe(3.5);
    const empty = fixtureReport();
    empty.healthCurves.curves = [{ name: 'BTC', healthFactor: empty.healthCurves.moves.map(() => null) }];
    expect(healthAxisMax(healthRows(empty), healthSeries(empty))).toEqual({ max: 2, clipped: false });
  });

  it('marks liquidation moves from the account: BTC −30 %, ETH +40 %, joint −20 %', () => {
    const report = fixtureReport();
    const marks = liquidationMarks(report, healthSeries(report));
    expect(marks.map((m) => [m.label, m.side, m.move])).toEqual([
      ['BTC', 'down', -30],
      ['ETH', 'up', 40],
      ['Joint move', 'down', -20],
    ]);
  });

  it('labels a liquidation mark only when it is clear of the labelled ones', () => {
    const report = fixtureReport();
    report.account.jointMove.down = -0.25; // 5 points from BTC's −30 %
    const marks = labelledMarks(liquidationMarks(report, healthSeries(report)), 10);
    expect(marks.map((m) => [m.label, m.labelled])).toEqual([
      ['BTC', true],
      ['ETH', true],
      ['Joint move', false],
    ]);
  });

  it('leaves a mark bare when the "now" label already stands near it', () => {
    const mark = (move: number) => ({ seriesKey: 'now0', label: 'Joint move', color: '#000', side: 'down' as const, move });
    // Axis ±2 %, gap 0.4 points; "now" occupies 0: −0.14 is within 0.4 of it, −1.5 is not.
    expect(labelledMarks([mark(-0.14), mark(-1.5)], 0.4, [0]).map((m) => m.labelled)).toEqual([false, true]);
    expect(labelledMarks([mark(-0.14)], 0.4).map((m) => m.labelled)).toEqual([true]);
  });

  it('ticks the y-axis by halves up to 2.5 and by wholes beyond, ending at the top', () => {
    expect(healthTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(healthTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(healthTicks(3.5)).toEqual([0, 1, 2, 3, 3.5]);
  });

  it('takes the health factor now from the account, else from the curves at 0', () => {
    const report = fixtureReport();
    expect(currentHealth(report)).toBe(1.84);
    report.account.healthFactor = null;
    report.healthCurves.curves[0]!.healthFactor[5] = 1.5;
    expect(currentHealth(report)).toBe(1.5);
  });

  it('writes every grid point to CSV with a header naming each curve', () => {
    const csv = healthCsv(fixtureReport(), fixtureReport());
    expect(csv.header).toEqual([
      'price move (%)',
      'BTC health factor',
      'ETH health factor',
      'Joint move health factor',
      'BTC (before) health factor',
      'ETH (before) health factor',
      'Joint move (before) health factor',
    ]);
    expect(csv.rows[3]).toEqual([-20, 1.3, 2.6, 1.0, 1.3, 2.6, 1.0]);
  });

  it('summarises each curve for screen readers', () => {
    const text = healthText(fixtureReport());
    expect(text.columns).toEqual(['Curve', 'Now', 'At −50.0%', 'At −25.0%', 'At −10.0%', 'At +10.0%', 'At +25.0%', 'At +50.0%', 'Liquidated at move down', 'Liquidated at move up']);
    // BTC at −25 %: halfway between 1.0 (−30 %) and 1.3 (−20 %) = 1.15
    expect(text.rows[0]).toEqual(['BTC', '1.84', '0.50', '1.15', '1.60', '2.10', '2.55', '3.30', '−30.0%', 'none']);
    expect(text.rows[1]?.slice(-2)).toEqual(['none', '+40.0%']);
    expect(healthText(fixtureReport(), fixtureReport()).columns.slice(0, 3)).toEqual(['Curve', 'Before', 'Now']);
  });
});
