import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASCADE_PRESETS, parseCascadeScenario, STRESS_EVENTS, type CascadeScenarioInput } from '../../../src/engine/cascade/index';
import { parsed, simulate, threeLongs } from './fixtures';

const example = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../public/examples/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

const errorsOf = (input: unknown) => {
  const result = parseCascadeScenario(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
};

const base = threeLongs();

describe('scenario file errors, each with its path', () => {
  it('names every missing top-level field', () => {
    expect(errorsOf({})).toEqual([
      'format: is required', 'version: is required', 'name: is required', 'market: is required',
      'crowd: is required', 'rules: is required', 'shock: is required',
    ]);
  });

  it('points into the market, the crowd and its cohorts, and at unknown fields', () => {
    const errors = errorsOf({
      ...base,
      market: { BTC: { price: -1, impact: { model: 'lin' } } },
      crowd: { count: 1.5, cohorts: [{ count: 1, positions: [{ asset: 'BTC', side: 'up', notional: 5 }], collateral: 1 }] },
      typo: true,
    });
    expect(errors).toEqual([
      'market.BTC.price: must be at least 0.00000001 (today\'s price in the quote currency)',
      'market.BTC.impact.model: must be "square-root", "linear-depth" or "constant-product"',
      'crowd.count: must be a whole number (traders generated)',
      'crowd.cohorts[0].positions[0].side: must be "long" or "short"',
      'typo: is not a field of the cascade scenario format (a typo?)',
    ]);
  });

  it('checks the file as a whole once its shape is right: assets, rules of the other kind, leverage', () => {
    const errors = errorsOf({
      ...base,
      crowd: {
        count: 10,
        assets: { ETH: 1 },
        leverage: { distribution: 'fixed', value: 0.5 },
        cohorts: [{ count: 1, positions: [{ asset: 'XRP', side: 'long', notional: 5 }] }],
      },
      rules: { kind: 'lending', maintenanceRate: 0.01, whenFundIsEmpty: 'socialised-loss', penaltyTo: 'insurance-fund' },
      shock: { moves: { SOL: -0.1 } },
    });
    expect(errors).toEqual([
      'crowd.assets.ETH: unknown asset "ETH": add it to market with its price and impact',
      'crowd.leverage.value: must be at least 1 (leverage is notional ÷ collateral)',
      'crowd.cohorts[0].positions[0].asset: unknown asset "XRP": add it to market with its price and impact',
      'crowd.cohorts[0]: must give either leverage or collateral (one of the two)',
      'rules.maintenanceRate: does not apply to kind "lending" (use liquidationThreshold)',
      'rules.penaltyTo: a lending pool pays its liquidation bonus to the liquidator',
      'rules.whenFundIsEmpty: a lending pool has no auto-deleveraging: its uncovered shortfall is bad debt',
      'shock.moves.SOL: unknown asset "SOL": add it to market with its price and impact',
    ]);
  });

  it('wants one shock: moves or a named event, and only events it knows', () => {
    expect(errorsOf({ ...base, shock: { event: 'nope' } })).toEqual([
      `shock.event: must be one of ${Object.keys(STRESS_EVENTS).map((n) => `"${n}"`).join(', ')}`,
    ]);
    expect(errorsOf({ ...base, shock: { moves: { BTC: -0.1 }, event: 'ftx-2022' } })).toEqual([
      'shock: must give either "moves" ({ "BTC": -0.1 }) or "event" (a named stress event), one of the two',
    ]);
    expect(errorsOf({ ...base, shock: { moves: { BTC: -1 } } })).toEqual(['shock.moves.BTC: must be more than -1 (a fall of 100 %)']);
  });

  it('reports a portfolio\'s own errors under portfolio., and a path only the command line can read', () => {
    expect(errorsOf({ ...base, portfolio: 'my-book.json' })).toEqual(['portfolio: a file path is read by the command line only: put the portfolio object here']);
    const errors = errorsOf({ ...base, portfolio: { ...example('leveraged-long.json'), quote: undefined, extra: 1 } });
    expect(errors).toContain('portfolio.quote: is required');
    expect(errors).toContain('portfolio.extra: is not a field of the portfolio format (a typo?)');
  });
});

describe('defaults', () => {
  it('take an exchange\'s maintenance rates and a lending pool\'s thresholds from the engine\'s rule sets', () => {
    const market = { BTC: base.market.BTC!, ETH: base.market.BTC!, DOGE: base.market.BTC! };
    const exchange = parsed({ ...base, market, rules: { kind: 'exchange' } }).rules;
    // generic-cex: first brackets BTC 0.4 %, ETH 0.5 %, a large altcoin 1 %.
    expect(exchange.maintenanceRate).toEqual({ BTC: 0.004, ETH: 0.005, DOGE: 0.01 });
    expect(exchange).toMatchObject({ closeFactor: 1, penaltyTo: 'insurance-fund', whenFundIsEmpty: 'socialised-loss', liquidationDelaySteps: 0, oracleLagSteps: 0 });
    const lending = parsed({ ...base, market, rules: { kind: 'lending' } }).rules;
    // lending: Aave v2 risk review thresholds (WETH 85 %, WBTC 78 %), 50 % close factor, all under 0.95.
    expect(lending.liquidationThreshold).toEqual({ BTC: 0.78, ETH: 0.85, DOGE: 0.6 });
    expect(lending).toMatchObject({ closeFactor: 0.5, fullCloseBelowHealth: 0.95, liquidationBonus: 0.05, penaltyTo: 'liquidators', whenFundIsEmpty: 'bad-debt' });
  });

  it('resolve a named event to the moves of the market\'s assets, and warn about the rest', () => {
    const scenario = parsed({ ...base, shock: { event: 'aug-2024' } });
    // BTC $58,350 → $49,513: −15.1 %.
    expect(scenario.shock.moves.BTC).toBeCloseTo(49513 / 58350 - 1, 12);
    expect(scenario.shock.event).toBe('aug-2024');
    const result = simulate({ ...base, shock: { event: 'aug-2024' } });
    expect(result.warnings).toContainEqual({ path: 'shock.event', message: 'the market has no ETH: those moves of the event are left out' });
  });
});

describe('classroom presets', () => {
  it('every preset parses, and its file under public/examples says the same', () => {
    const files: Record<string, string> = {
      'thin-market': 'cascade-thin-market.json',
      'deep-market': 'cascade-deep-market.json',
      'everyone-at-20x': 'cascade-everyone-at-20x.json',
      'lending-50-percent-close-factor': 'cascade-lending-close-factor.json',
    };
    for (const [name, preset] of Object.entries(CASCADE_PRESETS)) {
      expect(parseCascadeScenario(preset.scenario).ok, name).toBe(true);
      const file = example(files[name]!);
      // The command-line example adds the user's portfolio as a file path.
      if (name === 'thin-market') expect(file.portfolio).toBe('leveraged-long.json');
      delete file.portfolio;
      expect(file, name).toEqual(JSON.parse(JSON.stringify(preset.scenario)));
    }
  });

  it('show their lessons: thin books cascade where deep ones do not', () => {
    const run = (input: CascadeScenarioInput) => simulate({ ...input, criticalShock: { search: false } });
    const thin = run(CASCADE_PRESETS['thin-market'].scenario);
    const deep = run(CASCADE_PRESETS['deep-market'].scenario);
    // The same crowd and shock: the first wave is the same size in both.
    expect(thin.steps[0]!.liquidatedAccounts).toBe(deep.steps[0]!.liquidatedAccounts);
    expect(thin.totals.inducedNotional).toBeGreaterThan(thin.totals.directNotional);
    expect(deep.totals.inducedNotional).toBeLessThan(0.2 * deep.totals.directNotional);
    const lending = run(CASCADE_PRESETS['lending-50-percent-close-factor'].scenario);
    // Partial liquidations: more liquidation events than accounts liquidated.
    expect(lending.totals.liquidations).toBeGreaterThan(lending.totals.liquidatedAccounts);
  });
});
