import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RiskArrayReport } from '../../../src/engine';
import { buildCsv } from '../../../src/ui/charts/csv';
import { RiskArrayHeatmaps } from '../../../src/ui/risk/RiskArrayHeatmaps';
import { accountText, largestArrays, moveTick, requirementText, riskArrayGrid, riskArraysCsv, riskArraysText, volatilityRowLabel } from '../../../src/ui/risk/risk-array-data';
import { exampleReport } from './fixtures';

const hedged = exampleReport('hedged-options-book.json');
const eth = hedged.portfolioMargin!.assets.find((a) => a.asset === 'ETH')!;

describe('a risk array as a heatmap', () => {
  it('lays SPAN’s 16 scenarios out as 9 moves × 3 volatility rows, falls on the left', () => {
    const grid = riskArrayGrid(eth);
    // 0, ±⅓, ±⅔, ±1 of the ±15 % range and the ±2 × extremes.
    expect(grid.moves.map((m) => Math.round(m * 1000) / 10)).toEqual([-30, -15, -10, -5, 0, 5, 10, 15, 30]);
    expect(grid.volatilities).toEqual([1, 0, -1]);
    const filled = grid.cells.flat().filter((c) => c !== null);
    expect(filled).toHaveLength(16);
    // Extremes sit on the "unchanged" row only, at ±30 %; the ordinary moves on the up and down rows.
    expect(grid.cells[1]!.map((c) => c !== null)).toEqual([true, false, false, false, false, false, false, false, true]);
    expect(grid.cells[1]![0]!.extreme).toBe(true);
  });

  it('rings exactly one cell, the report’s worst scenario, whose loss is the worst loss', () => {
    const grid = riskArrayGrid(eth);
    const worst = grid.cells.flat().filter((c) => c?.worst);
    expect(worst).toHaveLength(1);
    expect(worst[0]).toBe(grid.worst);
    expect(grid.worst?.lossText).toBe(eth.worstLoss);
    expect(grid.worst?.move).toBe(eth.worstScenario.move);
    expect(grid.worst?.volatility).toBe(eth.worstScenario.volatility);
    // Nothing on the grid loses more than the worst.
    for (const c of grid.cells.flat()) if (c?.loss !== null && c) expect(c.loss).toBeLessThanOrEqual(grid.worst!.loss!);
  });

  it('ends the colour scale at the largest loss or gain of the map', () => {
    const grid = riskArrayGrid(eth);
    const magnitudes = eth.scenarios.map((s) => Math.abs(Number(s.loss)));
    expect(grid.largestLoss).toBe(Math.max(...magnitudes));
  });

  it('lays a Deribit grid out as 17 moves in eighths plus 2 extremes, 3 volatility rows', () => {
    const scenarios: RiskArrayReport['scenarios'] = [];
    for (let k = -8; k <= 8; k++) for (const v of [1, 0, -1] as const) scenarios.push({ move: (k / 8) * 0.16, volatility: v, extreme: false, weight: 1, loss: String(-k * 10) });
    scenarios.push({ move: 0.32, volatility: 1, extreme: true, weight: 0.35, loss: '-100' }, { move: -0.32, volatility: 1, extreme: true, weight: 0.35, loss: '100' });
    const array: RiskArrayReport = {
      asset: 'BTC', priceRange: 0.16, requirement: '100', worstLoss: '100', shortOptionCharge: '0',
      worstScenario: { move: -0.32, volatility: 1, extreme: true, weight: 0.35 }, scenarios,
    };
    const grid = riskArrayGrid(array);
    expect(grid.moves).toHaveLength(19);
    expect(grid.cells.flat().filter(Boolean)).toHaveLength(53);
    expect(grid.worst).toMatchObject({ move: -0.32, extreme: true, lossText: '100' });
  });

  it('leaves a cell empty, not NaN, when a loss is not a number', () => {
    const broken = { ...eth, scenarios: eth.scenarios.map((s, i) => (i === 0 ? { ...s, loss: 'oops' } : s)) };
    const grid = riskArrayGrid(broken);
    expect(grid.cells.flat().some((c) => c !== null && c.loss === null)).toBe(true);
    expect(Number.isFinite(grid.largestLoss)).toBe(true);
  });

  it('labels the move axis in whole or one-decimal percent, with a true minus sign', () => {
    expect([-0.3, -1 / 3 * 0.25, 0, 0.05625, 0.15].map(moveTick)).toEqual(['−30%', '−8.3%', '0%', '+5.6%', '+15%']);
    expect(moveTick(NaN)).toBe('—');
  });

  it('labels the volatility rows with the shock of the settings', () => {
    expect(volatilityRowLabel(1, 0.25)).toBe('Vol +25.0%');
    expect(volatilityRowLabel(-1, 0.25)).toBe('Vol −25.0%');
    expect(volatilityRowLabel(0, 0.25)).toBe('Vol same');
  });
});

describe('why the requirement is what it is', () => {
  it('shows the sum: worst loss + short option charge = requirement', () => {
    // ETH in the hedged book: a collar with a short call, so a short option charge is added.
    expect(Number(eth.worstLoss) + Number(eth.shortOptionCharge)).toBeCloseTo(Number(eth.requirement), 6);
    const text = requirementText(eth, 'USD');
    expect(text).toMatch(/^Requirement [\d,]+\.\d\d USD = the worst loss [\d,]+\.\d\d USD \(price [−+]?\d+\.\d+%, volatility (up|down|unchanged)\) \+ short option charge [\d,]+\.\d\d USD\.$/);
  });

  it('says when no scenario loses money', () => {
    const safe = { ...eth, worstLoss: '0', shortOptionCharge: '0', requirement: '0' };
    expect(requirementText(safe, 'USD')).toBe('No scenario of the grid loses money: the requirement is 0.00 USD.');
    expect(requirementText({ ...safe, shortOptionCharge: '12', requirement: '12' }, 'USD')).toBe('No scenario loses money, so the requirement 12.00 USD is the short option charge alone.');
  });

  it('adds up the account, naming the offset only where it is enabled', () => {
    const pm = hedged.portfolioMargin!;
    expect(accountText(pm, 'USD')).toContain('with no inter-asset offset (not enabled)');
    expect(accountText({ ...pm, interAssetOffset: true, offset: '1000' }, 'USD')).toContain('minus the inter-asset offset 1,000.00 USD');
  });
});

describe('the risk arrays as CSV and text', () => {
  it('writes one CSV row per scenario of every asset, the worst flagged', () => {
    const pm = hedged.portfolioMargin!;
    const table = riskArraysCsv(pm, 'USD');
    expect(table.header).toEqual(['asset', 'price move (%)', 'volatility shock', 'extreme', 'weight', 'weighted loss (USD)', 'worst']);
    expect(table.rows).toHaveLength(pm.assets.reduce((n, a) => n + a.scenarios.length, 0));
    expect(table.rows.filter((r) => r[6] === true)).toHaveLength(pm.assets.length);
    const csv = buildCsv(table);
    expect(csv).not.toContain('NaN');
    expect(csv.split('\r\n')[1]).toMatch(/^ETH,-15,up,false,1,-?\d/);
  });

  it('gives screen readers every scenario in words', () => {
    const text = riskArraysText(hedged.portfolioMargin!, 'USD');
    expect(text.rows.some((r) => r[0]!.startsWith('ETH: price −30.0%, volatility unchanged, an extreme move counted at 35.0%'))).toBe(true);
    expect(text.rows.filter((r) => r[2] !== '')).toHaveLength(hedged.portfolioMargin!.assets.length);
  });
});

describe('which risk arrays a many-asset book draws', () => {
  const array = (asset: string, requirement: string) => ({ ...eth, asset, requirement });

  it('draws every array of a small book in the report’s order, and one past the limit too', () => {
    const assets = [array('A', '1'), array('B', '3'), array('C', '2')];
    expect(largestArrays(assets, 2).map((a) => a.asset)).toEqual(['A', 'B', 'C']);
  });

  it('draws the largest requirements of a large book, largest first, ties in the report’s order', () => {
    // Requirements 5, 1, 9, 5, 0, 7: the three largest are C (9), F (7), then A (5) before D (5).
    const assets = [array('A', '5'), array('B', '1'), array('C', '9'), array('D', '5'), array('E', '0'), array('F', '7')];
    expect(largestArrays(assets, 3).map((a) => a.asset)).toEqual(['C', 'F', 'A']);
    // A requirement that is not a number sorts last, never first.
    expect(largestArrays([array('G', 'NaN'), ...assets], 5).map((a) => a.asset)).toEqual(['C', 'F', 'A', 'D', 'B']);
  });
});

describe('the risk arrays of a many-asset book, drawn', () => {
  it('draws the eight largest and offers the rest', () => {
    const pm = hedged.portfolioMargin!;
    // Ten assets, requirements 1 … 10: the eight drawn are 10 down to 3.
    const assets = Array.from({ length: 10 }, (_, i) => ({ ...eth, asset: `A${i + 1}`, requirement: String(i + 1) }));
    const html = renderToStaticMarkup(createElement(RiskArrayHeatmaps, { pm: { ...pm, assets }, quote: 'USD', portfolioName: 'p' }));
    const drawn = [...html.matchAll(/data-testid="risk-array-([^"]+)"/g)].map((m) => m[1]);
    expect(drawn).toEqual(['A10', 'A9', 'A8', 'A7', 'A6', 'A5', 'A4', 'A3']);
    expect(html).toContain('The 8 largest requirements of 10 assets, largest first; the CSV has every array. <button type="button">Show all 10</button>');
    // The CSV still has every asset.
    expect(new Set(riskArraysCsv({ ...pm, assets }, 'USD').rows.map((r) => r[0])).size).toBe(10);
  });
});
