import { z } from 'zod';
import { formatPath } from '../../shared/path';
import type { PortfolioInput } from '../format/schema';
import { Dec } from '../money';
import type { FieldError } from '../report-types';
import {
  decimalText, emptyRecord, finish, isoFromMillis, isStableSymbol, issuesToErrors, quotient, typicalVolatility, unwrapBybit, venueErrorMessage, VOLATILITY_WARNING,
} from './common';
import type { ImportOptions, ImportResult } from './types';

// Bybit v5: a bundle { "positions": …, "wallet": …, "riskLimit"?: … } of the `result` objects of
// GET /v5/position/list (category=linear), GET /v5/account/wallet-balance and GET
// /v5/market/risk-limit, as Bybit's v5 API docs show them (bybit-exchange.github.io/docs/v5). The
// whole answer `{ retCode, retMsg, result, time }` is read too. Figures are decimal strings; Bybit
// sends "" for a figure it does not have (liqPrice of a position without one).

type InputJson = Record<string, unknown>;
type OverrideInput = NonNullable<PortfolioInput['overrides']>[string];
type PositionInput = NonNullable<PortfolioInput['positions']>[number];

const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

const position = z.object({
  symbol: z.string().min(1),
  side: z.enum(['Buy', 'Sell', ''], { error: 'must be "Buy", "Sell" or "" (no position)' }),
  size: decimalText,
  avgPrice: decimalText,
  markPrice: decimalText,
  tradeMode: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 (cross) or 1 (isolated)' }),
  positionBalance: emptyOr(decimalText).optional(),
  leverage: emptyOr(decimalText).optional(),
  liqPrice: emptyOr(decimalText).optional(),
  positionIdx: z.number().optional(),
  updatedTime: z.string().optional(),
});
const positions = z.object({ list: z.array(position) }, { error: 'must be the position list result ({ "list": […] })' });

const coin = z.object({ coin: z.string().min(1), walletBalance: decimalText, equity: emptyOr(decimalText).optional(), usdValue: emptyOr(decimalText).optional(), marginCollateral: z.boolean().optional(), collateralSwitch: z.boolean().optional() });
const walletAccount = z.object({ accountType: z.string().optional(), totalMaintenanceMargin: emptyOr(decimalText).optional(), totalEquity: emptyOr(decimalText).optional(), coin: z.array(coin) });
const wallet = z.object({ list: z.array(walletAccount).min(1, { error: 'must hold the account (an empty list)' }) }, { error: 'must be the wallet-balance result ({ "list": […] })' });

const tier = z.object({ symbol: z.string().min(1), riskLimitValue: decimalText, maintenanceMargin: z.union([decimalText, z.number()]), initialMargin: z.union([decimalText, z.number()]), maxLeverage: decimalText, mmDeduction: emptyOr(decimalText).optional() });
const riskLimit = z.object({ list: z.array(tier) }, { error: 'must be the risk-limit result ({ "list": […] })' });

export function isBybitShape(json: InputJson): boolean {
  return 'positions' in json && 'wallet' in json;
}

const QUOTE = 'USDT';

/**
 * A tier's rate as a fraction. Bybit's docs show rates as fractions ("0.005" with maxLeverage
 * "100.00") and, in one inverse example, as percent ("0.5", "1" with "100.00"): initial × max
 * leverage tells which (1 for a fraction, 100 for percent).
 */
function tierRate(value: string | number, initial: string | number, maxLeverage: string): number {
  const percent = new Dec(initial).times(maxLeverage).greaterThan(10);
  const rate = new Dec(value);
  return (percent ? rate.div(100) : rate).toNumber();
}

export function importBybit(json: InputJson, options: ImportOptions): ImportResult {
  const errors: FieldError[] = [];
  for (const key of ['positions', 'wallet', 'riskLimit']) {
    const message = venueErrorMessage(json[key]);
    if (message) errors.push({ path: key, message });
  }
  if (errors.length > 0) return { ok: false, venue: 'bybit-linear', errors };
  const list = positions.safeParse(unwrapBybit(json.positions), { reportInput: true });
  const money = wallet.safeParse(unwrapBybit(json.wallet), { reportInput: true });
  const tiers = json.riskLimit !== undefined ? riskLimit.safeParse(unwrapBybit(json.riskLimit), { reportInput: true }) : null;
  if (!list.success) errors.push(...issuesToErrors(list.error.issues, ['positions']));
  if (!money.success) errors.push(...issuesToErrors(money.error.issues, ['wallet']));
  if (tiers && !tiers.success) errors.push(...issuesToErrors(tiers.error.issues, ['riskLimit']));
  if (!list.success || !money.success || errors.length > 0) return { ok: false, venue: 'bybit-linear', errors };

  const warnings: FieldError[] = [];
  const assets = emptyRecord<{ price: string; volatility: number }>();
  const overrides = emptyRecord<OverrideInput>();
  const out: PositionInput[] = [];
  let latest = 0;
  list.data.list.forEach((p, i) => {
    const at = (field: string) => formatPath(['positions', 'list', i, field]);
    latest = Math.max(latest, Number(p.updatedTime ?? 0) || 0);
    if (p.side === '' || new Dec(p.size).isZero()) return;
    const asset = p.symbol.endsWith(QUOTE) ? p.symbol.slice(0, -QUOTE.length) : '';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(asset)) {
      errors.push({ path: at('symbol'), message: `"${p.symbol}" is not a USDT perpetual (category=linear, …USDT) this import reads` });
      return;
    }
    if (new Dec(p.markPrice).lessThanOrEqualTo(0) || new Dec(p.avgPrice).lessThanOrEqualTo(0)) {
      errors.push({ path: at(new Dec(p.markPrice).lessThanOrEqualTo(0) ? 'markPrice' : 'avgPrice'), message: 'must be more than 0 for an open position' });
      return;
    }
    assets[asset] = { price: p.markPrice, volatility: typicalVolatility(asset) };
    // Bybit gives an unsigned size and a side.
    const quantity = p.side === 'Sell' ? `-${p.size}` : p.size;
    const suffix = p.positionIdx === 1 ? '-buy' : p.positionIdx === 2 ? '-sell' : '';
    const base = { id: `${p.symbol}${suffix}`, type: 'perpetual' as const, asset, quantity, entryPrice: p.avgPrice };
    if (p.tradeMode === 1) {
      if (!p.positionBalance) {
        errors.push({ path: at('positionBalance'), message: 'is required for an isolated position (tradeMode 1): it is the position\'s margin' });
        return;
      }
      out.push({ ...base, margin: { mode: 'isolated', collateral: p.positionBalance } });
    } else {
      out.push({ ...base, margin: { mode: 'cross' } });
    }
    const override: OverrideInput = {};
    if (p.leverage && new Dec(p.leverage).greaterThan(0)) override.initialRate = Math.min(1, 1 / Number(p.leverage));
    const own = tiers?.success ? tiers.data.list.filter((t) => t.symbol === p.symbol) : [];
    if (own.length > 0) {
      const sorted = [...own].sort((a, b) => new Dec(a.riskLimitValue).comparedTo(b.riskLimitValue));
      override.maintenance = sorted.map((t, k) => ({
        upTo: k === sorted.length - 1 ? null : t.riskLimitValue,
        rate: tierRate(t.maintenanceMargin, t.initialMargin, t.maxLeverage),
        amount: t.mmDeduction || '0',
        // The tier's own initial margin rate, as the export states it.
        initialRate: tierRate(t.initialMargin, t.initialMargin, t.maxLeverage),
      }));
    } else {
      warnings.push({ path: at('symbol'), message: `no risk-limit tiers for ${p.symbol} in the export: the bybit-linear rule set's tiers apply` });
    }
    overrides[asset] = override;
  });

  const account = money.data.list[0]!;
  const held = emptyRecord<string>();
  account.coin.forEach((c, i) => {
    const path = formatPath(['wallet', 'list', 0, 'coin', i]);
    if (new Dec(c.walletBalance).isZero()) return;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(c.coin)) {
      warnings.push({ path, message: `"${c.coin}" left out: not an asset symbol the portfolio format takes` });
      return;
    }
    if (c.collateralSwitch === false || c.marginCollateral === false) {
      warnings.push({ path, message: `${c.walletBalance} ${c.coin} left out: not switched on as collateral (collateralSwitch), so it margins nothing` });
      return;
    }
    if (isStableSymbol(c.coin)) assets[c.coin] ??= { price: '1', volatility: 0 };
    else if (!assets[c.coin]) {
      // usdValue ÷ equity is the coin's USD price; USD is taken as USDT (an approximation).
      if (!c.usdValue || !c.equity || new Dec(c.equity).lessThanOrEqualTo(0)) {
        warnings.push({ path, message: `${c.walletBalance} ${c.coin} left out: the export gives no ${c.coin} price` });
        return;
      }
      assets[c.coin] = { price: quotient(c.usdValue, new Dec(c.equity)), volatility: typicalVolatility(c.coin) };
    }
    held[c.coin] = c.walletBalance;
  });
  if (errors.length > 0) return { ok: false, venue: 'bybit-linear', errors };
  if (out.length === 0 && Object.keys(held).length === 0) {
    return { ok: false, venue: 'bybit-linear', errors: [{ path: 'positions.list', message: 'an empty account: no open position and no wallet balance' }] };
  }
  assets[QUOTE] ??= { price: '1', volatility: 0 };
  const asOf = isoFromMillis(latest) ?? isoFromMillis((json.positions as { time?: unknown } | undefined)?.time) ?? options.asOf;
  if (!asOf) return { ok: false, venue: 'bybit-linear', errors: [{ path: 'positions', message: 'the export carries no time (updatedTime): pass one (--as-of)' }] };
  warnings.push(VOLATILITY_WARNING);
  return finish('bybit-linear', {
    format: 'margin-lab/portfolio',
    version: 1,
    name: options.name ?? 'Bybit account',
    description: `Imported from a Bybit v5 export (${account.accountType ?? 'account'}, maintenance ${account.totalMaintenanceMargin || '?'}). Risk-limit tiers and initial 1 ÷ leverage are in overrides.`,
    asOf,
    quote: QUOTE,
    rules: 'bybit-linear',
    assets,
    balances: held,
    positions: out,
    overrides,
  }, warnings);
}
