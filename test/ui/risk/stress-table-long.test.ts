import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RiskReport, StressReport } from '../../../src/engine';
import { ShortList } from '../../../src/ui/risk/ShortList';
import { StressTable } from '../../../src/ui/risk/StressTable';
import { stressRows } from '../../../src/ui/risk/stress-data';

/** A crash on a 50-asset book: BTC −47 %, ALT1 … ALT49 −50 %, the pool and 47 positions liquidated. */
function crash(): StressReport {
  const moves: Record<string, number> = { BTC: -0.47 };
  for (let i = 1; i < 50; i++) moves[`ALT${i}`] = -0.5;
  return {
    id: 'crash', name: 'Crash', date: '2020-03-12', source: 's', moves, volatilityFactor: 1, equityBefore: '100', equityAfter: '50', loss: '50',
    healthFactorAfter: '0.5', poolLiquidated: true, liquidatedPositions: Array.from({ length: 47 }, (_, i) => `p${i}`),
    regime: { volatilityMultiplier: 2, correlationFloor: 0.9, source: 'r' }, requirementAfter: '100', regimeRequirement: '10',
  };
}

const table = (stress: StressReport[]) => renderToStaticMarkup(createElement(StressTable, { risk: { stress } as unknown as RiskReport, quote: 'USD' }));

describe('a stress table of a many-asset book', () => {
  it('keeps every move and liquidation apart, with the regime', () => {
    const [row] = stressRows([crash()], 'USD');
    expect(row!.moveList).toHaveLength(50);
    expect(row!.moveList.slice(0, 2)).toEqual(['BTC\u00a0−47.0%', 'ALT1\u00a0−50.0%']);
    expect(row!.regimeText).toBe('volatility × 2, correlations ≥ 0.9');
    // The pool first, then the 47 positions.
    expect(row!.liquidatedList).toHaveLength(48);
    expect(row!.liquidatedList[0]).toBe('the cross pool');
  });

  it('shows six moves and eight liquidations in the row, the rest one click away', () => {
    const html = table([crash()]);
    // 50 moves: 6 shown, 44 behind the summary; the regime after them.
    expect(html).toContain('BTC\u00a0−47.0%, ALT1\u00a0−50.0%, ALT2\u00a0−50.0%, ALT3\u00a0−50.0%, ALT4\u00a0−50.0%, ALT5\u00a0−50.0%, <details class="short-list"><summary>and 44 more assets<span class="visually-hidden"> moved by Crash</span></summary>ALT6\u00a0−50.0%,');
    expect(html).toContain('ALT49\u00a0−50.0%</details><span class="risk-stress__regime">volatility × 2, correlations ≥ 0.9</span>');
    // 48 liquidated: the pool and p0 … p6 shown, 40 behind the summary.
    expect(html).toContain('the cross pool, p0, p1, p2, p3, p4, p5, p6, <details class="short-list"><summary>and 40 more positions<span class="visually-hidden"> liquidated by Crash</span></summary>p7, p8,');
    expect(html).toContain('p46</details>');
  });

  it('shows a short list whole, and one item more than the limit whole too', () => {
    const few = { ...crash(), moves: { BTC: -0.47, ETH: -0.5 }, liquidatedPositions: ['p1'], poolLiquidated: false };
    const html = table([few]);
    expect(html).toContain('BTC\u00a0−47.0%, ETH\u00a0−50.0%; volatility × 2, correlations ≥ 0.9');
    expect(html).not.toContain('<details');
    const items = Array.from({ length: 7 }, (_, i) => `a${i}`);
    expect(renderToStaticMarkup(createElement(ShortList, { items, shown: 6, noun: 'x' }))).toBe('a0, a1, a2, a3, a4, a5, a6');
    expect(renderToStaticMarkup(createElement(ShortList, { items: [...items, 'a7'], shown: 6, noun: 'x' }))).toContain('<summary>and 2 more x</summary>a6, a7</details>');
  });
});
