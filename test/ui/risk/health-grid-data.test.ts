import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/ui/charts/csv';
import { defaultPair, healthCellLabel, healthCellText, healthHeatmap, healthHeatmapCsv, healthHeatmapText } from '../../../src/ui/risk/health-grid-data';
import { healthGridMoves } from '../../../src/state/risk-health-grid';
import { curveMeasureName } from '../../../src/ui/charts/health-curve-text';

const grid = {
  assets: ['ETH', 'BTC'] as [string, string],
  moves: [-0.1, 0, 0.1],
  // healthFactor[i][j]: ETH by moves[i], BTC by moves[j].
  healthFactor: [
    [0.8, 0.9, null],
    [1.1, 1.5, 1.8],
    [2.5, 3, NaN],
  ],
};

describe('the health-factor heatmap', () => {
  it('puts the first asset’s rises at the top and the second’s rises on the right', () => {
    const map = healthHeatmap(grid, 'Equity ÷ maintenance');
    expect(map.rowMoves).toEqual([0.1, 0, -0.1]);
    expect(map.columnMoves).toEqual([-0.1, 0, 0.1]);
    expect(map.cells[0]!.map((c) => c.healthFactor)).toEqual([2.5, 3, null]);
    expect(map.cells[2]!.map((c) => c.healthFactor)).toEqual([0.8, 0.9, null]);
  });

  it('marks liquidated cells (below 1) and today, and counts the liquidated share', () => {
    const map = healthHeatmap(grid, 'Equity ÷ maintenance');
    expect(map.cells.flat().filter((c) => c.liquidated).map((c) => [c.firstMove, c.secondMove])).toEqual([
      [-0.1, -0.1],
      [-0.1, 0],
    ]);
    expect(map.cells[1]![1]!.today).toBe(true);
    expect(map.liquidatedShare).toBeCloseTo(2 / 9, 12);
  });

  it('writes the map as CSV and as a table, a missing value as a dash, never NaN', () => {
    const map = healthHeatmap(grid, 'Equity ÷ maintenance');
    const csv = buildCsv(healthHeatmapCsv(map));
    expect(csv.split('\r\n')[0]).toBe('ETH move (%),BTC move (%),equity ÷ maintenance (1 = liquidation),liquidated');
    expect(csv.split('\r\n')[1]).toBe('10,-10,2.5,false');
    expect(csv).not.toContain('NaN');
    const text = healthHeatmapText(map);
    expect(text.columns).toEqual(['ETH move \\ BTC move', '−10.0%', '0.0%', '+10.0%']);
    expect(text.rows[0]).toEqual(['+10.0%', '2.50', '3.00', '— (nothing required)']);
    expect(JSON.stringify(text)).not.toContain('NaN');
    expect(healthCellText(null)).toBe('— (nothing required)');
  });

  it('names the grid as the health curve does: equity ÷ maintenance on exchange books, health factor on lending, 1 = liquidation', () => {
    expect(healthHeatmapText(healthHeatmap(grid, curveMeasureName('exchange'))).caption).toBe(
      'Equity ÷ maintenance of the account when ETH (rows) and BTC (columns) move, the other assets held; 1 is liquidation, below it the account is liquidated.',
    );
    const lending = healthHeatmap(grid, curveMeasureName('lending'));
    expect(lending.measure).toBe('Health factor');
    expect(buildCsv(healthHeatmapCsv(lending)).split('\r\n')[0]).toBe('ETH move (%),BTC move (%),health factor (1 = liquidation),liquidated');
  });

  it('asks for evenly spaced moves with today exactly in the middle', () => {
    const moves = healthGridMoves(0.5);
    expect(moves).toHaveLength(21);
    expect(moves[0]).toBe(-0.5);
    expect(moves[10]).toBe(0);
    expect(Object.is(moves[10], -0)).toBe(false);
    expect(moves[11]).toBe(0.05);
    expect(moves[20]).toBe(0.5);
  });

  it('starts with two non-stable assets where the book has them', () => {
    expect(defaultPair(['USDC', 'BTC', 'ETH'], new Set(['USDC']))).toEqual(['BTC', 'ETH']);
    expect(defaultPair(['BTC', 'USDC'], new Set(['USDC']))).toEqual(['BTC', 'USDC']);
    expect(defaultPair(['USDC'], new Set(['USDC']))).toBeNull();
  });
});

describe('numbers in the health heatmap cells', () => {
  it('prints the health factor to two decimals where it fits, ≥10 above, nothing where liquidated or nothing is required', () => {
    expect(healthCellLabel(1.2345)).toBe('1.23');
    expect(healthCellLabel(9.999)).toBe('≥10');
    expect(healthCellLabel(9.99)).toBe('9.99');
    expect(healthCellLabel(10)).toBe('≥10');
    expect(healthCellLabel(1)).toBe('1.00');
    expect(healthCellLabel(0.97)).toBeUndefined();
    expect(healthCellLabel(null)).toBeUndefined();
    expect(healthCellLabel(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
