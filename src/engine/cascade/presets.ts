import type { CascadeScenarioInput } from './scenario-schema';

// Classroom presets, as data: each a complete scenario file (public/examples/cascade-*.json holds
// the same, checked by a test). One crowd throughout where the lesson is the market: prices are
// the example portfolios' (BTC 90,000, ETH 3,000), so a user's example book places naturally.

export interface CascadePreset {
  title: string;
  lesson: string;
  scenario: CascadeScenarioInput;
}

/** 20,000 perpetual traders, three in four long, leverage around 10×, a fifth cross-margined across BTC and ETH. */
const crowd: CascadeScenarioInput['crowd'] = {
  count: 20000,
  assets: { BTC: 0.6, ETH: 0.4 },
  longShare: 0.75,
  leverage: { distribution: 'lognormal', median: 10, spread: 0.6, min: 1, max: 100 },
  notional: { distribution: 'lognormal', median: 10000, spread: 1.2, min: 100, max: 5000000 },
  entrySpread: 0.04,
  multiAssetShare: 0.2,
  assetsPerTrader: 2,
  crossShare: 1,
};

const exchangeRules: CascadeScenarioInput['rules'] = {
  kind: 'exchange',
  maintenanceRate: { BTC: 0.004, ETH: 0.005 },
  liquidationPenalty: 0.005,
  penaltyTo: 'insurance-fund',
  insuranceFund: 2000000,
  whenFundIsEmpty: 'socialised-loss',
};

export const CASCADE_PRESETS = {
  'thin-market': {
    title: 'Thin market',
    lesson: 'The same crowd and a 4 % shock as in "deep market", but thin order books: each wave of forced selling moves the price enough to liquidate the next.',
    scenario: {
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Thin market',
      description: 'A 4 % fall of BTC and ETH meets order books with 10M (BTC) and 5M (ETH) of bids per 1 % move, against a crowd holding about 400M. The first liquidations sell into thin books, the price gaps lower, and the next band of liquidation prices is crossed: a cascade.',
      quote: 'USD',
      seed: 2026,
      market: {
        BTC: { price: 90000, impact: { model: 'linear-depth', depthPerPercent: 10000000 }, recovery: 0.05 },
        ETH: { price: 3000, impact: { model: 'linear-depth', depthPerPercent: 5000000 }, recovery: 0.05 },
      },
      crowd,
      rules: exchangeRules,
      shock: { moves: { BTC: -0.04, ETH: -0.04 } },
      steps: { limit: 1000, stopWhenQuiet: true },
      criticalShock: { search: true, maxMove: 0.5, factor: 1 },
    },
  },
  'deep-market': {
    title: 'Deep market',
    lesson: 'The same crowd and shock as "thin market" in deep books (square-root law, billions traded a day): the shock\'s own liquidations barely move the price, and the cascade dies out.',
    scenario: {
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Deep market',
      description: 'A 4 % fall of BTC and ETH in markets that trade 20B (BTC) and 10B (ETH) a day at 3 % daily volatility: by the square-root law, selling 10M moves BTC by about 0.07 %.',
      quote: 'USD',
      seed: 2026,
      market: {
        BTC: { price: 90000, impact: { model: 'square-root', dailyVolume: 20000000000, dailyVolatility: 0.03, coefficient: 1 }, recovery: 0.05 },
        ETH: { price: 3000, impact: { model: 'square-root', dailyVolume: 10000000000, dailyVolatility: 0.035, coefficient: 1 }, recovery: 0.05 },
      },
      crowd,
      rules: exchangeRules,
      shock: { moves: { BTC: -0.04, ETH: -0.04 } },
      steps: { limit: 1000, stopWhenQuiet: true },
      criticalShock: { search: true, maxMove: 0.5, factor: 1 },
    },
  },
  'everyone-at-20x': {
    title: 'Everyone at 20×',
    lesson: 'When the whole crowd uses the same leverage, liquidation prices bunch a few percent under the entries: one small move crosses them all together.',
    scenario: {
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Everyone at 20×',
      description: '10,000 BTC longs, all at 20× (liquidated after a fall of about 4.6 % from entry), entered within about 2 % of today\'s price. A 3 % shock reaches the first of them; 20M of bids per 1 % move.',
      quote: 'USD',
      seed: 20,
      market: {
        BTC: { price: 90000, impact: { model: 'linear-depth', depthPerPercent: 20000000 }, recovery: 0 },
      },
      crowd: {
        count: 10000,
        longShare: 1,
        leverage: { distribution: 'fixed', value: 20 },
        notional: { distribution: 'lognormal', median: 20000, spread: 1, min: 100, max: 5000000 },
        entrySpread: 0.02,
      },
      rules: { ...exchangeRules, maintenanceRate: 0.004, insuranceFund: 500000 },
      shock: { moves: { BTC: -0.03 } },
      steps: { limit: 1000, stopWhenQuiet: true },
      criticalShock: { search: true, maxMove: 0.5, factor: 1 },
    },
  },
  'lending-50-percent-close-factor': {
    title: 'Lending protocol with a 50 % close factor',
    lesson: 'A lending pool liquidates half the debt at a time (all of it under health 0.95), and liquidators sell the collateral on a DEX pool: partial liquidations spread the selling over several steps.',
    scenario: {
      format: 'margin-lab/cascade-scenario',
      version: 1,
      name: 'Lending protocol with a 50 % close factor',
      description: '8,000 borrowers with ETH collateral and USDC debt (loan-to-value mostly 50–70 %, liquidation threshold 85 %, bonus 5 %). Liquidators sell the seized ETH into a constant-product pool holding 300M of USDC. ETH falls 20 %.',
      quote: 'USD',
      seed: 7,
      market: {
        ETH: { price: 3000, impact: { model: 'constant-product', quoteReserve: 300000000, fee: 0.003 }, recovery: 0.1 },
      },
      crowd: {
        count: 8000,
        longShare: 1,
        leverage: { distribution: 'lognormal', median: 2.5, spread: 0.3, min: 1.2, max: 6.5 },
        notional: { distribution: 'lognormal', median: 10000, spread: 1, min: 500, max: 20000000 },
        entrySpread: 0.06,
      },
      rules: {
        kind: 'lending',
        liquidationThreshold: { ETH: 0.85 },
        closeFactor: 0.5,
        fullCloseBelowHealth: 0.95,
        liquidationBonus: 0.05,
        insuranceFund: 1000000,
        whenFundIsEmpty: 'bad-debt',
      },
      shock: { moves: { ETH: -0.2 } },
      steps: { limit: 1000, stopWhenQuiet: true },
      criticalShock: { search: true, maxMove: 0.5, factor: 1 },
    },
  },
} as const satisfies Record<string, CascadePreset>;

export type CascadePresetName = keyof typeof CASCADE_PRESETS;
