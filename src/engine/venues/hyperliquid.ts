import { z } from 'zod';
import { formatPath } from '../../shared/path';
import type { PortfolioInput } from '../format/schema';
import { Dec, toPlainString, ZERO } from '../money';
import type { FieldError } from '../report-types';
import { RULE_SETS } from '../rules';
import { maintenanceRateAt } from '../rules/hyperliquid';
import { decimalText, emptyRecord, finish, isoFromMillis, issuesToErrors, quotient, typicalVolatility, venueErrorMessage, VOLATILITY_WARNING } from './common';
import type { ImportOptions, ImportResult } from './types';

// Hyperliquid: the info endpoint's `clearinghouseState` response (perpetuals), alone or bundled as
// { "clearinghouseState": …, "spotClearinghouseState": … }. Shapes as the API documents them
// (Hyperliquid docs, "Info endpoint › Perpetuals › Retrieve a user's perpetuals account summary").
// Every number is a decimal string except `leverage.value` and `maxLeverage`.

type InputJson = Record<string, unknown>;
type OverrideInput = NonNullable<PortfolioInput['overrides']>[string];

const summary = z.object({ accountValue: decimalText, totalNtlPos: decimalText, totalRawUsd: decimalText, totalMarginUsed: decimalText });

const leverage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cross'), value: z.number().positive() }),
  z.object({ type: z.literal('isolated'), value: z.number().positive(), rawUsd: decimalText }),
], { error: 'must be { "type": "cross" | "isolated", "value": … }' });

const position = z.object({
  coin: z.string().min(1),
  szi: decimalText,
  entryPx: decimalText,
  positionValue: decimalText,
  unrealizedPnl: decimalText,
  marginUsed: decimalText,
  leverage,
  maxLeverage: z.number({ error: 'must be a number (the asset\'s max leverage)' }).int().positive(),
  liquidationPx: decimalText.nullable(),
});

const clearinghouseStateSchema = z.object({
  assetPositions: z.array(z.object({ position })),
  marginSummary: summary,
  crossMarginSummary: summary,
  crossMaintenanceMarginUsed: decimalText,
  withdrawable: decimalText.optional(),
  time: z.number().optional(),
}, { error: 'must be the clearinghouseState response (an object with assetPositions, marginSummary, …)' });

const spotSchema = z.object({
  balances: z.array(z.object({ coin: z.string().min(1), total: decimalText, hold: decimalText.optional(), entryNtl: decimalText.optional() })),
});

export type ClearinghouseState = z.output<typeof clearinghouseStateSchema>;

export function isHyperliquidShape(json: InputJson): boolean {
  return 'clearinghouseState' in json || ('assetPositions' in json && 'marginSummary' in json);
}

const QUOTE = 'USDC';

/** Overrides from what the export says of one coin: its max leverage (maintenance) and the position's leverage (initial). */
function coinOverride(coin: string, maxLeverage: number, leverageValue: number): OverrideInput {
  const own = RULE_SETS.hyperliquid.assets[coin.toUpperCase()];
  const rate = maintenanceRateAt(maxLeverage);
  // The export gives the first tier's max leverage only; the rule set's higher tiers are kept when its first tier agrees.
  const tiers = own && own.maintenance[0]?.rate === rate
    ? own.maintenance.map((b) => ({ upTo: b.upTo === null ? null : toPlainString(b.upTo), rate: b.rate, amount: toPlainString(b.amount) }))
    : [{ upTo: null, rate, amount: '0' }];
  return { maintenance: tiers, initialRate: 1 / leverageValue };
}

export function importHyperliquid(json: InputJson, options: ImportOptions): ImportResult {
  const bundled = 'clearinghouseState' in json;
  const prefix = bundled ? ['clearinghouseState'] : [];
  const stateJson = bundled ? json.clearinghouseState : json;
  const venueError = venueErrorMessage(stateJson);
  if (venueError) return { ok: false, venue: 'hyperliquid', errors: [{ path: bundled ? 'clearinghouseState' : '(file)', message: venueError }] };
  const parsed = clearinghouseStateSchema.safeParse(stateJson, { reportInput: true });
  const spotParsed = bundled && json.spotClearinghouseState !== undefined ? spotSchema.safeParse(json.spotClearinghouseState, { reportInput: true }) : null;
  const errors = [
    ...(parsed.success ? [] : issuesToErrors(parsed.error.issues, prefix)),
    ...(spotParsed && !spotParsed.success ? issuesToErrors(spotParsed.error.issues, ['spotClearinghouseState']) : []),
  ];
  if (!parsed.success || errors.length > 0) return { ok: false, venue: 'hyperliquid', errors };
  const state = parsed.data;
  const warnings: FieldError[] = [];
  const assets = emptyRecord<{ price: string; volatility: number }>();
  const overrides = emptyRecord<OverrideInput>();
  const positions: NonNullable<PortfolioInput['positions']> = [];
  let crossPnl = ZERO;
  let isolatedCollateral = ZERO;
  let isolatedEquity = ZERO;

  state.assetPositions.forEach(({ position: p }, i) => {
    const at = (field: string) => formatPath([...prefix, 'assetPositions', i, 'position', field]);
    const size = new Dec(p.szi);
    if (size.isZero()) return; // a closed position can stay listed at size zero
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(p.coin)) {
      errors.push({ path: at('coin'), message: `"${p.coin}" is not an asset symbol the portfolio format takes (letters, digits, ".", "_", "-")` });
      return;
    }
    // Mark = positionValue ÷ |szi| (positionValue is |szi| × mark).
    const mark = quotient(p.positionValue, size.abs());
    if (new Dec(mark).lessThanOrEqualTo(0)) {
      errors.push({ path: at('positionValue'), message: 'must be more than 0 for an open position (the mark is positionValue ÷ |szi|)' });
      return;
    }
    assets[p.coin] = { price: mark, volatility: typicalVolatility(p.coin) };
    const pnl = size.times(new Dec(mark).minus(p.entryPx));
    const base = { id: `${p.coin}-perp`, type: 'perpetual' as const, asset: p.coin, quantity: p.szi, entryPrice: p.entryPx };
    if (p.leverage.type === 'isolated') {
      // The isolated margin is marginUsed (its equity, rawUsd + szi × mark) less its unrealised PnL.
      const collateral = new Dec(p.marginUsed).minus(p.unrealizedPnl);
      if (collateral.isNegative()) {
        errors.push({ path: at('marginUsed'), message: 'an isolated position\'s margin (marginUsed − unrealizedPnl) must not be negative' });
        return;
      }
      isolatedCollateral = isolatedCollateral.plus(collateral);
      isolatedEquity = isolatedEquity.plus(p.marginUsed);
      positions.push({ ...base, margin: { mode: 'isolated', collateral: toPlainString(collateral) } });
    } else {
      crossPnl = crossPnl.plus(pnl);
      positions.push({ ...base, margin: { mode: 'cross' } });
    }
    overrides[p.coin] = coinOverride(p.coin, p.maxLeverage, p.leverage.value);
  });
  if (errors.length > 0) return { ok: false, venue: 'hyperliquid', errors };

  // The whole account's value is the cross account's plus each isolated position's equity; a
  // mismatch means a truncated or mixed paste, whose figures would not be this account's.
  const whole = new Dec(state.crossMarginSummary.accountValue).plus(isolatedEquity);
  if (whole.minus(state.marginSummary.accountValue).abs().greaterThan(whole.abs().times(1e-6).plus('0.000001'))) {
    warnings.push({ path: formatPath([...prefix, 'marginSummary', 'accountValue']), message: `${state.marginSummary.accountValue} is not the cross account value plus the isolated positions' equity (${toPlainString(whole)}): check that the export is one account at one time` });
  }

  // The cross account value is USDC + the cross positions' PnL; the isolated margins come out of
  // the same USDC in the portfolio format, so they are added back.
  const usdc = new Dec(state.crossMarginSummary.accountValue).minus(crossPnl).plus(isolatedCollateral);
  const balances = emptyRecord<string>();
  balances[QUOTE] = toPlainString(usdc);
  assets[QUOTE] = { price: '1', volatility: 0 };

  for (const [i, b] of (spotParsed?.success ? spotParsed.data.balances : []).entries()) {
    const path = `spotClearinghouseState.balances[${i}]`;
    if (new Dec(b.total).isZero()) continue;
    if (b.coin === QUOTE) {
      warnings.push({ path, message: `spot ${b.total} USDC left out: spot USDC does not margin perpetuals until moved to the perp account` });
      continue;
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(b.coin)) {
      warnings.push({ path, message: `spot token "${b.coin}" left out: not an asset symbol the portfolio format takes` });
      continue;
    }
    const known = assets[b.coin];
    let price = known?.price;
    if (!price) {
      if (!b.entryNtl || new Dec(b.entryNtl).lessThanOrEqualTo(0)) {
        warnings.push({ path, message: `spot ${b.total} ${b.coin} left out: the export gives no price for it` });
        continue;
      }
      price = quotient(b.entryNtl, new Dec(b.total).abs());
      warnings.push({ path, message: `spot ${b.coin} priced at its cost (entryNtl ÷ total = ${price}): the export carries no spot price; edit assets.${b.coin}.price` });
    }
    assets[b.coin] = { price, volatility: typicalVolatility(b.coin) };
    balances[b.coin] = b.total;
  }

  if (positions.length === 0 && Object.values(balances).every((v) => new Dec(v).isZero())) {
    return { ok: false, venue: 'hyperliquid', errors: [{ path: bundled ? 'clearinghouseState' : '(file)', message: 'an empty account: no open position and no balance to import' }] };
  }
  const asOf = isoFromMillis(state.time) ?? options.asOf;
  if (!asOf) return { ok: false, venue: 'hyperliquid', errors: [{ path: `${bundled ? 'clearinghouseState.' : ''}time`, message: 'the export carries no time: pass one (--as-of)' }] };
  warnings.push(VOLATILITY_WARNING);
  return finish('hyperliquid', {
    format: 'margin-lab/portfolio',
    version: 1,
    name: options.name ?? 'Hyperliquid account',
    description: `Imported from a Hyperliquid clearinghouseState export (account value ${state.marginSummary.accountValue} USDC, cross maintenance ${state.crossMaintenanceMarginUsed}). Marks are positionValue ÷ |szi|; maintenance 1 ÷ (2 × maxLeverage) and initial 1 ÷ leverage are in overrides.`,
    asOf,
    quote: QUOTE,
    rules: 'hyperliquid',
    assets,
    balances,
    positions,
    overrides,
  }, warnings);
}
