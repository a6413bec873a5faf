import { z } from 'zod';
import { assetSymbol } from '../format/schema';
import { STRESS_EVENT_NAMES } from './stress-events';

// The cascade scenario file, version 1 (documented in README.md beside this file). Strict objects
// everywhere: a misspelt field is an error, never silently a default. Numbers are JSON numbers,
// not decimal strings: the cascade is a Float64 sweep, and the file says so by its grammar.

const number = (what: string) => z.number({ error: `must be a number (${what})` });
const positive = (what: string) => number(what).positive({ error: `must be more than 0 (${what})` });

/**
 * The bounds of the file's numbers (README.md, "Bounds"). Inside them every figure of a run is a
 * finite Float64 with room to spare (a price times the largest notional, a square root of a
 * volume); outside them the file is refused with the bound named, never run into NaN.
 */
export const BOUNDS = {
  /** Today's price of an asset, in the quote currency. */
  price: { min: 1e-8, max: 1e9 },
  /** Money: notionals, collateral, the fund, pool reserves, depth, daily volume. */
  money: { min: 1e-6, max: 1e15 },
  /** Impact per 1 % (linear depth), daily volume (square-root law) and pool reserves: at least 1 of the quote currency. */
  market: { min: 1, max: 1e15 },
  /** Leverage: notional ÷ collateral. */
  leverage: { max: 1000 },
  /** Standard deviation of the logarithm of a lognormal draw: 5 already spans e^±25 at five sigmas. */
  spread: { max: 5 },
  /** Pareto tail index. */
  alpha: { min: 0.1, max: 100 },
  /** Weight of an asset among the crowd's positions. */
  weight: { min: 1e-9, max: 1e9 },
} as const;

/** A bound as people write it: 0.00000001 and 1,000,000,000,000,000, not 1e-8 and 1e15. */
const showBound = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 20 });

const within = (what: string, min: number, max: number) => number(what)
  .min(min, { error: `must be at least ${showBound(min)} (${what})` })
  .max(max, { error: `must be at most ${showBound(max)} (${what})` });
const money = (what: string) => within(what, BOUNDS.money.min, BOUNDS.money.max);
const marketSize = (what: string) => within(what, BOUNDS.market.min, BOUNDS.market.max);
const nonNegative = (what: string) => number(what).min(0, { error: `must be 0 or more (${what})` });
const share = (what: string) => number(what).min(0, { error: `must be at least 0 (${what})` }).max(1, { error: `must be at most 1 (${what})` });
const integer = (what: string, min: number, max: number) =>
  z.number({ error: `must be a whole number (${what})` })
    .int({ error: `must be a whole number (${what})` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });

const impactSchema = z.discriminatedUnion('model', [
  z.strictObject({
    model: z.literal('square-root'),
    dailyVolume: marketSize('notional traded a day, in the quote currency'),
    dailyVolatility: positive('daily volatility as a fraction: 0.03 for 3 %').max(1, { error: 'must be at most 1 (a fraction: 0.03 for 3 %)' }),
    coefficient: positive('Y of the square-root law, about 1').max(10, { error: 'must be at most 10 (Y is about 1)' }).default(1),
  }),
  z.strictObject({
    model: z.literal('linear-depth'),
    depthPerPercent: marketSize('notional that moves the price 1 %'),
  }),
  z.strictObject({
    model: z.literal('constant-product'),
    quoteReserve: marketSize('quote-currency side of the pool; the asset side is quoteReserve ÷ price'),
    fee: number('pool fee as a fraction: 0.003 for 0.3 %').min(0, { error: 'must be 0 or more' }).max(0.5, { error: 'must be below 0.5 (a fraction: 0.003 for 0.3 %)' }).default(0.003),
  }),
], { error: 'must be "square-root", "linear-depth" or "constant-product"' });

const marketAssetSchema = z.strictObject({
  price: within("today's price in the quote currency", BOUNDS.price.min, BOUNDS.price.max),
  impact: impactSchema,
  recovery: share('share of the forced-selling displacement that fades each step').default(0),
});

/** A distribution of a quantity bounded to [low, high]: every parameter, and every draw (crowd.ts clips to them). */
const distributionSchema = (what: string, low: number, high: number) => {
  const value = () => within(what, low, high);
  return z.discriminatedUnion('distribution', [
    z.strictObject({ distribution: z.literal('fixed'), value: value() }),
    z.strictObject({ distribution: z.literal('uniform'), min: value(), max: value() }),
    z.strictObject({
      distribution: z.literal('lognormal'),
      median: value(),
      spread: nonNegative('standard deviation of the logarithm').max(BOUNDS.spread.max, { error: `must be at most ${BOUNDS.spread.max} (standard deviation of the logarithm: ${BOUNDS.spread.max} already spans a factor of e^${5 * BOUNDS.spread.max} at five sigmas)` }),
      min: value().optional(),
      max: value().optional(),
    }),
    z.strictObject({
      distribution: z.literal('pareto'),
      min: value(),
      alpha: within('tail index: smaller means a heavier tail', BOUNDS.alpha.min, BOUNDS.alpha.max),
      max: value().optional(),
    }),
  ], { error: 'must be "fixed", "uniform", "lognormal" or "pareto"' });
};

const sideSchema = z.enum(['long', 'short'], { error: 'must be "long" or "short"' });
const marginModeSchema = z.enum(['cross', 'isolated'], { error: 'must be "cross" or "isolated"' });

const cohortSchema = z.strictObject({
  name: z.string().max(200).optional(),
  count: integer('accounts in the cohort', 1, 2_000_000),
  positions: z.array(z.strictObject({
    asset: assetSymbol,
    side: sideSchema,
    notional: money('position size in the quote currency, at entry'),
  })).min(1, { error: 'must list at least one position' }).max(50, { error: 'must list at most 50 positions' }),
  leverage: number('total notional ÷ collateral').min(1, { error: 'must be at least 1' }).max(BOUNDS.leverage.max, { error: `must be at most ${showBound(BOUNDS.leverage.max)}` }).optional(),
  collateral: money('quote currency put up').optional(),
  entryMove: number("entry price as a move from today's: -0.02 entered 2 % lower").gt(-1, { error: 'must be more than -1' }).max(10, { error: 'must be at most 10' }).default(0),
  margin: marginModeSchema.default('cross'),
});

const crowdSchema = z.strictObject({
  count: integer('traders generated', 0, 2_000_000),
  assets: z.record(assetSymbol, within('weight of the asset among positions', BOUNDS.weight.min, BOUNDS.weight.max)).optional(),
  longShare: share('share of positions that are long').default(0.5),
  // A leverage under 1 is refused with the whole file's checks (parse-scenario.ts), which name it in words.
  leverage: distributionSchema('leverage: total notional ÷ collateral', BOUNDS.money.min, BOUNDS.leverage.max).default({ distribution: 'lognormal', median: 5, spread: 0.6, min: 1, max: 100 }),
  notional: distributionSchema('notional of a trader in the quote currency', BOUNDS.money.min, BOUNDS.money.max).default({ distribution: 'lognormal', median: 10000, spread: 1.2, min: 100, max: 10_000_000 }),
  entrySpread: nonNegative("standard deviation of log(entry ÷ today's price)").max(2, { error: 'must be at most 2' }).default(0.05),
  multiAssetShare: share('share of traders holding several assets').default(0),
  assetsPerTrader: integer('assets held by a multi-asset trader', 2, 50).default(2),
  crossShare: share('share of multi-asset traders margined cross; the rest isolate each position').default(1),
  cohorts: z.array(cohortSchema).max(1000, { error: 'at most 1000 cohorts' }).default([]),
});

const assetRates = (what: string, min: number, max: number, maxMessage: string) => {
  const rate = number(what).min(min, { error: `must be at least ${min} (${what})` }).max(max, { error: maxMessage });
  return z.union([rate, z.record(assetSymbol, rate)], { error: `must be a number or an object of numbers by asset (${what})` });
};

const rulesSchema = z.strictObject({
  kind: z.enum(['exchange', 'lending'], { error: 'must be "exchange" (equity < maintenance) or "lending" (health factor < 1)' }),
  maintenanceRate: assetRates('exchange maintenance margin as a fraction of notional', 0, 0.5, 'must be at most 0.5 (a fraction: 0.005 for 0.5 %)').optional(),
  liquidationThreshold: assetRates('lending liquidation threshold', 0.01, 1, 'must be at most 1').optional(),
  quoteLiquidationThreshold: number('lending liquidation threshold of quote-currency collateral').min(0.01, { error: 'must be at least 0.01' }).max(1, { error: 'must be at most 1' }).optional(),
  closeFactor: number('share closed per liquidation').gt(0, { error: 'must be more than 0' }).max(1, { error: 'must be at most 1' }).optional(),
  fullCloseBelowHealth: nonNegative('health factor at or under which everything is closed').max(1, { error: 'must be at most 1' }).optional(),
  fullCloseBelowNotional: nonNegative('position value under which everything is closed').max(BOUNDS.money.max, { error: `must be at most ${showBound(BOUNDS.money.max)}` }).optional(),
  liquidationPenalty: share('exchange fee on the closed notional').max(0.5, { error: 'must be at most 0.5' }).optional(),
  liquidationBonus: share("lending liquidator's bonus on the debt repaid").max(0.5, { error: 'must be at most 0.5' }).optional(),
  penaltyTo: z.enum(['insurance-fund', 'liquidators'], { error: 'must be "insurance-fund" or "liquidators"' }).optional(),
  liquidationDelaySteps: integer('steps between being found and being liquidated', 0, 100).default(0),
  oracleLagSteps: integer('steps the oracle price trails the market', 0, 100).default(0),
  insuranceFund: nonNegative('insurance fund at the start, in the quote currency').max(BOUNDS.money.max, { error: `must be at most ${showBound(BOUNDS.money.max)}` }).default(0),
  whenFundIsEmpty: z.enum(['socialised-loss', 'bad-debt'], { error: 'must be "socialised-loss" or "bad-debt"' }).optional(),
});

/** Either moves by asset or a named event: one of the two, checked with a path to the field at fault. */
const shockSchema = z.strictObject({
  moves: z.record(assetSymbol, number('fraction: -0.1 for a 10 % fall').gt(-1, { error: 'must be more than -1 (a fall of 100 %)' }).max(10, { error: 'must be at most 10' })).optional(),
  event: z.enum(STRESS_EVENT_NAMES, { error: `must be one of ${STRESS_EVENT_NAMES.map((n) => `"${n}"`).join(', ')}` }).optional(),
}).refine((shock) => (shock.moves === undefined) !== (shock.event === undefined), {
  error: 'must give either "moves" ({ "BTC": -0.1 }) or "event" (a named stress event), one of the two',
});

export const cascadeScenarioSchema = z.strictObject({
  format: z.literal('margin-lab/cascade-scenario', { error: 'must be "margin-lab/cascade-scenario"' }),
  version: z.literal(1, { error: 'must be 1 (the only version this build reads)' }),
  name: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
  description: z.string().max(4000, { error: 'must be at most 4000 characters' }).optional(),
  quote: assetSymbol.default('USD'),
  seed: integer('seed of the crowd generator', 0, 4294967295).default(1),
  market: z.record(assetSymbol, marketAssetSchema),
  crowd: crowdSchema,
  rules: rulesSchema,
  shock: shockSchema,
  steps: z.strictObject({
    limit: integer('most steps simulated', 1, 100_000).default(1000),
    stopWhenQuiet: z.boolean({ error: 'must be true or false' }).default(true),
  }).default({ limit: 1000, stopWhenQuiet: true }),
  criticalShock: z.strictObject({
    search: z.boolean({ error: 'must be true or false' }).default(true),
    maxMove: number('largest shock searched, as a fraction').gt(0, { error: 'must be more than 0' }).max(0.99, { error: 'must be at most 0.99' }).default(0.5),
    factor: positive('induced ÷ direct liquidated notional that counts as self-sustaining').max(1e6, { error: 'must be at most 1,000,000' }).default(1),
  }).default({ search: true, maxMove: 0.5, factor: 1 }),
  /** The user's own account: a portfolio object in the portfolio format (the command line also accepts a file path). */
  portfolio: z.union([z.string(), z.record(z.string(), z.unknown())], { error: 'must be a portfolio object (or, on the command line, a file path)' }).optional(),
});

export type CascadeScenarioInput = z.input<typeof cascadeScenarioSchema>;
export type CascadeScenarioFile = z.output<typeof cascadeScenarioSchema>;
export type ImpactModel = z.output<typeof impactSchema>;
export type Distribution = z.output<ReturnType<typeof distributionSchema>>;
export type Cohort = z.output<typeof cohortSchema>;
export type CrowdSpec = z.output<typeof crowdSchema>;
export type RulesFile = z.output<typeof rulesSchema>;
