import type { Portfolio } from './format/schema';

/** The assets the book holds a balance or a position in: read once, not once per asset. */
export function exposedAssets(portfolio: Pick<Portfolio, 'balances' | 'positions'>): Set<string> {
  const out = new Set<string>();
  for (const [asset, balance] of Object.entries(portfolio.balances)) if (!balance.isZero()) out.add(asset);
  for (const p of portfolio.positions) out.add(p.asset);
  return out;
}
