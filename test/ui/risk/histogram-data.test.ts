import { describe, expect, it } from 'vitest';
import type { RiskReport } from '../../../src/engine';
import { buildCsv } from '../../../src/ui/charts/csv';
import { confidenceText, histogramBins, histogramCsv, histogramDomain, histogramText, niceTicks, tailLines } from '../../../src/ui/risk/histogram-data';
import { exampleRisk } from './fixtures';

describe('shaping the loss histogram', () => {
  it('makes one bin per count between consecutive edges, with its centre and share', () => {
    const bins = histogramBins({ edges: [-10, 0, 10, 20], counts: [1, 2, 1] });
    expect(bins).toEqual([
      { from: -10, to: 0, mid: -5, count: 1, share: 0.25 },
      { from: 0, to: 10, mid: 5, count: 2, share: 0.5 },
      { from: 10, to: 20, mid: 15, count: 1, share: 0.25 },
    ]);
  });

  it('gives no bins, rather than NaN, for a histogram whose edges and counts do not fit', () => {
    expect(histogramBins({ edges: [0, 1], counts: [1, 2] })).toEqual([]);
    expect(histogramBins({ edges: [0, NaN, 2], counts: [1, 2] })).toEqual([]);
    expect(histogramBins({ edges: [], counts: [] })).toEqual([]);
    expect(histogramBins(null)).toEqual([]);
    expect(histogramBins({ edges: [0, 1], counts: [0] })).toEqual([{ from: 0, to: 1, mid: 0.5, count: 0, share: 0 }]);
  });

  it('counts every simulated scenario inside the bars but the outer 0.05 % on each side', () => {
    const risk = exampleRisk('hedged-options-book.json', { scenarios: 20_000, seed: 2 });
    const bins = histogramBins(risk.monteCarlo?.histogram);
    expect(bins).toHaveLength(60);
    const total = bins.reduce((n, b) => n + b.count, 0);
    expect(total).toBeGreaterThanOrEqual(20_000 * 0.998);
    expect(total).toBeLessThanOrEqual(20_000);
    expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('stretches the loss axis to show the VaR and ES lines past the last bar', () => {
    const bins = histogramBins({ edges: [0, 10, 20], counts: [5, 5] });
    expect(histogramDomain(bins, { var: 15, es: 35 })).toEqual([0, 35]);
    expect(histogramDomain(bins, { var: null, es: null })).toEqual([0, 20]);
    expect(histogramDomain([], { var: 1, es: 2 })).toBeNull();
  });

  it('puts round ticks on the loss axis', () => {
    expect(niceTicks(-4213, 1700)).toEqual([-4000, -3000, -2000, -1000, 0, 1000]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceTicks(NaN, 1)).toEqual([]);
  });

  it('reads the VaR and ES lines from the report, null when there is no Monte Carlo', () => {
    const risk = exampleRisk('covered-call.json');
    expect(tailLines(risk)).toEqual({ var: Number(risk.monteCarlo?.var), es: Number(risk.monteCarlo?.es) });
    expect(tailLines({ ...risk, monteCarlo: null })).toEqual({ var: null, es: null });
    expect(confidenceText(0.99)).toBe('99%');
    expect(confidenceText(0.975)).toBe('97.5%');
    expect(confidenceText(NaN)).toBe('—');
  });

  it('saves the bins as CSV, one row per bin with units in the header', () => {
    const risk: RiskReport = { ...exampleRisk('covered-call.json'), monteCarlo: { ...exampleRisk('covered-call.json').monteCarlo!, histogram: { edges: [-5, 0, 5], counts: [3, 1] } } };
    expect(buildCsv(histogramCsv(risk, 'USD'))).toBe(
      'loss from (USD),loss to (USD),scenarios,share of scenarios\r\n-5,0,3,0.75\r\n0,5,1,0.25\r\n',
    );
  });

  it('gives screen readers the bins and the VaR / ES, without NaN', () => {
    const risk = exampleRisk('covered-call.json');
    const text = histogramText(risk, 'USD');
    expect(text.rows).toHaveLength(60);
    expect(text.caption).toMatch(/Value at risk [\d,]+\.\d\d USD, expected shortfall [\d,]+\.\d\d USD at 99% over 1 day/);
    expect(JSON.stringify(text)).not.toContain('NaN');
  });
});
