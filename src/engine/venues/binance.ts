import { z } from 'zod';
import { formatPath } from '../../shared/path';
import type { PortfolioInput } from '../format/schema';
import { Dec, toPlainString } from '../money';
import type { FieldError } from '../report-types';
import { decimalOrNumber, decimalText, emptyRecord, finish, isoFromMillis, isStableSymbol, issuesToErrors, typicalVolatility, venueErrorMessage, VOLATILITY_WARNING } from './common';
import type { ImportOptions, ImportResult } from './types';

// Binance USDⓈ-M: a bundle { "positionRisk": […], "account": {…} | "balance": […], "leverageBracket": […] }
// of GET /fapi/v2/positionRisk, GET /fapi/v2/account (or /fapi/v2/balance) and GET
// /fapi/v1/leverageBracket, as Binance's API docs show them (developers.binance.com, "USDⓈ-M
// Futures"). Position and account figures are decimal strings; the brackets are JSON numbers.

type InputJson = Record<string, unknown>;
type OverrideInput = NonNullable<PortfolioInput['overrides']>[string];
type PositionInput = NonNullable<PortfolioInput['positions']>[number];

const positionRisk = z.array(z.object({
  symbol: z.string().min(1),
  positionAmt: decimalText,
  entryPrice: decimalText,
  markPrice: decimalText,
  unRealizedProfit: decimalText.optional(),
  liquidationPrice: decimalText.optional(),
  leverage: decimalText,
  marginType: z.string().transform((s) => s.toLowerCase()).pipe(z.enum(['cross', 'isolated'], { error: 'must be "cross" or "isolated"' })),
  isolatedWallet: decimalText.optional(),
  positionSide: z.enum(['BOTH', 'LONG', 'SHORT']).optional(),
  updateTime: z.number().optional(),
}), { error: 'must be the positionRisk response (an array of positions)' });

const walletAsset = z.object({ asset: z.string().min(1), walletBalance: decimalText });
const account = z.object({
  totalWalletBalance: decimalText.optional(),
  totalMaintMargin: decimalText.optional(),
  assets: z.array(walletAsset),
  updateTime: z.number().optional(),
}, { error: 'must be the account response (an object with assets)' });
const balance = z.array(z.object({ asset: z.string().min(1), balance: decimalText, updateTime: z.number().optional() }), { error: 'must be the balance response (an array)' });

const bracket = z.object({ notionalCap: decimalOrNumber, notionalFloor: decimalOrNumber.optional(), maintMarginRatio: z.number().min(0).max(1), cum: decimalOrNumber, initialLeverage: z.number().positive().optional() });
const symbolBrackets = z.object({ symbol: z.string().min(1), brackets: z.array(bracket).min(1) });
/** An array of symbols, or one object when the request named a symbol (Binance's docs show both). */
const leverageBracket = z.union([z.array(symbolBrackets), symbolBrackets.transform((one) => [one])], { error: 'must be the leverageBracket response (an array of { symbol, brackets })' });

export function isBinanceShape(json: InputJson): boolean {
  return 'positionRisk' in json;
}

const QUOTES = ['USDT', 'USDC'] as const;
const QUOTE = 'USDT';

/** BTCUSDT → { asset: BTC }, BTCUSDT_250328 → a future expiring 2025-03-28 08:00 UTC (Binance's delivery time). */
function readSymbol(symbol: string): { asset: string; expiry?: string } | null {
  const [pair, delivery] = symbol.split('_');
  const quote = QUOTES.find((q) => pair!.endsWith(q));
  if (!quote || pair!.length === quote.length) return null;
  const asset = pair!.slice(0, -quote.length);
  if (delivery === undefined) return { asset };
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(delivery);
  return m ? { asset, expiry: `20${m[1]}-${m[2]}-${m[3]}T08:00:00Z` } : null;
}

export function importBinance(json: InputJson, options: ImportOptions): ImportResult {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  for (const key of ['positionRisk', 'account', 'balance', 'leverageBracket']) {
    const message = venueErrorMessage(json[key]);
    if (message) errors.push({ path: key, message });
  }
  if (errors.length > 0) return { ok: false, venue: 'binance-usdm', errors };
  if (json.account === undefined && json.balance === undefined) errors.push({ path: 'account', message: 'is required (or "balance"): the wallet balance is not in positionRisk' });
  const risk = positionRisk.safeParse(json.positionRisk, { reportInput: true });
  const wallet = json.account !== undefined ? account.safeParse(json.account, { reportInput: true }) : null;
  const balances = json.account === undefined && json.balance !== undefined ? balance.safeParse(json.balance, { reportInput: true }) : null;
  const brackets = json.leverageBracket !== undefined ? leverageBracket.safeParse(json.leverageBracket, { reportInput: true }) : null;
  if (!risk.success) errors.push(...issuesToErrors(risk.error.issues, ['positionRisk']));
  if (wallet && !wallet.success) errors.push(...issuesToErrors(wallet.error.issues, ['account']));
  if (balances && !balances.success) errors.push(...issuesToErrors(balances.error.issues, ['balance']));
  if (brackets && !brackets.success) errors.push(...issuesToErrors(brackets.error.issues, ['leverageBracket']));
  if (!risk.success || errors.length > 0) return { ok: false, venue: 'binance-usdm', errors };

  const assets = emptyRecord<{ price: string; volatility: number }>();
  const overrides = emptyRecord<OverrideInput>();
  const positions: PositionInput[] = [];
  const leverageOf = emptyRecord<string>();
  let latest = 0;
  risk.data.forEach((p, i) => {
    const at = (field: string) => formatPath(['positionRisk', i, field]);
    latest = Math.max(latest, p.updateTime ?? 0);
    const quantity = new Dec(p.positionAmt);
    if (quantity.isZero()) return; // positionRisk lists every symbol, held or not
    const symbol = readSymbol(p.symbol);
    if (!symbol || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(symbol.asset)) {
      errors.push({ path: at('symbol'), message: `"${p.symbol}" is not a USDT- or USDC-margined symbol this import reads` });
      return;
    }
    if (new Dec(p.markPrice).lessThanOrEqualTo(0) || new Dec(p.entryPrice).lessThanOrEqualTo(0)) {
      errors.push({ path: at(new Dec(p.markPrice).lessThanOrEqualTo(0) ? 'markPrice' : 'entryPrice'), message: 'must be more than 0 for an open position' });
      return;
    }
    const known = assets[symbol.asset];
    if (known && known.price !== p.markPrice) {
      errors.push({ path: at('markPrice'), message: `${symbol.asset} has two marks in the export (${known.price} and ${p.markPrice}); the portfolio format keeps one price per asset` });
      return;
    }
    assets[symbol.asset] = { price: p.markPrice, volatility: typicalVolatility(symbol.asset) };
    const side = p.positionSide && p.positionSide !== 'BOTH' ? `-${p.positionSide.toLowerCase()}` : '';
    const base = symbol.expiry
      ? { id: `${p.symbol}${side}`, type: 'future' as const, asset: symbol.asset, quantity: p.positionAmt, entryPrice: p.entryPrice, expiry: symbol.expiry }
      : { id: `${p.symbol}${side}`, type: 'perpetual' as const, asset: symbol.asset, quantity: p.positionAmt, entryPrice: p.entryPrice };
    if (p.marginType === 'isolated') {
      // isolatedWallet is the position's own wallet (its margin without PnL): Binance's WB for an isolated position.
      if (p.isolatedWallet === undefined) {
        errors.push({ path: at('isolatedWallet'), message: 'is required for an isolated position (its margin)' });
        return;
      }
      positions.push({ ...base, margin: { mode: 'isolated', collateral: p.isolatedWallet } });
    } else {
      positions.push({ ...base, margin: { mode: 'cross' } });
    }
    leverageOf[symbol.asset] ??= p.leverage;
  });

  // Brackets: the account's own table per symbol (maintenance N × maintMarginRatio − cum).
  const tables = emptyRecord<z.output<typeof symbolBrackets>>();
  for (const entry of brackets?.success ? brackets.data : []) tables[entry.symbol] = entry;
  for (const asset of Object.keys(leverageOf)) {
    const table = tables[`${asset}${QUOTE}`] ?? tables[`${asset}USDC`];
    const initial = new Dec(leverageOf[asset]!);
    const override: OverrideInput = initial.greaterThan(0) ? { initialRate: Math.min(1, 1 / initial.toNumber()) } : {};
    if (table) {
      const sorted = [...table.brackets].sort((a, b) => new Dec(a.notionalCap).comparedTo(b.notionalCap));
      // The last cap is Binance's "no limit" (often 2^63 − 1, which a JSON number cannot even hold): open-ended.
      // Each bracket's own initial leverage becomes its initial rate (1 ÷ leverage), where the export gives it.
      override.maintenance = sorted.map((b, k) => ({
        upTo: k === sorted.length - 1 ? null : b.notionalCap, rate: b.maintMarginRatio, amount: b.cum,
        ...(b.initialLeverage ? { initialRate: Math.min(1, 1 / b.initialLeverage) } : {}),
      }));
    } else if (brackets) {
      warnings.push({ path: 'leverageBracket', message: `no brackets for ${asset}${QUOTE}: the binance-usdm rule set's brackets apply` });
    }
    overrides[asset] = override;
  }
  if (!brackets) warnings.push({ path: 'leverageBracket', message: 'not in the export: the binance-usdm rule set\'s brackets (2022 tables) apply, which may differ from the account\'s' });

  // Wallet: every asset's wallet balance (isolated wallets included: the format draws them from it).
  const held = emptyRecord<string>();
  if (wallet?.success) {
    latest = Math.max(latest, wallet.data.updateTime ?? 0);
    wallet.data.assets.forEach((a, i) => addBalance(held, assets, a.asset, a.walletBalance, `account.assets[${i}]`, warnings));
  } else if (balances?.success) {
    balances.data.forEach((a, i) => addBalance(held, assets, a.asset, a.balance, `balance[${i}]`, warnings));
  }
  if (errors.length > 0) return { ok: false, venue: 'binance-usdm', errors };
  if (positions.length === 0 && Object.values(held).every((v) => new Dec(v).isZero())) {
    return { ok: false, venue: 'binance-usdm', errors: [{ path: 'positionRisk', message: 'an empty account: no open position (every positionAmt is 0) and no wallet balance' }] };
  }
  assets[QUOTE] ??= { price: '1', volatility: 0 };
  const asOf = isoFromMillis(latest) ?? options.asOf;
  if (!asOf) return { ok: false, venue: 'binance-usdm', errors: [{ path: 'positionRisk', message: 'the export carries no time (updateTime): pass one (--as-of)' }] };
  warnings.push(VOLATILITY_WARNING);
  const totals = wallet?.success && wallet.data.totalMaintMargin !== undefined ? ` (wallet ${wallet.data.totalWalletBalance ?? '?'} USDT, maintenance ${wallet.data.totalMaintMargin})` : '';
  return finish('binance-usdm', {
    format: 'margin-lab/portfolio',
    version: 1,
    name: options.name ?? 'Binance USDⓈ-M account',
    description: `Imported from a Binance USDⓈ-M export${totals}. Brackets from leverageBracket and initial 1 ÷ leverage are in overrides.`,
    asOf,
    quote: QUOTE,
    rules: 'binance-usdm',
    assets,
    balances: held,
    positions,
    overrides,
  }, warnings);
}

/** One wallet asset: stablecoins at 1; another asset needs a mark from a position, else it is left out with a warning. */
function addBalance(held: Record<string, string>, assets: Record<string, { price: string; volatility: number }>, asset: string, amount: string, path: string, warnings: FieldError[]): void {
  if (new Dec(amount).isZero()) return;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/.test(asset)) {
    warnings.push({ path, message: `"${asset}" left out: not an asset symbol the portfolio format takes` });
    return;
  }
  if (isStableSymbol(asset)) assets[asset] ??= { price: '1', volatility: 0 };
  else if (!assets[asset]) {
    warnings.push({ path, message: `${amount} ${asset} left out: the export gives no ${asset} price (no ${asset}${QUOTE} position); add it by hand with its price` });
    return;
  }
  held[asset] = held[asset] === undefined ? amount : toPlainString(new Dec(held[asset]).plus(amount));
}
