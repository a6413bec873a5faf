import type { AssetSymbol } from '../types';
import { applyLiquidation, planLiquidation, settleShortfalls, type Ledger, type Scratch, type Shares } from './liquidate';
import { applyShock, createAssetMarket, executeNetOrder, recover, type AssetMarket } from './market';
import { newRunState, type Prepared } from './prepare';
import { CLOSED, surplus, unsettledLevy, type RunState } from './run-state';
import type { CascadeConservation, CascadeProgress, CascadeStep, CascadeTotals } from './types';
import { advanceDrift, findLiquidatable, newWatch, watchAgain } from './watch';

// The step loop. Each step:
//   oracle prices (the market's, oracleLagSteps ago) → accounts newly under their requirement are
//   found (they are liquidated now, or liquidationDelaySteps later, if still under it then) →
//   each due liquidation is sized → the step's net order per asset goes to the market → all fill
//   at its average execution price → penalties and bonuses of every liquidation → then the step's
//   shortfalls (the fund, then the other side's positions still open, or bad debt) → the market
//   recovers a share of the displacement → the next step.
// It stops when nothing was found, liquidated or pending for oracleLagSteps + 1 steps in a row
// (a lagging oracle may still show a move), or at the step limit.

export interface RunOptions {
  /** Skip the per-step records (the critical-shock search needs the totals only). */
  lean?: boolean;
  onProgress?: (progress: CascadeProgress) => void;
}

export interface RunOutput {
  steps: CascadeStep[];
  totals: CascadeTotals;
  conservation: CascadeConservation;
  shockedPrices: Float64Array;
  user: { step: number; prices: Float64Array; accountsBefore: number } | null;
  /** The user's equity at today's prices, and at the last oracle prices. */
  userEquityAtStart: number;
  userEquityAtEnd: number;
}

const byAsset = <T>(assets: readonly AssetSymbol[], f: (i: number) => T): Record<AssetSymbol, T> => {
  const out: Record<AssetSymbol, T> = {};
  assets.forEach((a, i) => { out[a] = f(i); });
  return out;
};

function totalEquity(s: RunState, prices: Float64Array, account?: number): number {
  const { crowd } = s;
  let equity = 0;
  const from = account ?? 0, to = account === undefined ? crowd.accountCount : account + 1;
  for (let a = from; a < to; a++) {
    equity += crowd.cash[a]! - unsettledLevy(s, a);
    for (let p = crowd.firstPosition[a]!; p < crowd.firstPosition[a + 1]!; p++) equity += crowd.quantity[p]! * prices[crowd.positionAsset[p]!]!;
  }
  return equity;
}

export function runCascade(prepared: Prepared, shock: Float64Array, options: RunOptions = {}): RunOutput {
  const { scenario, assets, todayPrices } = prepared;
  const { rules } = scenario;
  const n = assets.length;
  const s = newRunState(prepared);
  const { crowd, status } = s;
  const watch = newWatch(prepared.watchBase);
  const markets: AssetMarket[] = assets.map((a, i) => createAssetMarket(todayPrices[i]!, scenario.market[a]!.impact, scenario.market[a]!.recovery));
  markets.forEach((m, i) => applyShock(m, shock[i]!));
  const shockedPrices = Float64Array.from(markets, (m) => m.price);

  const ledger: Ledger = {
    fund: rules.insuranceFund, fundNet: 0, paidToLiquidators: 0, paidToMarket: 0, badDebt: 0, adl: 0,
    stepNotional: 0, stepBadDebt: 0, stepAdl: 0,
    soldToMarket: new Float64Array(n), writtenOff: new Float64Array(n),
    netQuantity: new Float64Array(n), levyAdded: new Float64Array(2 * n),
    stepShortfall: new Float64Array(2 * n), stepUnleviable: 0,
  };
  for (let p = 0; p < crowd.quantity.length; p++) {
    const asset = crowd.positionAsset[p]!;
    ledger.netQuantity[asset] = ledger.netQuantity[asset]! + crowd.quantity[p]!;
  }
  const netQuantityStart = ledger.netQuantity.slice();
  const equityStart = totalEquity(s, todayPrices);
  const userAccount = crowd.userAccount;
  const userEquityAtStart = userAccount >= 0 ? totalEquity(s, todayPrices, userAccount) : 0;

  const lag = rules.oracleLagSteps, delay = rules.liquidationDelaySteps;
  // Market prices at the start of the last lag + 1 steps: the oracle reads the oldest.
  const history = Array.from({ length: lag + 1 }, () => todayPrices.slice());
  const previousOracle = todayPrices.slice();
  const N = crowd.accountCount;
  const found = new Int32Array(N);
  // Pending liquidations in order of finding, which is also the order they come due.
  const pendingIds = new Int32Array(N), pendingDue = new Int32Array(N);
  let pendingHead = 0, pendingSize = 0;
  const due = new Int32Array(N), liquidated = new Int32Array(N);
  const collateralShare = new Float64Array(N), debtShare = new Float64Array(N);
  const shares: Shares = { collateral: 0, debt: 0 };
  const scratch: Scratch = { bucket: new Int32Array(prepared.maxPositions), notional: new Float64Array(prepared.maxPositions) };
  const orders = new Float64Array(n), traded = new Uint8Array(n), fills = new Float64Array(n);
  const everLiquidated = new Uint8Array(N);

  const steps: CascadeStep[] = [];
  const executedHistory: number[] = [];
  const lowest = shockedPrices.slice(), highest = shockedPrices.slice();
  let markToMarket = 0, liquidations = 0, distinct = 0, liquidatedNotional = 0;
  let directNotional = 0, inducedNotional = 0, firstWaveSeen = false, stepsWithLiquidations = 0;
  let quietRun = 0, stoppedBecause: CascadeTotals['stoppedBecause'] = 'step limit';
  let user: RunOutput['user'] = null;
  const wave = 1 + lag + delay;

  for (let t = 0; t < scenario.steps.limit; t++) {
    history[t % (lag + 1)]!.set(markets.map((m) => m.price));
    if (t >= lag) s.oracle.set(history[(t - lag) % (lag + 1)]!);
    for (let i = 0; i < n; i++) markToMarket += ledger.netQuantity[i]! * (s.oracle[i]! - previousOracle[i]!);
    advanceDrift(watch, s, previousOracle, ledger.levyAdded);
    ledger.levyAdded.fill(0);

    const newly = findLiquidatable(watch, s, found, 0);
    for (let k = 0; k < newly; k++) {
      const slot = (pendingHead + pendingSize++) % N;
      pendingIds[slot] = found[k]!;
      pendingDue[slot] = t + delay;
    }
    let dueCount = 0;
    while (pendingSize > 0 && pendingDue[pendingHead]! <= t) {
      due[dueCount++] = pendingIds[pendingHead]!;
      pendingHead = (pendingHead + 1) % N;
      pendingSize--;
    }

    // Plan: size every due liquidation; the step's orders net per asset.
    orders.fill(0);
    traded.fill(0);
    let count = 0;
    for (let k = 0; k < dueCount; k++) {
      const a = due[k]!;
      if (planLiquidation(s, rules, a, orders, shares)) {
        liquidated[count] = a;
        collateralShare[count] = shares.collateral;
        debtShare[count++] = shares.debt;
        for (let p = crowd.firstPosition[a]!; p < crowd.firstPosition[a + 1]!; p++) if (crowd.quantity[p] !== 0) traded[crowd.positionAsset[p]!] = 1;
      } else if (surplus(s, a) < 0) {
        status[a] = CLOSED; // under water with nothing to repay: nothing a liquidator can do
      } else {
        watchAgain(watch, s, a);
      }
    }
    // Fill: one average execution price per asset for the step's net order.
    for (let i = 0; i < n; i++) {
      fills[i] = traded[i] ? executeNetOrder(markets[i]!, orders[i]!) : markets[i]!.price;
      if (markets[i]!.price < lowest[i]!) lowest[i] = markets[i]!.price;
      if (markets[i]!.price > highest[i]!) highest[i] = markets[i]!.price;
    }
    ledger.stepNotional = 0;
    ledger.stepBadDebt = 0;
    ledger.stepAdl = 0;
    const distinctBefore = distinct;
    let userNow = false;
    for (let k = 0; k < count; k++) {
      const a = liquidated[k]!;
      shares.collateral = collateralShare[k]!;
      shares.debt = debtShare[k]!;
      const closed = applyLiquidation(s, rules, ledger, a, shares, fills, scratch);
      if (!everLiquidated[a]) { everLiquidated[a] = 1; distinct++; }
      if (a === userAccount) userNow = true;
      if (closed) status[a] = CLOSED;
      else watchAgain(watch, s, a);
    }
    // Only now, with every penalty of the step in the fund and every closed position out of the
    // open interest, are the step's shortfalls paid: the fund first, then the other side or bad debt.
    settleShortfalls(s, rules, ledger);
    liquidations += count;
    if (count > 0) stepsWithLiquidations++;
    liquidatedNotional += ledger.stepNotional;
    if (count > 0 && !firstWaveSeen) { firstWaveSeen = true; directNotional = ledger.stepNotional; }
    else inducedNotional += ledger.stepNotional;
    if (userNow && user === null) user = { step: t, prices: s.oracle.slice(), accountsBefore: distinctBefore };

    const oracleOfStep = options.lean ? null : s.oracle.slice();
    for (const m of markets) recover(m);
    executedHistory.push(count);
    if (!options.lean) {
      const previousWave = t >= wave ? executedHistory[t - wave]! : 0;
      steps.push({
        step: t,
        prices: byAsset(assets, (i) => markets[i]!.price),
        oraclePrices: byAsset(assets, (i) => oracleOfStep![i]!),
        averagePrices: byAsset(assets, (i) => (traded[i] ? fills[i]! : null)),
        netSold: byAsset(assets, (i) => orders[i]! + 0),
        newlyLiquidatable: newly,
        liquidatedAccounts: count,
        liquidatedNotional: ledger.stepNotional,
        insuranceFund: ledger.fund,
        badDebt: ledger.stepBadDebt,
        adl: ledger.stepAdl,
        amplification: previousWave > 0 ? count / previousWave : null,
        userLiquidated: userNow,
      });
    }
    previousOracle.set(s.oracle);
    if (options.onProgress && (t + 1) % 256 === 0) options.onProgress({ phase: 'cascade', done: t + 1, total: scenario.steps.limit });
    const quiet = newly === 0 && dueCount === 0 && pendingSize === 0;
    quietRun = quiet ? quietRun + 1 : 0;
    if (scenario.steps.stopWhenQuiet && quietRun > lag) { stoppedBecause = 'no new liquidation'; break; }
  }

  const stepsRun = executedHistory.length;
  const equityEnd = totalEquity(s, previousOracle);
  const equityLost = equityStart + markToMarket - equityEnd;
  const paidToInsuranceFund = ledger.fundNet;
  let closedAccounts = 0;
  for (let a = 0; a < N; a++) if (status[a] === CLOSED) closedAccounts++;
  options.onProgress?.({ phase: 'cascade', done: stepsRun, total: stepsRun });
  return {
    steps,
    shockedPrices,
    userEquityAtStart,
    userEquityAtEnd: userAccount >= 0 ? totalEquity(s, previousOracle, userAccount) : 0,
    user,
    totals: {
      steps: stepsRun, stoppedBecause,
      liquidatedAccounts: distinct, liquidations, closedAccounts,
      liquidatedNotional, directNotional, inducedNotional, stepsWithLiquidations,
      badDebt: ledger.badDebt, adl: ledger.adl,
      insuranceFundStart: rules.insuranceFund, insuranceFundEnd: ledger.fund,
      lowestPrices: byAsset(assets, (i) => lowest[i]!),
      highestPrices: byAsset(assets, (i) => highest[i]!),
      largestMoves: byAsset(assets, (i) => {
        const down = lowest[i]! / todayPrices[i]! - 1, up = highest[i]! / todayPrices[i]! - 1;
        return Math.abs(down) >= Math.abs(up) ? down : up;
      }),
      finalPrices: byAsset(assets, (i) => markets[i]!.price),
    },
    conservation: {
      equityLost,
      paidToLiquidators: ledger.paidToLiquidators,
      paidToInsuranceFund,
      paidToMarket: ledger.paidToMarket,
      badDebt: ledger.badDebt,
      residual: equityLost - (ledger.paidToLiquidators + paidToInsuranceFund + ledger.paidToMarket - ledger.badDebt),
      units: byAsset(assets, (i) => ({
        soldToMarket: ledger.soldToMarket[i]!,
        writtenOff: ledger.writtenOff[i]!,
        openInterestChange: ledger.netQuantity[i]! - netQuantityStart[i]!,
      })),
    },
  };
}
