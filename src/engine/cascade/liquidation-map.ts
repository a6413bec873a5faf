import type { Crowd } from './crowd-state';
import type { LiquidationMapAsset } from './types';

// The "liquidation map": for each asset, how much long and short notional is liquidated at each
// price, others held at today's. For a single-asset account that is its liquidation price; for a
// multi-asset account, the price of this asset at which its surplus reaches 0 with the rest unmoved.

const HALF_RANGE = 0.5;
const BINS = 40;

export function liquidationMap(crowd: Crowd, todayPrices: Float64Array): Record<string, LiquidationMapAsset> {
  const width = (2 * HALF_RANGE) / BINS;
  const maps = crowd.assets.map((): LiquidationMapAsset => ({
    moves: Array.from({ length: BINS + 1 }, (_, k) => Math.round((-HALF_RANGE + k * width) * 1e12) / 1e12),
    longNotional: new Array<number>(BINS).fill(0),
    shortNotional: new Array<number>(BINS).fill(0),
    longBeyond: 0,
    shortBeyond: 0,
  }));
  for (let a = 0; a < crowd.accountCount; a++) {
    if (a === crowd.userAccount) continue;
    const first = crowd.firstPosition[a]!, end = crowd.firstPosition[a + 1]!;
    const cash = crowd.cash[a]!;
    let surplus = cash > 0 ? cash * crowd.positiveCashWeight : cash;
    for (let p = first; p < end; p++) surplus += crowd.quantity[p]! * crowd.weight[p]! * todayPrices[crowd.positionAsset[p]!]!;
    for (let p = first; p < end; p++) {
      const q = crowd.quantity[p]!, asset = crowd.positionAsset[p]!;
      if (q === 0) continue;
      const map = maps[asset]!;
      const price = todayPrices[asset]!;
      // surplus + q·w·(P − P₀) = 0.
      const move = -surplus / (q * crowd.weight[p]!) / price;
      const notional = Math.abs(q) * price;
      const bin = Math.floor((move + HALF_RANGE) / width);
      if (!(bin >= 0 && bin < BINS)) {
        if (q > 0) map.longBeyond += notional; else map.shortBeyond += notional;
      } else if (q > 0) map.longNotional[bin] = map.longNotional[bin]! + notional;
      else map.shortNotional[bin] = map.shortNotional[bin]! + notional;
    }
  }
  const out: Record<string, LiquidationMapAsset> = {};
  crowd.assets.forEach((symbol, i) => { out[symbol] = maps[i]!; });
  return out;
}
