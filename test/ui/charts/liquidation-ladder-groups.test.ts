import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PositionReport, Report } from '../../../src/engine';
import { liquidationLadders } from '../../../src/ui/charts/liquidation-ladder-data';
import { drawnLadders, LADDER_ASSETS_DRAWN, LADDER_POSITIONS_DRAWN, omittedAssetsCaption, omittedPositionsCaption } from '../../../src/ui/charts/liquidation-ladder-groups';
import { ladderCsv, ladderText } from '../../../src/ui/charts/liquidation-ladder-table';
import { fixtureReport } from './fixture-report';

// A large book's ladder draws the assets nearest to a liquidation and, in each, the isolated
// positions nearest to theirs; the rest are counted in a caption and kept whole in the CSV.

function isolated(id: string, asset: string, liquidationPrice: string | null): PositionReport {
  return {
    id, asset, type: 'perpetual', quantity: '-1', marginMode: 'isolated', notional: '0', unrealizedPnl: '0', markValue: '0', initialMargin: '0',
    maintenanceMargin: '0', marginBalance: '0', liquidationPrice, healthFactor: null, delta: '-1', gamma: '0', vega: '0', theta: '0',
  };
}

/** The fixture with ETH isolated shorts liquidated k % above today's 3,000, for each k given (ids e<k>). */
function withEthShorts(ks: readonly number[]): Report {
  const report = fixtureReport();
  for (const k of ks) report.account.positions.push(isolated(`e${k}`, 'ETH', String(3000 + 30 * k)));
  return report;
}

const positionLanes = (report: Report) => drawnLadders(report).ladders.find((l) => l.asset === 'ETH')!.lanes.map((l) => l.label).filter((l) => /^(e\d+|p2)$/.test(l));

describe('what the liquidation ladder draws of a large book', () => {
  it('draws a small book whole, with no caption', () => {
    const report = fixtureReport();
    const drawn = drawnLadders(report);
    expect(drawn.ladders).toEqual(liquidationLadders(report));
    expect(drawn.omittedAssets).toBe(0);
    expect(omittedAssetsCaption(drawn)).toBeNull();
    expect(drawn.ladders.map((l) => omittedPositionsCaption(l, 'USDT'))).toEqual([null, null]);
  });

  it('draws the 10 isolated positions nearest to liquidation and counts the rest with their price range', () => {
    // p2 (3,450.25: +15.0083 %) and e1…e25 at +1 % … +25 %, listed in a scrambled order.
    const ks = [25, 3, 17, 1, 9, 22, 5, 14, 11, 2, 20, 7, 13, 24, 4, 18, 8, 16, 10, 6, 23, 12, 19, 15, 21];
    const report = withEthShorts(ks);
    expect(LADDER_POSITIONS_DRAWN).toBe(10);
    // Nearest 10: +1 % … +10 %, in the report's order.
    expect(positionLanes(report)).toEqual(['e3', 'e1', 'e9', 'e5', 'e2', 'e7', 'e4', 'e8', 'e10', 'e6']);
    const eth = drawnLadders(report).ladders.find((l) => l.asset === 'ETH')!;
    // Left off: 26 − 10 = 16 (e11 … e25 and p2); lowest 3,000 × 1.11 = 3,330, highest 3,000 × 1.25 = 3,750.
    expect(eth.omitted).toEqual({ drawn: 10, count: 16, lowest: '3330', highest: '3750' });
    expect(omittedPositionsCaption(eth, 'USDT')).toBe(
      'The 10 isolated positions nearest to liquidation are drawn; 16 more are not (liquidation prices 3,330 to 3,750 USDT). The CSV has every one.',
    );
    // The axis spans what is drawn: 3,000 … 3,300 and the joint move's 2,400 and account's 4,200, not the far ones alone.
    expect(Math.max(...eth.points.map((p) => p.x))).toBe(4200);
  });

  it('keeps every position in the CSV and says what is left off in the screen-reader table', () => {
    const ks = Array.from({ length: 30 }, (_, i) => i + 1);
    const report = withEthShorts(ks);
    const csvEth = ladderCsv(report).rows.filter((r) => r[0] === 'ETH' && String(r[2]).startsWith('Position'));
    expect(csvEth).toHaveLength(31); // e1 … e30 and p2
    const text = ladderText(report).rows.map((r) => r[0]);
    expect(text.filter((label) => String(label).startsWith('ETH: Position'))).toHaveLength(10);
    expect(text).toContain('ETH: The 10 isolated positions nearest to liquidation are drawn; 21 more are not (liquidation prices 3,330 to 3,900 USDT). The CSV has every one.');
  });

  it('draws the 6 assets nearest to a liquidation, in the report order, an asset with none last', () => {
    const report = fixtureReport();
    // A1 … A9 at price 100, each with an account liquidation down k % away (A5 none).
    const away = [40, 5, 30, 8, null, 2, 50, 12, 1];
    away.forEach((k, i) => {
      const asset = `A${i + 1}`;
      report.account.assets.push({ ...report.account.assets[1]!, asset, price: '100' });
      report.account.liquidationPrices[asset] = k === null ? { down: null, up: null, downMove: null, upMove: null } : { down: String(100 - k), up: null, downMove: -k / 100, upMove: null };
    });
    // Candidates: BTC (−30 %), ETH (nearest: p2 at +15.0083 %), A1 … A9. Nearest six: A9 1 %, A6 2 %, A2 5 %, A4 8 %, A8 12 %, ETH 15 %.
    expect(LADDER_ASSETS_DRAWN).toBe(6);
    const drawn = drawnLadders(report);
    expect(drawn.ladders.map((l) => l.asset)).toEqual(['ETH', 'A2', 'A4', 'A6', 'A8', 'A9']);
    expect(drawn.omittedAssets).toBe(5);
    expect(omittedAssetsCaption(drawn)).toBe('Drawn: the 6 assets nearest to a liquidation; 5 more are not. The CSV has every one.');
    expect(new Set(ladderCsv(report).rows.map((r) => r[0]))).toEqual(new Set(['BTC', 'ETH', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9']));
  });

  it('names five positions with no liquidation price and counts the rest in one note', () => {
    const report = fixtureReport();
    for (let i = 1; i <= 8; i++) report.account.positions.push(isolated(`n${i}`, 'BTC', null));
    const btc = drawnLadders(report).ladders[0]!;
    // p3 and n1 … n8: 9 without a price, 5 named, "4 more".
    expect(btc.notes).toHaveLength(6);
    expect(btc.notes[5]).toBe('… and 4 more isolated positions with no liquidation price.');
  });

  it('never draws a position farther from liquidation than one it leaves off (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -90, max: 300 }).filter((k) => k !== 0), { minLength: 0, maxLength: 40 }), (ks) => {
        const report = withEthShorts(ks);
        const eth = drawnLadders(report).ladders.find((l) => l.asset === 'ETH')!;
        const distance = (x: number) => Math.abs(x / 3000 - 1);
        const drawnDistances = eth.points.filter((p) => p.kind === 'position').map((p) => distance(p.x));
        const all = [...ks.map((k) => Math.abs(k) / 100), distance(3450.25)];
        expect(drawnDistances).toHaveLength(Math.min(all.length, LADDER_POSITIONS_DRAWN));
        expect((eth.omitted?.count ?? 0) + drawnDistances.length).toBe(all.length);
        const cut = Math.max(0, ...drawnDistances);
        const left = [...all].sort((a, b) => a - b).slice(drawnDistances.length);
        for (const d of left) expect(d).toBeGreaterThanOrEqual(cut - 1e-12);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
