import type Decimal from 'decimal.js';
import { toPlainString } from '../money';
import type { Bracket, PortfolioInput, Portfolio, Position } from './schema';

const s = (d: Decimal): string => toPlainString(d);

function mapValues<T, U>(record: Readonly<Record<string, T>>, f: (v: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}

function serialisePosition(p: Position): NonNullable<PortfolioInput['positions']>[number] {
  const margin = p.margin === undefined ? {} : { margin: p.margin.mode === 'isolated' ? { mode: 'isolated' as const, collateral: s(p.margin.collateral) } : { mode: 'cross' as const } };
  const base = { id: p.id, asset: p.asset, quantity: s(p.quantity), ...margin };
  switch (p.type) {
    case 'perpetual':
      return { ...base, type: 'perpetual', entryPrice: s(p.entryPrice) };
    case 'future':
      return { ...base, type: 'future', entryPrice: s(p.entryPrice), expiry: p.expiry };
    case 'option':
      return {
        ...base, type: 'option', right: p.right, strike: s(p.strike), expiry: p.expiry, premium: s(p.premium),
        ...(p.volatility === undefined ? {} : { volatility: p.volatility }),
      };
  }
}

const serialiseBracket = (b: Bracket) => ({ upTo: b.upTo === null ? null : s(b.upTo), rate: b.rate, amount: s(b.amount), ...(b.initialRate === undefined ? {} : { initialRate: b.initialRate }) });

/** The file form of a portfolio: decimal strings, the format's field order; optional fields only when set. */
export function serialisePortfolio(p: Portfolio): PortfolioInput {
  return {
    format: p.format,
    version: p.version,
    name: p.name,
    ...(p.description === undefined ? {} : { description: p.description }),
    asOf: p.asOf,
    quote: p.quote,
    rules: p.rules,
    ...(p.rate === undefined ? {} : { rate: p.rate }),
    assets: mapValues(p.assets, (a) => ({ price: s(a.price), volatility: a.volatility, ...(a.stable === undefined ? {} : { stable: a.stable }) })),
    correlations: { ...p.correlations },
    balances: mapValues(p.balances, s),
    positions: p.positions.map(serialisePosition),
    overrides: mapValues(p.overrides, (o) => ({
      ...(o.maintenance === undefined ? {} : { maintenance: o.maintenance.map(serialiseBracket) }),
      ...(o.initialRate === undefined ? {} : { initialRate: o.initialRate }),
      ...(o.haircut === undefined ? {} : { haircut: o.haircut }),
      ...(o.liquidationThreshold === undefined ? {} : { liquidationThreshold: o.liquidationThreshold }),
      ...(o.maxLtv === undefined ? {} : { maxLtv: o.maxLtv }),
      ...(o.liquidationBonus === undefined ? {} : { liquidationBonus: o.liquidationBonus }),
      ...(o.priceRange === undefined ? {} : { priceRange: o.priceRange }),
    })),
    ...(p.portfolioMargin === undefined ? {} : { portfolioMargin: { ...p.portfolioMargin } }),
    ...(p.regime === undefined ? {} : { regime: { ...p.regime, ...(p.regime.assets ? { assets: mapValues(p.regime.assets, (a) => ({ ...a })) } : {}) } }),
  };
}
