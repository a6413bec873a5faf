// The ladder's plain-SVG rungs, rendered in Node: a dot per marker at its place on the price axis,
// the exact price in its tooltip, labels that do not overlap, and no NaN.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AssetLadderChart, spacedTicks } from '../../../src/ui/charts/AssetLadderChart';
import { liquidationLadders } from '../../../src/ui/charts/liquidation-ladder-data';
import { fixtureReport } from './fixture-report';

const ladderOf = (asset: string, withBaseline = false) => {
  const report = fixtureReport();
  const baseline = withBaseline ? fixtureReport() : undefined;
  return liquidationLadders(report, baseline).find((l) => l.asset === asset)!;
};
const render = (asset: string, withBaseline = false) => renderToStaticMarkup(createElement(AssetLadderChart, { ladder: ladderOf(asset, withBaseline), quote: 'USDT' }));
const circles = (html: string) => [...html.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));

describe('one asset of the liquidation ladder, drawn as plain SVG', () => {
  it('puts each marker on its lane at its price, on the 640-px default width', () => {
    const ladder = ladderOf('BTC');
    const html = render('BTC');
    // BTC: today 60,000, account down 42,000, joint down 48,000 (the fixture); isolated p3 has no price.
    expect(ladder.points.map((p) => p.price)).toEqual(['60000', '42000', '48000']);
    const [low, high] = ladder.domain;
    // Plot: 640 − 88 (lane labels) − 28 (right margin) = 524 px wide; lane k's centre at 18 + (k + 0.5) × 36.
    const x = (price: number) => 88 + ((price - low) / (high - low)) * 524;
    const expected = ladder.points.map((p) => ({ cx: x(p.x), cy: 18 + (p.y + 0.5) * 36 }));
    const drawn = circles(html);
    expect(drawn).toHaveLength(3);
    drawn.forEach((c, i) => {
      expect(c.cx).toBeCloseTo(expected[i]!.cx, 6);
      expect(c.cy).toBe(expected[i]!.cy);
    });
    // Today (lane 0) above the account (lane 1) above the joint move (lane 2).
    expect(drawn.map((c) => c.cy)).toEqual([36, 72, 108]);
  });

  it('gives each dot its exact price and distance in the tooltip, and no NaN anywhere', () => {
    const html = render('BTC', true);
    expect(html).toContain('BTC: Account liquidation (down)');
    expect(html).toMatch(/Price: 42,000(\.00)? USDT/);
    expect(html).toContain('From today: −30');
    // With a baseline: a ringed dot per marker of the book before, and the "Before" line.
    expect(circles(html)).toHaveLength(6);
    expect(html).toMatch(/Before: 42,000(\.00)? USDT/);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('labels the isolated position by its id on a lane of its own', () => {
    const html = render('ETH');
    expect(html).toContain('>p2<');
    expect(html).toMatch(/Price: 3,450\.25 USDT/);
  });
});

describe('the price axis of a rung', () => {
  const ticks = [28000, 29000, 30000, 31000, 32000, 33000, 34000];
  it('keeps every tick where the labels fit', () => {
    // 524 px over 6 gaps: 87 px a gap; "34,000" + a space is 7 characters × 7 px = 49 px.
    expect(spacedTicks(ticks, 524)).toEqual(ticks);
  });

  it('keeps every other tick on a phone, where seven labels would run together', () => {
    // 390-px screen: about 240 px over 6 gaps = 40 px a gap < 49 px, so every 2nd tick (80 px apart).
    expect(spacedTicks(ticks, 240)).toEqual([28000, 30000, 32000, 34000]);
  });
});
