// Seeded books for the benchmarks and the agreement tests: a given (positions, assets, seed) gives
// the same file every time. A quarter of the positions are options, about one in eight futures is
// isolated, balances hold a stablecoin, most assets and one borrow. Prices, sizes and strikes are
// decimal strings with a few digits, as a person would type them.
import { splitmix32 } from '../src/engine/random/xoshiro';

export interface GeneratedBookOptions {
  positions: number;
  assets: number;
  seed?: number;
  rules?: 'generic-cex' | 'portfolio' | 'lending';
}

const MAJORS = [
  { symbol: 'BTC', price: 90000, volatility: 0.5 },
  { symbol: 'ETH', price: 3000, volatility: 0.65 },
  { symbol: 'SOL', price: 150, volatility: 0.85 },
];

export function generateBook({ positions, assets, seed = 1, rules = 'generic-cex' }: GeneratedBookOptions): Record<string, unknown> {
  const next = splitmix32(seed);
  const uniform = () => next() / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(uniform() * xs.length)]!;
  const round = (x: number, digits: number) => x.toFixed(digits);

  const list = Array.from({ length: Math.max(1, assets) }, (_, i) => MAJORS[i] ?? {
    symbol: `ALT${i}`, price: Math.round(1 + uniform() * 500), volatility: 0.6 + uniform() * 0.8,
  });
  const assetMap: Record<string, { price: string; volatility: number }> = {
    USDC: { price: '1', volatility: 0 },
  };
  for (const a of list) assetMap[a.symbol] = { price: String(a.price), volatility: Math.round(a.volatility * 100) / 100 };

  // Cash in the quote currency, enough for every isolated position's collateral (no overdraw).
  const balances: Record<string, string> = { USD: String(Math.round(positions * 20000 + 50000)), USDC: '10000' };
  list.forEach((a, i) => {
    if (i === 1) balances[a.symbol] = round(-(5000 / a.price), 4); // one borrow
    else if (uniform() < 0.6) balances[a.symbol] = round((2000 + uniform() * 20000) / a.price, 4);
  });

  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < positions; i++) {
    const a = pick(list);
    const side = uniform() < 0.55 ? 1 : -1;
    const notional = 1000 + uniform() * 60000;
    const quantity = round((side * notional) / a.price, 4);
    const id = `p${i}`;
    const kind = uniform();
    if (kind < 0.25) {
      const months = 1 + Math.floor(uniform() * 6);
      out.push({
        id, type: 'option', asset: a.symbol, right: uniform() < 0.5 ? 'call' : 'put',
        strike: String(Math.round(a.price * (0.7 + uniform() * 0.6))),
        expiry: `2027-0${months}-26T08:00:00Z`, quantity: round(Number(quantity) / 2, 4),
        premium: round(a.price * 0.05, 2),
      });
      continue;
    }
    const entryPrice = round(a.price * (0.9 + uniform() * 0.2), 2);
    const isolated = uniform() < 0.125;
    const margin = isolated ? { mode: 'isolated', collateral: String(Math.round(notional / 8)) } : undefined;
    if (kind < 0.4) out.push({ id, type: 'future', asset: a.symbol, quantity, entryPrice, expiry: '2027-03-26T08:00:00Z', ...(margin ? { margin } : {}) });
    else out.push({ id, type: 'perpetual', asset: a.symbol, quantity, entryPrice, ...(margin ? { margin } : {}) });
  }
  return {
    format: 'margin-lab/portfolio', version: 1,
    name: `Generated: ${positions} positions on ${assets} assets (seed ${seed})`,
    asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules,
    assets: { USD: { price: '1', volatility: 0 }, ...assetMap },
    balances, positions: out,
  };
}
