// Server-side rendering in Node: no DOM, so Recharts draws no SVG (its size is measured in the
// browser), but everything around it renders: title, Save buttons, legend, caption, and the
// screen-reader table. These tests hold that part to "no NaN, no crash, the numbers are there".
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine';
import { EfficiencyChart } from '../../../src/ui/charts/EfficiencyChart';
import { HeadlineStrip } from '../../../src/ui/charts/HeadlineStrip';
import { HealthCurveChart } from '../../../src/ui/charts/HealthCurveChart';
import { LiquidationLadder } from '../../../src/ui/charts/LiquidationLadder';
import type { ChartProps } from '../../../src/ui/charts/types';
import { fixtureReport } from './fixture-report';

const CHARTS: [string, FunctionComponent<ChartProps>][] = [
  ['HealthCurveChart', HealthCurveChart],
  ['LiquidationLadder', LiquidationLadder],
  ['EfficiencyChart', EfficiencyChart],
  ['HeadlineStrip', HeadlineStrip],
];

const render = (chart: FunctionComponent<ChartProps>, report: Report, baseline?: Report) =>
  renderToStaticMarkup(createElement(chart, baseline ? { report, baseline } : { report }));

/** A report where everything that may be null is null. */
function sparseReport(): Report {
  const report = fixtureReport();
  report.account.healthFactor = null;
  report.account.healthFactorReason = 'no maintenance requirement';
  report.account.distanceToLiquidation = null;
  report.account.jointMove = { down: null, up: null, downPrices: null, upPrices: null };
  for (const asset of Object.keys(report.account.liquidationPrices)) {
    report.account.liquidationPrices[asset] = { down: null, up: null, downMove: null, upMove: null };
  }
  report.account.positions = report.account.positions.map((p) => ({ ...p, liquidationPrice: null }));
  report.healthCurves.curves = report.healthCurves.curves.map((c) => ({ ...c, healthFactor: c.healthFactor.map(() => null) }));
  report.efficiency = null;
  report.efficiencyReason = 'no positions to compare';
  return report;
}

describe.each(CHARTS)('%s', (_name, chart) => {
  it('renders the fixture with Save PNG / Save CSV and no NaN', () => {
    const html = render(chart, fixtureReport());
    expect(html).toContain('Save PNG');
    expect(html).toContain('Save CSV');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('renders a baseline comparison without NaN', () => {
    const after = fixtureReport();
    after.account.healthFactor = '1.52';
    expect(render(chart, after, fixtureReport())).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('renders a report full of nulls without NaN', () => {
    expect(render(chart, sparseReport())).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('text alternatives', () => {
  it('gives the health chart a hidden table with the numbers', () => {
    const html = render(HealthCurveChart, fixtureReport());
    // Hidden by a box around it: a table keeps its rows' height whatever height it is given.
    expect(html).toContain('<div class="visually-hidden"><table id=');
    expect(html).toMatch(/<th scope="row">BTC<\/th><td>1\.84<\/td>/);
  });

  it('says in words why the health plot is empty when every curve is above its axis', () => {
    const safe = fixtureReport();
    // Lowest of the three: BTC's 6.1 at the first move (−50 %); the axis stops at 5.
    safe.healthCurves.curves = [
      { name: 'BTC', healthFactor: [6.1, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11] },
      { name: 'ETH', healthFactor: [12, 11, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.8, 6.6] },
      { name: 'joint', healthFactor: [6.2, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] },
    ];
    expect(render(HealthCurveChart, safe)).toContain('Every curve stays above 5 from −50% to +50% (the lowest, 6.10, is BTC at −50%): no move in this range comes near liquidation.');
    expect(render(HealthCurveChart, fixtureReport())).not.toContain('Every curve');
    // The joint move lowest, named in a sentence's words.
    safe.healthCurves.curves[2]!.healthFactor[10] = 5.5;
    expect(render(HealthCurveChart, safe)).toContain('(the lowest, 5.50, is the joint move at +50%)');
  });

  it('does not promise safety when a curve left off the plot goes lower than those drawn', () => {
    // Twelve assets, none with a liquidation price: the joint move and the first eight (A0 … A7) are
    // drawn, all at 6 and above, so the plot under its cut at 5 is empty. A10, left off, dips to 4 at +50 %.
    const many = fixtureReport();
    const flat = (v: number) => Array.from({ length: 11 }, () => v);
    many.healthCurves.curves = [...Array.from({ length: 12 }, (_, i) => ({ name: `A${i}`, healthFactor: flat(6 + i) })), { name: 'joint', healthFactor: flat(6) }];
    many.healthCurves.curves[10]!.healthFactor[10] = 4;
    const html = render(HealthCurveChart, many);
    expect(html).toContain('Drawn: the joint move and the 8 assets nearest to a liquidation; 4 more are not.');
    expect(html).toContain('Every curve drawn stays above 5 from −50% to +50%; one left off goes lower: 4.00, A10 at +50% (the CSV has it).');
    expect(html).not.toContain('no move in this range comes near liquidation');
  });

  it('draws the health curves as plain SVG: a path per curve, the liquidation marks and today\'s point', () => {
    const html = render(HealthCurveChart, fixtureReport());
    // BTC, ETH and the joint move; BTC liquidated at −30 %, ETH at +40 %, the joint move at −20 %; now 1.84.
    expect(html.match(/<path data-curve="/g)).toHaveLength(3);
    expect(html).toContain('BTC: liquidated at a move of −30.0%');
    expect(html).toContain('ETH: liquidated at a move of +40.0%');
    expect(html).toContain('Joint move: liquidated at a move of −20.0%');
    expect(html).toContain('now 1.84');
  });

  it('names the shaded band above liquidation for what it is, with no zone word the headline could contradict', () => {
    const html = render(HealthCurveChart, fixtureReport());
    expect(html).toContain('the band within 20% of liquidation (1–1.2)');
    // The words on screen, not the markup: the band's colour is the token --ml-chart-danger.
    const words = html.replace(/<[^>]*>/g, ' ');
    expect(words).toContain('liquidation');
    expect(words).not.toMatch(/healthy|danger/i);
  });

  it('shows the efficiency reason when there is no comparison, and no Save buttons', () => {
    const html = render(EfficiencyChart, sparseReport());
    expect(html).toContain('no positions to compare');
    expect(html).not.toContain('Save PNG');
  });

  it('shows a missing ratio as "—" with the reason as its title, and "liquidated" in words', () => {
    const report = sparseReport();
    report.account.health = { measure: 'margin ratio', value: null, reason: 'no equity left', liquidated: true, zone: 'liquidated', nearestLiquidation: null };
    const html = render(HeadlineStrip, report);
    expect(html).toContain('title="no equity left"');
    expect(html).toMatch(/headline__value--liquidated[^>]*>—/);
    expect(html).toContain('<span class="headline__zone">liquidated</span>');
    expect(html).toContain('Liquidated: the account is at or past its liquidation point now.');
  });

  it('shows "before → now" in the headline strip', () => {
    const after = fixtureReport();
    after.account.health = { ...after.account.health!, value: '0.66666666666666666667' };
    const html = render(HeadlineStrip, after, fixtureReport());
    expect(html).toMatch(/54\.35%<span aria-hidden="true"> → <\/span>/);
    expect(html).toContain('66.67%');
  });

  it('shows the account\'s own warnings under the headline', () => {
    const report = fixtureReport();
    report.warnings = [{ path: 'overrides.BTC.maintenance[1].amount', message: 'these brackets do not chain' }];
    expect(render(HeadlineStrip, report)).toContain('<li><strong>Warning:</strong> Asset BTC, maintenance brackets, bracket 2, amount: these brackets do not chain</li>');
  });
});
