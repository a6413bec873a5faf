// A large book for the browser tests (issue 15 item 4): 2,000 positions on 100 assets, built the
// same way every run (no randomness), in the file format. Generated here rather than shipped in
// public/examples, where it would weigh ~400 KB in every build.

export const LARGE_BOOK_POSITIONS = 2000;
export const LARGE_BOOK_ASSETS = 100;

export function largeBook(): Record<string, unknown> {
  const symbols = Array.from({ length: LARGE_BOOK_ASSETS - 1 }, (_, i) => `COIN${String(i + 1).padStart(2, '0')}`);
  const assets: Record<string, { price: string; volatility: number }> = { USDC: { price: '1', volatility: 0 } };
  symbols.forEach((s, i) => {
    // Prices from 0.5 to ~50,000 over the list, volatilities 40 %–120 %.
    assets[s] = { price: (0.5 * 1.12 ** i).toFixed(4), volatility: 0.4 + (i % 9) * 0.1 };
  });
  const positions = Array.from({ length: LARGE_BOOK_POSITIONS }, (_, i) => {
    const asset = symbols[i % symbols.length]!;
    const price = Number(assets[asset]!.price);
    const quantity = ((i % 7) + 1) * (i % 3 === 0 ? -1 : 1) * (1000 / price);
    const base = { id: `p${i + 1}`, asset, quantity: quantity.toFixed(4) };
    const isolated = i % 5 === 0 ? { margin: { mode: 'isolated', collateral: (Math.abs(quantity) * price * 0.2).toFixed(2) } } : {};
    if (i % 10 === 9) return { ...base, type: 'future', entryPrice: (price * 0.99).toFixed(4), expiry: '2026-12-25T08:00:00Z', ...isolated };
    return { ...base, type: 'perpetual', entryPrice: (price * (1 + ((i % 11) - 5) / 100)).toFixed(4), ...isolated };
  });
  return {
    format: 'margin-lab/portfolio',
    version: 1,
    name: 'Large book: 2,000 positions on 100 assets',
    asOf: '2026-11-24T00:00:00Z',
    quote: 'USD',
    rules: 'generic-cex',
    assets,
    correlations: {},
    balances: { USDC: '5000000' },
    positions,
  };
}
