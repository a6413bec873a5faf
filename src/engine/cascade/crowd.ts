import type { AssetSymbol } from '../types';
import { maxHealthyLeverage, positiveCashWeight, surplusWeight, type Crowd } from './crowd-state';
import { createRng, type Rng } from './rng';
import { BOUNDS } from './scenario-schema';
import type { CascadeScenario, Cohort, Distribution } from './types';

// The crowd: traders generated from the scenario's parameters with a seeded generator, then the
// cohorts the user entered, each packed into struct-of-arrays (crowd-state.ts).

/** Leverage is kept under this share of the most the maintenance rule allows at entry. */
const LEVERAGE_HEADROOM = 0.99;
/** Entries drawn so far from today's price that the account is already under water are redrawn. */
const ENTRY_REDRAWS = 8;

export interface NewPosition {
  asset: number;
  quantity: number;
  weight: number;
}

/** Accounts as they are added; packCrowd turns them into typed arrays. */
export interface CrowdBuilder {
  assets: readonly AssetSymbol[];
  positiveCashWeight: number;
  cash: number[];
  first: number[];
  asset: number[];
  quantity: number[];
  weight: number[];
}

function newCrowdBuilder(assets: readonly AssetSymbol[], positiveCashWeight: number): CrowdBuilder {
  return { assets, positiveCashWeight, cash: [], first: [0], asset: [], quantity: [], weight: [] };
}

/** Appends an account; returns its index. */
export function addAccount(b: CrowdBuilder, cash: number, positions: readonly NewPosition[]): number {
  for (const p of positions) {
    b.asset.push(p.asset);
    b.quantity.push(p.quantity);
    b.weight.push(p.weight);
  }
  b.cash.push(cash);
  b.first.push(b.asset.length);
  return b.cash.length - 1;
}

export function packCrowd(b: CrowdBuilder, traderCount: number, userAccount: number): Crowd {
  return {
    assets: b.assets,
    accountCount: b.cash.length,
    traderCount,
    cash: Float64Array.from(b.cash),
    positiveCashWeight: b.positiveCashWeight,
    firstPosition: Int32Array.from(b.first),
    positionAsset: Uint16Array.from(b.asset),
    quantity: Float64Array.from(b.quantity),
    weight: Float64Array.from(b.weight),
    userAccount,
  };
}

/** A draw of the distribution, clipped to its min / max and always to the field's bounds [low, high] (scenario-schema.ts). */
function draw(rng: Rng, d: Distribution, low: number, high: number): number {
  switch (d.distribution) {
    case 'fixed': return d.value;
    case 'uniform': return d.min + rng.uniform() * (d.max - d.min);
    case 'lognormal': return clamp(d.median * Math.exp(d.spread * rng.normal()), d.min ?? low, d.max ?? high);
    // Inverse of the Pareto CDF; 1 − u is in (0, 1], so the power never divides by zero (a heavy
    // tail can still reach Infinity, which the bound clips).
    case 'pareto': return clamp(d.min * (1 - rng.uniform()) ** (-1 / d.alpha), low, d.max ?? high);
  }
}

/** A stream per trader: changing one parameter (crossShare, say) leaves every other trader's draws alone. */
function traderSeed(seed: number, trader: number): number {
  return (seed ^ Math.imul(trader + 1, 0x9e3779b1)) >>> 0;
}

interface Leg {
  asset: number;
  long: boolean;
  notional: number;
  entry: number;
}

function surplusAtToday(cash: number, legs: readonly Leg[], weights: readonly NewPosition[], today: readonly number[], positiveCash: number): number {
  let s = cash > 0 ? cash * positiveCash : cash;
  legs.forEach((leg, i) => { s += weights[i]!.quantity * weights[i]!.weight * today[leg.asset]!; });
  return s;
}

/** An account from legs and its collateral: cash = collateral − Σ quantity × entry. */
function account(legs: readonly Leg[], collateral: number, weightOf: (asset: number, long: boolean) => number): { cash: number; positions: NewPosition[] } {
  let cash = collateral;
  const positions = legs.map((leg) => {
    const quantity = (leg.long ? 1 : -1) * leg.notional / leg.entry;
    cash -= quantity * leg.entry;
    return { asset: leg.asset, quantity, weight: weightOf(leg.asset, leg.long) };
  });
  return { cash, positions };
}

export interface GeneratedCrowd {
  builder: CrowdBuilder;
  traderCount: number;
  /** Cohorts already under their requirement at today's price: liquidated in the first step. */
  cohortsUnderWater: number[];
}

export function generateCrowd(scenario: CascadeScenario): GeneratedCrowd {
  const assets = Object.keys(scenario.market);
  const today = assets.map((a) => scenario.market[a]!.price);
  const { crowd, rules } = scenario;
  const positiveCash = positiveCashWeight(rules);
  const builder = newCrowdBuilder(assets, positiveCash);
  const weights = assets.map((a) => [surplusWeight(rules, a, 'long'), surplusWeight(rules, a, 'short')] as const);
  const weightOf = (asset: number, long: boolean) => weights[asset]![long ? 0 : 1];
  const maxLeverage = assets.map((a) => [maxHealthyLeverage(rules, a, 'long'), maxHealthyLeverage(rules, a, 'short')] as const);
  const pickable = assets.map((a, i) => ({ index: i, weight: crowd.assets ? (Object.hasOwn(crowd.assets, a) ? crowd.assets[a]! : 0) : 1 })).filter((x) => x.weight > 0);
  const lending = rules.kind === 'lending';

  const addLegs = (legs: Leg[], collateral: number) => {
    const a = account(legs, collateral, weightOf);
    addAccount(builder, a.cash, a.positions);
    return a;
  };

  const rng = createRng(0);
  for (let trader = 0; trader < crowd.count; trader++) {
    rng.reseed(traderSeed(scenario.seed, trader));
    // A fixed order of draws for every trader, whatever the parameters.
    const multiDraw = rng.uniform();
    const crossDraw = rng.uniform();
    const holding = pickable.length >= 2 && multiDraw < crowd.multiAssetShare ? Math.min(crowd.assetsPerTrader, pickable.length) : 1;
    const chosen = pickWeighted(rng, pickable, holding);
    const notional = draw(rng, crowd.notional, BOUNDS.money.min, BOUNDS.money.max);
    const legs: Leg[] = chosen.map((asset) => {
      const sideDraw = rng.uniform();
      // A lending account with several assets holds them as collateral against quote debt.
      const long = holding > 1 && lending ? true : sideDraw < crowd.longShare;
      return { asset, long, notional: notional / holding, entry: today[asset]! };
    });
    const limit = Math.min(...legs.map((l) => maxLeverage[l.asset]![l.long ? 0 : 1]));
    const leverage = Math.min(draw(rng, crowd.leverage, 1, BOUNDS.leverage.max), limit * LEVERAGE_HEADROOM);
    // Entries are drawn once per trader, each leg healthy on its own collateral, so the same
    // trader holds the same positions whether it is margined cross or isolated.
    drawEntries(rng, legs, leverage, today, weightOf, positiveCash, crowd.entrySpread);
    const accounts = holding > 1 && crossDraw >= crowd.crossShare ? legs.map((l) => [l]) : [legs];
    for (const group of accounts) addLegs(group, group.reduce((sum, l) => sum + l.notional, 0) / leverage);
  }

  const cohortsUnderWater: number[] = [];
  crowd.cohorts.forEach((cohort, c) => {
    if (addCohort(cohort, assets, today, weightOf, positiveCash, builder)) cohortsUnderWater.push(c);
  });
  return { builder, traderCount: crowd.count, cohortsUnderWater };
}

/**
 * Entries around today's price, redrawn while a leg would already be liquidatable today on its
 * own share of the collateral. Surpluses add up, so a cross account of healthy legs is healthy.
 */
function drawEntries(rng: Rng, legs: Leg[], leverage: number, today: readonly number[], weightOf: (asset: number, long: boolean) => number, positiveCash: number, spread: number): void {
  for (let attempt = 0; attempt <= ENTRY_REDRAWS; attempt++) {
    for (const leg of legs) leg.entry = attempt === ENTRY_REDRAWS ? today[leg.asset]! : today[leg.asset]! * Math.exp(spread * rng.normal());
    const healthy = legs.every((leg) => {
      const a = account([leg], leg.notional / leverage, weightOf);
      return surplusAtToday(a.cash, [leg], a.positions, today, positiveCash) > 0;
    });
    if (healthy) return;
  }
}

/** Adds a cohort's accounts; true when they are already under their requirement today. */
function addCohort(cohort: Cohort, assets: readonly string[], today: readonly number[], weightOf: (asset: number, long: boolean) => number, positiveCash: number, builder: CrowdBuilder): boolean {
  const legs: Leg[] = cohort.positions.map((p) => {
    const asset = assets.indexOf(p.asset);
    return { asset, long: p.side === 'long', notional: p.notional, entry: today[asset]! * (1 + cohort.entryMove) };
  });
  const total = legs.reduce((s, l) => s + l.notional, 0);
  const collateral = cohort.collateral ?? total / cohort.leverage!;
  const groups = cohort.margin === 'isolated' ? legs.map((l) => [l]) : [legs];
  let underWater = false;
  for (const group of groups) {
    const share = group.reduce((s, l) => s + l.notional, 0) / total;
    const a = account(group, collateral * share, weightOf);
    if (surplusAtToday(a.cash, group, a.positions, today, positiveCash) < 0) underWater = true;
    for (let i = 0; i < cohort.count; i++) addAccount(builder, a.cash, a.positions);
  }
  return underWater;
}

/** `count` distinct assets, each drawn with probability proportional to its weight among those left. */
function pickWeighted(rng: Rng, pickable: readonly { index: number; weight: number }[], count: number): number[] {
  if (pickable.length === 1) { rng.uniform(); return [pickable[0]!.index]; }
  const left = [...pickable];
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const total = left.reduce((s, x) => s + x.weight, 0);
    let u = rng.uniform() * total;
    let i = 0;
    while (i < left.length - 1 && u >= left[i]!.weight) { u -= left[i]!.weight; i++; }
    out.push(left[i]!.index);
    left.splice(i, 1);
  }
  return out;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
