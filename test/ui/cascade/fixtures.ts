import type { CascadeResult, CascadeStep } from '../../../src/engine';
import { CASCADE_PRESETS, parseCascadeScenario, simulateCascade, type CascadeScenarioInput } from '../../../src/engine/cascade/index';

type StepInput = Partial<CascadeStep> & { step: number; prices: Record<string, number> };

/** A cascade result built by hand: BTC at 100 and ETH at 10 today, the steps as given. */
export function handResult(steps: StepInput[], extra: Partial<CascadeResult> = {}): CascadeResult {
  const full: CascadeStep[] = steps.map((s) => ({
    oraclePrices: s.prices,
    averagePrices: { BTC: null, ETH: null },
    netSold: { BTC: 0, ETH: 0 },
    newlyLiquidatable: s.liquidatedAccounts ?? 0,
    liquidatedAccounts: 0,
    liquidatedNotional: 0,
    insuranceFund: 1000,
    badDebt: 0,
    adl: 0,
    amplification: null,
    userLiquidated: false,
    ...s,
  }));
  const last = full[full.length - 1]!;
  return {
    format: 'margin-lab/cascade-result',
    version: 1,
    name: 'Hand-made',
    seed: 1,
    quote: 'USD',
    assets: ['BTC', 'ETH'],
    todayPrices: { BTC: 100, ETH: 10 },
    shockedPrices: { BTC: 90, ETH: 10 },
    crowd: { traders: 10, accounts: 12, positions: 14, multiAssetAccounts: 2, longNotional: 1000, shortNotional: 0 },
    steps: full,
    totals: {
      steps: full.length,
      stoppedBecause: 'no new liquidation',
      liquidatedAccounts: full.reduce((n, s) => n + s.liquidatedAccounts, 0),
      liquidations: full.reduce((n, s) => n + s.liquidatedAccounts, 0),
      closedAccounts: 0,
      liquidatedNotional: full.reduce((n, s) => n + s.liquidatedNotional, 0),
      directNotional: full[0]?.liquidatedNotional ?? 0,
      inducedNotional: full.slice(1).reduce((n, s) => n + s.liquidatedNotional, 0),
      stepsWithLiquidations: full.filter((s) => s.liquidatedAccounts > 0).length,
      badDebt: full.reduce((n, s) => n + s.badDebt, 0),
      adl: full.reduce((n, s) => n + s.adl, 0),
      insuranceFundStart: 1000,
      insuranceFundEnd: last.insuranceFund,
      lowestPrices: { BTC: 85, ETH: 9 },
      highestPrices: { BTC: 100, ETH: 10 },
      largestMoves: { BTC: -0.15, ETH: -0.1 },
      finalPrices: last.prices,
    },
    conservation: { equityLost: 0, paidToLiquidators: 0, paidToInsuranceFund: 0, paidToMarket: 0, badDebt: 0, residual: 0, units: {} },
    criticalShock: null,
    criticalShockReason: 'not searched (criticalShock.search is false)',
    user: null,
    liquidationMap: {},
    warnings: [],
    ...extra,
  };
}

/** Three steps: a first wave of 3 accounts, a second of 6 that takes the user's account, then quiet. */
export const threeSteps = handResult([
  { step: 0, prices: { BTC: 90, ETH: 9.5 }, liquidatedAccounts: 3, liquidatedNotional: 300, insuranceFund: 900, netSold: { BTC: 2, ETH: 10 }, averagePrices: { BTC: 95, ETH: 9.8 } },
  { step: 1, prices: { BTC: 85, ETH: 9 }, liquidatedAccounts: 6, liquidatedNotional: 450, insuranceFund: 500, badDebt: 20, adl: 5, amplification: 2, userLiquidated: true, netSold: { BTC: 3, ETH: 0 }, averagePrices: { BTC: 87, ETH: null } },
  { step: 2, prices: { BTC: 86, ETH: 9.2 }, insuranceFund: 500, amplification: 0 },
]);

/** A preset run at a classroom size small enough for a unit test. */
export function presetResult(id: keyof typeof CASCADE_PRESETS, change: (s: CascadeScenarioInput) => CascadeScenarioInput = (s) => s): CascadeResult {
  const parsed = parseCascadeScenario(change(structuredClone(CASCADE_PRESETS[id].scenario) as CascadeScenarioInput));
  if (!parsed.ok) throw new Error(`preset ${id}: ${JSON.stringify(parsed.errors)}`);
  return simulateCascade(parsed.value);
}
