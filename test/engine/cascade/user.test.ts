import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASCADE_PRESETS, type CascadeScenarioInput } from '../../../src/engine/cascade/index';
import { evaluate, parsePortfolio } from '../../../src/engine/index';
import { simulate } from './fixtures';

// The user's own portfolio in the crowd, placed by the engine's report.

const portfolioFile = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

const thin = CASCADE_PRESETS['thin-market'].scenario;
const withPortfolio = (file: string, changes: Partial<CascadeScenarioInput> = {}): CascadeScenarioInput => ({
  ...thin, criticalShock: { search: false }, portfolio: portfolioFile(file), ...changes,
});

describe('the user\'s account in the crowd', () => {
  it('is placed where the engine\'s report liquidates it, and liquidated at the first step whose oracle price gets there', () => {
    // leveraged-long: 100 ETH long in cross against 30,000 USDC (the BTC bet is isolated).
    const parsed = parsePortfolio(portfolioFile('leveraged-long.json'));
    if (!parsed.ok) throw new Error('example does not parse');
    const report = evaluate(parsed.value);
    const move = report.account.liquidationPrices.ETH!.downMove!;
    const result = simulate(withPortfolio('leveraged-long.json'));
    const user = result.user!;
    expect(user.placement.liquidationMoves.ETH).toBe(move);
    expect(user.placement.liquidationMoves.BTC).toBeNull();
    expect(user.placement.quantities).toEqual({ BTC: 0.5, ETH: 100 });
    // Surplus today: adjusted equity − maintenance of the cross pool, as the report gives them.
    expect(user.placement.surplus).toBeCloseTo(Number(report.account.adjustedEquity) - Number(report.account.pool.maintenanceMargin), 6);
    expect(user.liquidatedAtStep).not.toBeNull();
    const at = user.liquidatedAtStep!;
    const line = 3000 * (1 + move);
    for (const step of result.steps.slice(0, at)) expect(step.oraclePrices.ETH).toBeGreaterThan(line);
    expect(result.steps[at]!.oraclePrices.ETH).toBeLessThanOrEqual(line);
    expect(result.steps[at]!.userLiquidated).toBe(true);
    expect(user.pricesAtLiquidation).toEqual(result.steps[at]!.oraclePrices);
    expect(user.accountsLiquidatedBefore).toBe(result.steps.slice(0, at).reduce((s, x) => s + x.liquidatedAccounts, 0));
  });

  it('agrees with the engine: at the placement\'s move, the report\'s health factor is 1', () => {
    const parsed = parsePortfolio(portfolioFile('leveraged-long.json'));
    if (!parsed.ok) throw new Error('example does not parse');
    const move = simulate(withPortfolio('leveraged-long.json')).user!.placement.liquidationMoves.ETH!;
    const at = evaluate(parsed.value, { priceMoves: { ETH: move } });
    expect(Number(at.account.healthFactor)).toBeCloseTo(1, 9);
  });

  it('is liquidated in the first step when the shock alone crosses its joint move (classroom: about −0.15 %)', () => {
    const result = simulate(withPortfolio('classroom-overleveraged.json', { market: { ...thin.market, SOL: { price: 140, impact: { model: 'linear-depth', depthPerPercent: 1e6 } } } }));
    expect(result.user!.placement.jointMove).toBeLessThan(0);
    expect(result.user!.placement.jointMove).toBeGreaterThan(-0.01);
    expect(result.user!.liquidatedAtStep).toBe(0);
  });

  it('says so when the market has none of the portfolio\'s assets', () => {
    const result = simulate(withPortfolio('leveraged-long.json', { market: { SOL: { price: 140, impact: { model: 'linear-depth', depthPerPercent: 1e6 } } }, crowd: { count: 100 }, rules: { kind: 'exchange' }, shock: { moves: { SOL: -0.2 } } }));
    expect(result.user!.liquidatedAtStep).toBeNull();
    expect(result.warnings.map((w) => w.path)).toEqual(['portfolio.assets.ETH', 'portfolio.assets.BTC', 'portfolio']);
  });

  it('places a lending portfolio by its health factor, in a lending cascade', () => {
    const lending = CASCADE_PRESETS['lending-50-percent-close-factor'].scenario;
    const result = simulate({ ...lending, criticalShock: { search: false }, portfolio: portfolioFile('lending-loop.json') });
    const user = result.user!;
    // lending-loop: 50 ETH against 83,000 USDC, health about 1.5: liquidated after a fall of about a third.
    expect(user.placement.liquidationMoves.ETH).toBeLessThan(-0.25);
    if (user.liquidatedAtStep !== null) {
      expect(result.steps[user.liquidatedAtStep]!.oraclePrices.ETH).toBeLessThanOrEqual(3000 * (1 + user.placement.liquidationMoves.ETH!));
    }
    // The user is not part of the crowd's figures.
    expect(result.crowd.accounts).toBe(8000);
  });
});
