import { z } from 'zod';
import { Dec } from '../money';
import { ASSET_SYMBOL, CORRELATION_PAIR, decimalProblem, MAX_ASSETS, MAX_BRACKETS, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_POSITIONS, PRINTABLE, type DecimalKind } from './bounds';

// Zod compiles schemas with `new Function` unless told not to, which a strict Content-Security-Policy
// reports. The setting is read when a schema is built, so it must come before the first one below.
z.config({ jitless: true });

// The portfolio file format, version 1 (shared/design/portfolio-format.md): the public contract.
// Strict objects everywhere: an unknown field is an error, because a typo must never silently
// change a margin figure.

const decimal = (kind: DecimalKind, typeMessage: string) => z
  .string({ error: typeMessage })
  // One check, not a regex then a refine: zod runs a refine even after the regex fails, and
  // Decimal throws on text it cannot read.
  .superRefine((s, ctx) => {
    const problem = decimalProblem(s, kind);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: s });
  })
  .transform((s) => new Dec(s));

/** Any decimal string, signed: quantities and balances. */
const signedDecimal = decimal('signed', 'must be a decimal string such as "-1.5"');

/** Strictly positive decimal string: prices, strikes. */
const positiveDecimal = decimal('positive', 'must be a positive decimal string');

/** Zero or more: premiums, collateral, bracket amounts. */
const nonNegativeDecimal = decimal('nonNegative', 'must be a decimal string, zero or more');

export const assetSymbol = z
  .string({ error: 'must be an asset symbol (text)' })
  .regex(ASSET_SYMBOL, { error: 'must be an asset symbol: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 20' });

/** Text the screen shows as it is: no control characters, nothing invisible. */
const printableText = (max: number) => z
  .string({ error: 'must be text' })
  .max(max, { error: `must be at most ${max} characters` })
  .regex(PRINTABLE, { error: 'must hold only printable characters (no control or invisible characters)' });

const fraction = (what: string) => z.number({ error: `must be a number (${what})` }).min(0, { error: `must be at least 0 (${what})` }).max(1, { error: `must be at most 1 (${what})` });

const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time such as "2026-11-24T00:00:00Z"' });

const assetSchema = z.strictObject({
  price: positiveDecimal,
  // Between 0 and 0.001 a volatility is a rounding error that turns daily σ and distances in σ into
  // figures a double prints in exponent notation (the 100,000-case fuzz found 5e-323): refused.
  volatility: z.number({ error: 'must be a number (annualised, 0.55 for 55 %)' }).min(0, { error: 'must be 0 or more' }).max(10, { error: 'must be at most 10 (1000 % a year)' })
    .refine((v) => !(v > 0 && v < 0.001), { error: 'must be 0 (the asset does not move) or at least 0.001 (0.1 % a year)' }),
  /** Optional: a stablecoin does not move in a joint move. Defaults by symbol (USDC, USDT, …) or volatility 0. */
  stable: z.boolean().optional(),
});

const marginSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('cross') }),
  z.strictObject({ mode: z.literal('isolated'), collateral: nonNegativeDecimal }),
], { error: 'must be { "mode": "cross" } or { "mode": "isolated", "collateral": "…" }' });

const positionBase = {
  id: printableText(MAX_ID_LENGTH).refine((id) => id.trim() !== '', { error: 'must not be empty' }),
  asset: assetSymbol,
  quantity: signedDecimal,
  margin: marginSchema.optional(),
};

const perpetualSchema = z.strictObject({ ...positionBase, type: z.literal('perpetual'), entryPrice: positiveDecimal });
const futureSchema = z.strictObject({ ...positionBase, type: z.literal('future'), entryPrice: positiveDecimal, expiry: isoTime });
const optionSchema = z.strictObject({
  ...positionBase,
  type: z.literal('option'),
  right: z.enum(['call', 'put'], { error: 'must be "call" or "put"' }),
  strike: positiveDecimal,
  expiry: isoTime,
  premium: nonNegativeDecimal,
  volatility: z.number().min(0.0001, { error: 'must be more than 0' }).max(10, { error: 'must be at most 10' }).optional(),
});

export const positionSchema = z.discriminatedUnion('type', [perpetualSchema, futureSchema, optionSchema], {
  error: 'type must be "perpetual", "future" or "option"',
});

const bracketSchema = z.strictObject({
  /** Upper notional bound of the bracket; null for the last, open-ended one. */
  upTo: positiveDecimal.nullable(),
  rate: fraction('maintenance rate'),
  amount: nonNegativeDecimal,
  /** Optional: 1 ÷ the bracket's maximum leverage; derived as 2 × rate when absent (rules/brackets.ts). */
  initialRate: fraction('initial margin rate').optional(),
});

const assetOverrideSchema = z.strictObject({
  maintenance: z.array(bracketSchema).min(1, { error: 'must have at least one bracket' }).max(MAX_BRACKETS, { error: `must have at most ${MAX_BRACKETS} brackets` }).optional(),
  initialRate: fraction('initial margin rate').optional(),
  haircut: fraction('haircut').optional(),
  liquidationThreshold: fraction('liquidation threshold').optional(),
  maxLtv: fraction('maximum loan-to-value').optional(),
  liquidationBonus: fraction('liquidation bonus').optional(),
  /** Portfolio margin: the asset's scan range, the largest move of its risk array (0.15 = ±15 %). */
  priceRange: z.number().min(0.001, { error: 'must be more than 0' }).max(1, { error: 'must be at most 1' }).optional(),
});

/** Portfolio-margin settings (rule set "portfolio" and the efficiency column): every default is named in rules/portfolio.ts. */
const portfolioMarginSchema = z.strictObject({
  grid: z.enum(['span', 'deribit'], { error: 'must be "span" or "deribit"' }).optional(),
  // The grid scales volatility by 1 ± shock: above 1 the down scenario's volatility is negative.
  volatilityShock: z.number().min(0, { error: 'must be 0 or more' }).max(1, { error: 'must be at most 1 (volatility scaled by 1 ± shock must not go below 0)' }).optional(),
  extremeMultiple: z.number().min(1, { error: 'must be at least 1' }).max(10, { error: 'must be at most 10' }).optional(),
  extremeWeight: fraction('weight of the extreme scenarios').optional(),
  shortOptionMinimum: fraction('short option minimum charge').optional(),
  interAssetOffset: z.boolean().optional(),
  maxOffset: fraction('largest share of the requirement that offsets may credit').optional(),
  maintenanceShare: fraction('maintenance as a share of initial').optional(),
});

/**
 * Dynamic margin: a market regime applied with no price move. Volatility × a multiplier (all assets,
 * or per asset), correlations between non-stable assets raised to at least a floor.
 */
const volatilityMultiplier = z.number({ error: 'must be a number (2 doubles every volatility)' })
  .min(0.1, { error: 'must be at least 0.1' }).max(10, { error: 'must be at most 10' });
const regimeSchema = z.strictObject({
  volatilityMultiplier: volatilityMultiplier.optional(),
  correlationFloor: z.number({ error: 'must be a number between -1 and 1' }).min(-1, { error: 'must be between -1 and 1' }).max(1, { error: 'must be between -1 and 1' }).optional(),
  assets: z.record(assetSymbol, z.strictObject({ volatilityMultiplier })).optional(),
});

export const RULE_SET_NAMES = ['generic-cex', 'lending', 'portfolio', 'binance-usdm', 'bybit-linear', 'hyperliquid', 'deribit', 'aave-v3'] as const;

export const portfolioSchema = z.strictObject({
  format: z.literal('margin-lab/portfolio', { error: 'must be "margin-lab/portfolio"' }),
  version: z.literal(1, { error: 'must be 1 (the only version this build reads)' }),
  name: printableText(MAX_NAME_LENGTH).min(1, { error: 'must not be empty' }),
  description: z.string({ error: 'must be text' }).max(MAX_DESCRIPTION_LENGTH, { error: `must be at most ${MAX_DESCRIPTION_LENGTH} characters` }).optional(),
  asOf: isoTime,
  quote: assetSymbol,
  rules: z.enum(RULE_SET_NAMES, { error: `must be one of ${RULE_SET_NAMES.map((n) => `"${n}"`).join(', ')}` }),
  /** Optional annual interest rate for option discounting; 0 when absent. */
  rate: z.number().min(-0.5).max(2).optional(),
  assets: z.record(assetSymbol, assetSchema).refine((a) => Object.keys(a).length <= MAX_ASSETS, { error: `must list at most ${MAX_ASSETS} assets` }),
  correlations: z.record(z.string().regex(CORRELATION_PAIR, { error: 'must name a pair of assets as "A/B"' }), z.number().min(-1, { error: 'must be between -1 and 1' }).max(1, { error: 'must be between -1 and 1' })).optional(),
  balances: z.record(assetSymbol, signedDecimal).optional(),
  positions: z.array(positionSchema).max(MAX_POSITIONS, { error: `must hold at most ${MAX_POSITIONS} positions` }).optional(),
  overrides: z.record(assetSymbol, assetOverrideSchema).optional(),
  portfolioMargin: portfolioMarginSchema.optional(),
  regime: regimeSchema.optional(),
}, { error: 'must be a JSON object: a portfolio file ({ "format": "margin-lab/portfolio", … })' });

export type PortfolioInput = z.input<typeof portfolioSchema>;
export type Parsed = z.output<typeof portfolioSchema>;
export type Asset = z.output<typeof assetSchema>;
export type Position = z.output<typeof positionSchema>;
export type PerpetualPosition = z.output<typeof perpetualSchema>;
export type FuturePosition = z.output<typeof futureSchema>;
export type OptionPosition = z.output<typeof optionSchema>;
export type MarginMode = z.output<typeof marginSchema>;
export type Bracket = z.output<typeof bracketSchema>;
export type AssetOverride = z.output<typeof assetOverrideSchema>;
export type PortfolioMarginInput = z.output<typeof portfolioMarginSchema>;
export type Regime = z.output<typeof regimeSchema>;
export type RuleSetName = (typeof RULE_SET_NAMES)[number];

/** A parsed portfolio: optional collections are always present (empty when the file omits them). */
export type Portfolio = Omit<Parsed, 'correlations' | 'balances' | 'positions' | 'overrides'> & {
  correlations: NonNullable<Parsed['correlations']>;
  balances: NonNullable<Parsed['balances']>;
  positions: Position[];
  overrides: NonNullable<Parsed['overrides']>;
};
