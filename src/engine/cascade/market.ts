import { averageClampedLinear, constantProductIn, constantProductOut, squareRootAverageImpact } from './impact';
import type { ImpactModel } from './types';

// One asset's market during a cascade: the fundamental price (today's, moved by the shock), the
// forced flow absorbed so far, and the market price that results. Mutable, owned by one run.

/**
 * Bounds no price crosses: a resting bid at a millionth of today's price and an offer at a million
 * times it. Without them a thin linear book sold through would print a zero or negative price,
 * and every ratio after it (moves, health) would be meaningless.
 */
const PRICE_FLOOR_FACTOR = 1e-6;
const PRICE_CEILING_FACTOR = 1e6;

export interface AssetMarket {
  todayPrice: number;
  /** Where the price would be without forced flow: today's price moved by the shock. */
  fundamental: number;
  /** The market (last traded) price. */
  price: number;
  impact: ImpactModel;
  /** Share of the forced-flow displacement that fades between steps (order books refill, arbitrage). */
  recovery: number;
  floor: number;
  ceiling: number;
  /** Linear depth and square-root law: units sold so far, net (negative: bought). */
  sold: number;
  /** Linear depth: units a one-unit move of the price absorbs. */
  unitsPerPrice: number;
  /** Square-root law: c in impact = c·√(units sold). */
  squareRootScale: number;
  /** Constant-product pool reserves (asset, quote). */
  baseReserve: number;
  quoteReserve: number;
}

export function createAssetMarket(todayPrice: number, impact: ImpactModel, recovery: number): AssetMarket {
  const market: AssetMarket = {
    todayPrice, fundamental: todayPrice, price: todayPrice, impact, recovery,
    floor: todayPrice * PRICE_FLOOR_FACTOR, ceiling: todayPrice * PRICE_CEILING_FACTOR,
    sold: 0, unitsPerPrice: 0, squareRootScale: 0, baseReserve: 0, quoteReserve: 0,
  };
  if (impact.model === 'linear-depth') {
    // depthPerPercent of notional moves today's price by 1 %: (depth / P₀) units per 0.01·P₀ of price.
    market.unitsPerPrice = impact.depthPerPercent / (0.01 * todayPrice * todayPrice);
  } else if (impact.model === 'square-root') {
    // Y·σ·√(x·P₀ / V): the notional of x units valued at today's price, against daily volume.
    market.squareRootScale = impact.coefficient * impact.dailyVolatility * Math.sqrt(todayPrice / impact.dailyVolume);
  } else {
    market.quoteReserve = impact.quoteReserve;
    market.baseReserve = impact.quoteReserve / todayPrice;
  }
  return market;
}

function priceAfterFlow(m: AssetMarket): number {
  if (m.impact.model === 'linear-depth') return clamp(m.fundamental - m.sold / m.unitsPerPrice, m.floor, m.ceiling);
  if (m.impact.model === 'square-root') return clamp(m.fundamental * (1 - Math.sign(m.sold) * m.squareRootScale * Math.sqrt(Math.abs(m.sold))), m.floor, m.ceiling);
  return m.quoteReserve / m.baseReserve;
}

/** Moves the pool's reserves to a price at constant k, as an arbitrageur would (no fee on that trade). */
function arbitragePoolTo(m: AssetMarket, price: number): void {
  const k = m.baseReserve * m.quoteReserve;
  m.baseReserve = Math.sqrt(k / price);
  m.quoteReserve = Math.sqrt(k * price);
}

/** The shock: new information moves the fundamental, and with it the market price. */
export function applyShock(m: AssetMarket, move: number): void {
  m.fundamental = clamp(m.todayPrice * (1 + move), m.floor, m.ceiling);
  if (m.impact.model === 'constant-product') arbitragePoolTo(m, m.fundamental);
  m.price = priceAfterFlow(m);
}

/**
 * Executes the step's net forced order (units, positive sold) and returns its average execution
 * price: every forced order of the step on this asset fills at that one price.
 */
export function executeNetOrder(m: AssetMarket, units: number): number {
  if (units === 0) return m.price;
  const model = m.impact.model;
  let average: number;
  if (model === 'linear-depth') {
    const from = m.fundamental - m.sold / m.unitsPerPrice;
    const to = from - units / m.unitsPerPrice;
    average = averageClampedLinear(from, to, m.floor, m.ceiling);
    // Units beyond the book fill at the backstop: the book's state stops at its end.
    m.sold = clamp(m.sold + units, (m.fundamental - m.ceiling) * m.unitsPerPrice, (m.fundamental - m.floor) * m.unitsPerPrice);
  } else if (model === 'square-root') {
    const c = m.squareRootScale;
    // Past these the law would print a price under the floor or over the ceiling.
    const most = ((1 - m.floor / m.fundamental) / c) ** 2;
    const least = -(((m.ceiling / m.fundamental - 1) / c) ** 2);
    const from = m.sold, to = clamp(m.sold + units, least, most);
    const inside = Math.abs(to - from);
    const impact = squareRootAverageImpact(c, from, to);
    const insidePrice = clamp(m.fundamental * (1 - impact), m.floor, m.ceiling);
    const backstop = units > 0 ? m.floor : m.ceiling;
    average = (insidePrice * inside + backstop * (Math.abs(units) - inside)) / Math.abs(units);
    m.sold = to;
  } else {
    average = executeOnPool(m, units);
  }
  m.price = priceAfterFlow(m);
  return average;
}

function executeOnPool(m: AssetMarket, units: number): number {
  const fee = m.impact.model === 'constant-product' ? m.impact.fee : 0;
  if (units > 0) {
    const out = constantProductOut(units, m.baseReserve, m.quoteReserve, fee);
    m.baseReserve += units;
    m.quoteReserve -= out;
    return out / units;
  }
  const wanted = -units;
  // A buyer cannot empty the pool: past the ceiling price the backstop sells the rest.
  const available = Math.max(0, m.baseReserve - Math.sqrt((m.baseReserve * m.quoteReserve) / m.ceiling));
  const fromPool = Math.min(wanted, available);
  const paid = fromPool > 0 ? constantProductIn(fromPool, m.quoteReserve, m.baseReserve, fee) : 0;
  m.baseReserve -= fromPool;
  m.quoteReserve += paid;
  return (paid + (wanted - fromPool) * m.ceiling) / wanted;
}

/** Between steps: a share `recovery` of the forced-flow displacement fades. */
export function recover(m: AssetMarket): void {
  if (m.recovery === 0) return;
  const keep = 1 - m.recovery;
  if (m.impact.model === 'linear-depth') m.sold *= keep;
  // Impact grows with √(units sold): scaling it by keep scales the units by keep².
  else if (m.impact.model === 'square-root') m.sold *= keep * keep;
  else arbitragePoolTo(m, m.price + m.recovery * (m.fundamental - m.price));
  m.price = priceAfterFlow(m);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
