import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelSides, ladderAxis, liquidationLadders, pointTag, type LadderPoint } from '../../../src/ui/charts/liquidation-ladder-data';
import { beforeOf, ladderCsv, ladderText } from '../../../src/ui/charts/liquidation-ladder-table';
import { fixtureReport } from './fixture-report';

describe('liquidation ladder data', () => {
  it('makes one ladder per non-stable asset (USDT has none)', () => {
    expect(liquidationLadders(fixtureReport()).map((l) => l.asset)).toEqual(['BTC', 'ETH']);
  });

  it("puts today's price and the account's liquidation price on their lanes, with the report's distance", () => {
    const [btc] = liquidationLadders(fixtureReport());
    expect(btc?.points).toEqual([
      { x: 60000, y: 0, kind: 'today', label: 'Today', price: '60000', distance: null, baseline: false },
      { x: 42000, y: 1, kind: 'account', label: 'Account liquidation (down)', price: '42000', distance: -0.3, baseline: false },
      { x: 48000, y: 2, kind: 'joint', label: 'Joint move liquidation (down)', price: '48000', distance: -0.2, baseline: false },
    ]);
  });

  it('explains what has no point: no account price up, an isolated position with none', () => {
    const [btc] = liquidationLadders(fixtureReport());
    expect(btc?.notes).toEqual(['Position p3 long (isolated): no liquidation price (fully collateralised: no price liquidates it).']);
    const report = fixtureReport();
    report.account.liquidationPrices.BTC = { down: null, up: null, downMove: null, upMove: null };
    expect(liquidationLadders(report)[0]?.notes[0]).toBe('Account: no price of BTC alone (others held) liquidates it.');
  });

  it("computes an isolated position's distance from today: 3450.25 ÷ 3000 − 1 = +15.0083 %", () => {
    const eth = liquidationLadders(fixtureReport())[1];
    const position = eth?.points.find((p) => p.kind === 'position');
    expect(position).toMatchObject({ y: 3, label: 'Position p2 short (isolated)', price: '3450.25' });
    expect(position?.distance).toBeCloseTo(0.150083333, 8);
    expect(position && pointTag(position)).toBe('3,450.25 (+15.01%)');
  });

  it('pads the price domain around every point to round numbers, never below 0', () => {
    const [btc, eth] = liquidationLadders(fixtureReport());
    // 42000 … 60000, padded 6 % of the span (1080) = 40920 … 61080; a fifth of that is 4032 → step 5000
    expect(btc?.domain).toEqual([40000, 65000]);
    // 2400 (joint) … 4200 padded by 108; a fifth of 2016 is 403.2 → step 500
    expect(eth?.domain).toEqual([2000, 4500]);
    expect(btc?.ticks).toEqual([40000, 45000, 50000, 55000, 60000, 65000]);
    expect(ladderAxis([100, 60000]).domain[0]).toBe(0);
    // one point: ±10 % of it (0.45 … 0.55), a fifth of 0.1 is 0.02
    expect(ladderAxis([0.5])).toEqual({ domain: [0.44, 0.56], ticks: [0.44, 0.46, 0.48, 0.5, 0.52, 0.54, 0.56] });
    expect(ladderAxis([]).domain).toEqual([0, 1]);
  });

  it('gives a lane only to isolated positions with a liquidation price', () => {
    const [btc, eth] = liquidationLadders(fixtureReport());
    expect(btc?.lanes.map((l) => l.label)).toEqual(['Today', 'Account', 'Joint move']);
    expect(eth?.lanes).toEqual([
      { y: 0, label: 'Today' },
      { y: 1, label: 'Account' },
      { y: 2, label: 'Joint move' },
      { y: 3, label: 'p2' },
    ]);
  });

  it('has a joint-move lane only when the account has joint liquidation prices', () => {
    const report = fixtureReport();
    report.account.jointMove = { down: null, up: null, downPrices: null, upPrices: null };
    expect(liquidationLadders(report)[1]?.lanes.map((l) => l.label)).toEqual(['Today', 'Account', 'p2']);
    // …but kept when the baseline has them, so before and now share lanes
    expect(liquidationLadders(report, fixtureReport())[1]?.lanes.map((l) => l.label)).toEqual(['Today', 'Account', 'Joint move', 'p2']);
  });

  it('skips a malformed price instead of plotting NaN', () => {
    const report = fixtureReport();
    report.account.liquidationPrices.BTC!.down = 'oops';
    const [btc] = liquidationLadders(report);
    expect(btc?.points.map((p) => p.kind)).toEqual(['today', 'joint']);
    expect(btc?.points.every((p) => Number.isFinite(p.x))).toBe(true);
  });

  it('puts the baseline on the same lanes and pairs it with the points of now', () => {
    const report = fixtureReport();
    const baseline = fixtureReport();
    baseline.account.liquidationPrices.BTC = { down: '45000', up: null, downMove: -0.25, upMove: null };
    const [btc] = liquidationLadders(report, baseline);
    const account = btc?.points[1];
    expect(btc && account && beforeOf(btc, account)?.price).toBe('45000');
  });

  it('writes CSV with the exact price strings and distances in percent', () => {
    const csv = ladderCsv(fixtureReport());
    expect(csv.header).toEqual(['asset', 'book', 'marker', 'price (USDT)', 'distance from today (%)']);
    expect(csv.rows).toContainEqual(['BTC', 'now', 'Account liquidation (down)', '42000', -30]);
    expect(csv.rows).toContainEqual(['ETH', 'now', 'Today', '3000', null]);
  });

  it('lists every marker and note for screen readers', () => {
    const text = ladderText(fixtureReport());
    expect(text.columns).toEqual(['Marker', 'Price (USDT)', 'Distance from today']);
    expect(text.rows).toContainEqual(['ETH: Account liquidation (up)', '4,200', '+40.0%']);
    expect(text.rows.some((r) => r[0]?.includes('p3'))).toBe(true);
  });
});

describe('ladder labels never overlap', () => {
  const point = (x: number, y: number): LadderPoint => ({ x, y, kind: 'account', label: '', price: String(x), distance: -0.1, baseline: false });

  it('faces the middle of the axis, and leaves off a label that would cover one in its lane', () => {
    // Axis 0 … 100, labels 34 wide. 10 → right [10, 44]; 30 → right [30, 64] overlaps → bare;
    // 90 → left [56, 90] clear; on lane 2, 30 → right, alone in its lane.
    const sides = labelSides([point(10, 1), point(30, 1), point(90, 1), point(30, 2)], [0, 100]);
    expect(sides).toEqual(['right', null, 'left', 'right']);
  });

  it('no two placed labels of a lane intersect (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.double({ min: 0, max: 1000, noNaN: true }), y: fc.integer({ min: 0, max: 3 }) }), { maxLength: 20 }), (raw) => {
        const points = raw.map((r) => point(r.x, r.y));
        const sides = labelSides(points, [0, 1000]);
        const boxes = points.flatMap((p, i) => {
          const side = sides[i];
          return side ? [{ y: p.y, a: side === 'right' ? p.x : p.x - 340, b: side === 'right' ? p.x + 340 : p.x }] : [];
        });
        for (const [i, m] of boxes.entries()) for (const n of boxes.slice(i + 1)) if (m.y === n.y) expect(m.a < n.b && n.a < m.b).toBe(false);
        // The first point of each lane is always labelled.
        const seen = new Set<number>();
        points.forEach((p, i) => {
          if (!seen.has(p.y)) expect(sides[i]).not.toBeNull();
          seen.add(p.y);
        });
      }),
    );
  });
});
