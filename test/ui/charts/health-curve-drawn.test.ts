import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine';
import { healthCsv, healthSeries } from '../../../src/ui/charts/health-curve-data';
import { drawnHealthSeries, HEALTH_CURVES_DRAWN, omittedCurvesCaption } from '../../../src/ui/charts/health-curve-drawn';
import { healthText } from '../../../src/ui/charts/health-curve-text';
import { fixtureReport } from './fixture-report';

// A book on many assets draws the joint curve and the assets nearest to a liquidation; the caption
// counts the rest and the CSV keeps every curve.

/** The fixture plus assets A1…An, asset Ak liquidated by a fall of k % (downMove −k/100), none by a rise. */
function withAssets(n: number, extra: (k: number) => { downMove: number | null; upMove: number | null } = (k) => ({ downMove: -k / 100, upMove: null })): Report {
  const report = fixtureReport();
  for (let k = 1; k <= n; k += 1) {
    const { downMove, upMove } = extra(k);
    report.healthCurves.curves.push({ name: `A${k}`, healthFactor: report.healthCurves.moves.map(() => 2) });
    report.account.liquidationPrices[`A${k}`] = { down: downMove === null ? null : '1', up: upMove === null ? null : '1', downMove, upMove };
  }
  return report;
}

const drawnNames = (report: Report, baseline?: Report) => drawnHealthSeries(report, healthSeries(report, baseline)).series.map((s) => s.label);

describe('what the health chart draws of a book on many assets', () => {
  it('draws a book of up to 8 asset curves whole, with no caption', () => {
    // The fixture's BTC and ETH plus A1…A6: 8 asset curves, the limit.
    const report = withAssets(HEALTH_CURVES_DRAWN - 2);
    const drawn = drawnHealthSeries(report, healthSeries(report));
    expect(drawn.series).toEqual(healthSeries(report));
    expect(drawn.omitted).toBe(0);
    expect(omittedCurvesCaption(drawn)).toBeNull();
  });

  it('draws the joint curve and the 8 assets nearest to a liquidation, in the report order, and counts the rest', () => {
    // Nearness |move|: A1…A30 at 1 % … 30 %, BTC at 30 % (downMove −0.3), ETH at 40 % (upMove 0.4).
    // The 8 nearest are A1…A8; BTC, ETH and A9…A30 are left off.
    const report = withAssets(30);
    const drawn = drawnHealthSeries(report, healthSeries(report));
    expect(drawn.series.map((s) => s.label)).toEqual(['Joint move', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    // 32 asset curves (BTC, ETH, A1…A30) − 8 drawn = 24.
    expect(drawn.omitted).toBe(24);
    expect(omittedCurvesCaption(drawn)).toBe('Drawn: the joint move and the 8 assets nearest to a liquidation; 24 more are not. The CSV has every curve.');
  });

  it('takes the nearer of the two sides, and ranks assets no move liquidates last', () => {
    // A1…A12 are liquidated by nothing; A13 by a 50 % rise or a 2 % fall (nearest 2 %); BTC 30 %, ETH 40 %.
    const report = withAssets(13, (k) => (k === 13 ? { downMove: -0.02, upMove: 0.5 } : { downMove: null, upMove: null }));
    // Ranked: A13 (2 %), BTC (30 %), ETH (40 %), then A1…A5 by report order among the unliquidated.
    expect(drawnNames(report)).toEqual(['BTC', 'ETH', 'Joint move', 'A1', 'A2', 'A3', 'A4', 'A5', 'A13']);
  });

  it('keeps the baseline curves of the assets it draws, and only those', () => {
    const report = withAssets(30);
    const names = drawnNames(report, withAssets(30));
    expect(names.filter((n) => n.endsWith('(before)'))).toEqual(['Joint move (before)', 'A1 (before)', 'A2 (before)', 'A3 (before)', 'A4 (before)', 'A5 (before)', 'A6 (before)', 'A7 (before)', 'A8 (before)']);
  });

  it('leaves the CSV whole: every curve is a column', () => {
    const report = withAssets(30);
    // price move + 33 curves (BTC, ETH, joint, A1…A30).
    expect(healthCsv(report).header).toHaveLength(34);
  });

  it('treats asset names that are Object.prototype keys as ordinary names', () => {
    const report = withAssets(9);
    const name: string = 'constructor';
    report.healthCurves.curves.push({ name, healthFactor: report.healthCurves.moves.map(() => 2) });
    report.account.liquidationPrices[name] = { down: '1', up: null, downMove: -0.001, upMove: null };
    expect(drawnNames(report)).toContain('constructor');
  });

  it('gives screen readers the curves drawn, each with its own figures, and says where the rest are', () => {
    // Ak's curve is flat at 2 except A5's, at 5; A1…A8 are drawn (nearest), A9…A30, BTC and ETH are not.
    const report = withAssets(30);
    report.healthCurves.curves.find((c) => c.name === 'A5')!.healthFactor = report.healthCurves.moves.map(() => 5);
    const drawn = drawnHealthSeries(report, healthSeries(report));
    const text = healthText(report, undefined, drawn);
    expect(text.rows.map((r) => r[0])).toEqual(['Joint move', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    // Column 1 is "Now": A5's own curve (5.00), not the curve at A5's place among all series.
    expect(text.rows.find((r) => r[0] === 'A5')?.[1]).toBe('5.00');
    expect(text.rows.find((r) => r[0] === 'A4')?.[1]).toBe('2.00');
    expect(text.caption).toMatch(/: the curves drawn; 24 more are in the CSV$/);
  });

  it('gives a book drawn whole its whole table, with the plain caption', () => {
    const report = withAssets(3);
    const drawn = drawnHealthSeries(report, healthSeries(report));
    expect(healthText(report, undefined, drawn)).toEqual(healthText(report));
  });
});
