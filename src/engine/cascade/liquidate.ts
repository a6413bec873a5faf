import { hasPositions, settleLevy, surplus, unsettledLevy, type RunState } from './run-state';
import type { CascadeRules } from './types';

// One liquidation under the scenario's rules, in two halves around the market: plan (how much of
// the account is closed, hence the step's net order) and apply (the fills, the penalty or bonus,
// and the shortfall recorded). Once every liquidation of the step is applied, settleShortfalls
// draws the step's shortfalls from the fund (which has by then been paid the step's penalties:
// the venues' order), then levies the rest on the other side's positions still open, or leaves
// it as bad debt.
//
// Exchange: the venue closes a share of every position in the market at the step's fill; the
// account bears the slippage and pays a penalty on the closed notional (at the oracle price) out of
// what it has left. Lending: a liquidator repays a share of the debt and takes collateral worth
// the repayment × (1 + bonus) at the oracle price, then sells it (or buys the borrowed asset) at
// the fill: the liquidator bears the slippage. Collateral and debt are taken from every asset in
// proportion (a real liquidator picks one; proportion keeps a multi-asset account's selling spread).
// The user's account is closed whole, exchange-style, whatever the kind: its placement says when it
// is liquidated, not how its health would recover from a partial liquidation.

/**
 * A partial liquidation that would leave less than this share of every original position closes
 * the account whole: without it, an account a partial close does not make healthy again would be
 * halved step after step, dust for hundreds of steps.
 */
const DUST_SHARE = 1e-6;

export interface Ledger {
  fund: number;
  /**
   * Paid into the fund less paid out of it, summed flow by flow: the end balance less the start
   * would lose the flows to rounding when the fund is large (a 1e15 fund rounds to 0.125).
   */
  fundNet: number;
  paidToLiquidators: number;
  paidToMarket: number;
  badDebt: number;
  adl: number;
  /** This step's figures. */
  stepNotional: number;
  stepBadDebt: number;
  stepAdl: number;
  /** Units the crowd sold to the market, and debts written off, by asset (signed). */
  soldToMarket: Float64Array;
  writtenOff: Float64Array;
  /** Σ quantity by asset: what a price move does to the crowd's equity. */
  netQuantity: Float64Array;
  /** Levy per unit added this step, by bucket (for the multi-asset drift). */
  levyAdded: Float64Array;
  /** This step's shortfalls not yet settled: by the bucket (asset × 2 + side) the bankrupt account closed … */
  stepShortfall: Float64Array;
  /** … and the part no other side may be levied for (levies the bankrupt account never paid, write-offs with nothing closed). */
  stepUnleviable: number;
}

/** Shares of the collateral (longs, positive cash) and of the debt (shorts, negative cash) to close. */
export interface Shares {
  collateral: number;
  debt: number;
}

/**
 * Decides how much of an account to close and adds its orders (units, positive sold) to
 * `orders`; false when the account is not under its requirement (or has nothing to repay).
 */
export function planLiquidation(s: RunState, rules: CascadeRules, account: number, orders: Float64Array, out: Shares): boolean {
  if (surplus(s, account) >= 0) return false;
  const { crowd, oracle } = s;
  const cash = crowd.cash[account]! - unsettledLevy(s, account);
  const first = crowd.firstPosition[account]!, end = crowd.firstPosition[account + 1]!;
  const isUser = account === crowd.userAccount;
  if (isUser) {
    out.collateral = out.debt = 1;
  } else if (rules.kind === 'exchange') {
    let equity = cash, maintenance = 0, gross = 0;
    for (let p = first; p < end; p++) {
      const value = crowd.quantity[p]! * oracle[crowd.positionAsset[p]!]!;
      equity += value;
      gross += Math.abs(value);
      maintenance += Math.abs(value * (1 - crowd.weight[p]!));
    }
    const health = maintenance > 0 ? equity / maintenance : 0;
    const whole = equity <= 0 || health <= rules.fullCloseBelowHealth || gross <= rules.fullCloseBelowNotional;
    out.collateral = out.debt = whole ? 1 : rules.closeFactor;
  } else {
    let collateral = Math.max(cash, 0), debt = Math.max(-cash, 0), weighted = Math.max(cash, 0) * crowd.positiveCashWeight;
    for (let p = first; p < end; p++) {
      const q = crowd.quantity[p]!, value = Math.abs(q) * oracle[crowd.positionAsset[p]!]!;
      if (q > 0) { collateral += value; weighted += value * crowd.weight[p]!; } else debt += value;
    }
    if (debt <= 0) return false;
    const health = weighted / debt;
    const whole = health <= rules.fullCloseBelowHealth || debt <= rules.fullCloseBelowNotional || collateral <= rules.fullCloseBelowNotional;
    const repay = (whole ? 1 : rules.closeFactor) * debt;
    const seize = repay * (1 + rules.liquidationBonus);
    if (seize >= collateral) {
      // Not enough collateral for the bonus: the liquidator takes all of it and repays what it is worth.
      out.collateral = 1;
      out.debt = collateral / (1 + rules.liquidationBonus) / debt;
    } else {
      out.collateral = seize / collateral;
      out.debt = whole ? 1 : rules.closeFactor;
    }
  }
  let dust = true;
  for (let p = first; p < end; p++) {
    const left = Math.abs(crowd.quantity[p]!) * (1 - (crowd.quantity[p]! > 0 ? out.collateral : out.debt));
    if (left > DUST_SHARE * Math.abs(s.originalQuantity[p]!)) dust = false;
  }
  if (dust && rules.kind === 'exchange') out.collateral = out.debt = 1;
  if (dust && rules.kind === 'lending' && out.collateral < 1) out.debt = Math.min(1, out.debt / out.collateral);
  if (dust && rules.kind === 'lending') out.collateral = 1;
  for (let p = first; p < end; p++) {
    const q = crowd.quantity[p]!;
    const asset = crowd.positionAsset[p]!;
    orders[asset] = orders[asset]! + (q > 0 ? out.collateral : out.debt) * q;
  }
  return true;
}

/** Scratch for splitting a shortfall over the positions an account closed. */
export interface Scratch {
  bucket: Int32Array;
  notional: Float64Array;
}

/** Fills the planned liquidation at `fills` (by asset); true when the account has no position left. */
export function applyLiquidation(s: RunState, rules: CascadeRules, ledger: Ledger, account: number, shares: Shares, fills: Float64Array, scratch: Scratch): boolean {
  settleLevy(s, account);
  const { crowd, oracle } = s;
  const first = crowd.firstPosition[account]!, end = crowd.firstPosition[account + 1]!;
  let cash = crowd.cash[account]!;
  let proceeds = 0, closedAtOracle = 0, closed = 0;
  for (let p = first; p < end; p++) {
    const q = crowd.quantity[p]!;
    const units = (q > 0 ? shares.collateral : shares.debt) * q;
    if (units === 0) continue;
    const asset = crowd.positionAsset[p]!, bucket = asset * 2 + (q > 0 ? 0 : 1);
    const fill = fills[asset]!, mark = oracle[asset]!;
    proceeds += units * fill;
    closedAtOracle += Math.abs(units) * mark;
    ledger.paidToMarket += units * (mark - fill);
    ledger.stepNotional += Math.abs(units) * fill;
    // A share of 1 leaves exactly 0: q − 1·q.
    crowd.quantity[p] = q - units;
    s.openInterest[bucket] = s.openInterest[bucket]! - Math.abs(units);
    ledger.netQuantity[asset] = ledger.netQuantity[asset]! - units;
    ledger.soldToMarket[asset] = ledger.soldToMarket[asset]! + units;
    scratch.bucket[closed] = bucket;
    scratch.notional[closed++] = Math.abs(units) * mark;
  }
  let shortfall = 0;
  const isUser = account === crowd.userAccount;
  if (rules.kind === 'exchange' || isUser) {
    cash += proceeds;
    let remaining = cash;
    for (let p = first; p < end; p++) remaining += crowd.quantity[p]! * oracle[crowd.positionAsset[p]!]!;
    const rate = rules.kind === 'exchange' ? rules.liquidationPenalty : rules.liquidationBonus;
    const penalty = Math.min(rate * closedAtOracle, Math.max(0, remaining));
    cash -= penalty;
    if (rules.kind === 'exchange' && rules.penaltyTo === 'insurance-fund') { ledger.fund += penalty; ledger.fundNet += penalty; }
    else ledger.paidToLiquidators += penalty;
    if (!hasPositions(crowd, account) && cash < 0) { shortfall = -cash; cash = 0; }
  } else {
    // Quote debt repaid by the liquidator, or quote collateral taken by it.
    const cashChange = cash < 0 ? shares.debt * -cash : -shares.collateral * cash;
    cash += cashChange;
    ledger.paidToLiquidators += proceeds - cashChange;
    let collateralLeft = cash > 0, debtLeft = cash < 0;
    for (let p = first; p < end; p++) {
      if (crowd.quantity[p]! > 0) collateralLeft = true;
      if (crowd.quantity[p]! < 0) debtLeft = true;
    }
    if (!collateralLeft && debtLeft) {
      // Nothing left to seize: the rest of the debt is written off.
      shortfall = Math.max(-cash, 0);
      cash = 0;
      for (let p = first; p < end; p++) {
        const q = crowd.quantity[p]!;
        if (q >= 0) continue;
        const asset = crowd.positionAsset[p]!;
        shortfall += -q * oracle[asset]!;
        ledger.writtenOff[asset] = ledger.writtenOff[asset]! + q;
        ledger.netQuantity[asset] = ledger.netQuantity[asset]! - q;
        s.openInterest[asset * 2 + 1] = s.openInterest[asset * 2 + 1]! + q;
        crowd.quantity[p] = 0;
      }
    }
  }
  crowd.cash[account] = cash;
  if (shortfall > 0) recordShortfall(s, ledger, account, shortfall, scratch, closed);
  return !hasPositions(crowd, account);
}

/**
 * Adds a bankrupt account's shortfall to the step's. The part its own levies made (money it was
 * levied for another side's loss and could not pay) is taken back out of the ADL and may not be
 * levied again: levied on this account's other side it would make, say, a long pay for another
 * long. The rest is split over the buckets the account closed, by notional.
 */
function recordShortfall(s: RunState, ledger: Ledger, account: number, shortfall: number, scratch: Scratch, closed: number): void {
  const unpaidLevy = Math.min(shortfall, s.levied[account]!);
  s.levied[account] = 0;
  ledger.adl -= unpaidLevy;
  ledger.stepAdl -= unpaidLevy;
  const own = shortfall - unpaidLevy;
  let total = 0;
  for (let k = 0; k < closed; k++) total += scratch.notional[k]!;
  if (closed === 0 || !(total > 0)) {
    ledger.stepUnleviable += shortfall;
    return;
  }
  ledger.stepUnleviable += unpaidLevy;
  for (let k = 0; k < closed; k++) {
    const bucket = scratch.bucket[k]!;
    ledger.stepShortfall[bucket] = ledger.stepShortfall[bucket]! + own * scratch.notional[k]! / total;
  }
}

/**
 * Settles the step's shortfalls, after all its liquidations (so after its penalties reached the
 * fund): the fund pays first, in proportion to each shortfall; the rest of a bucket's is levied on
 * the other side of its asset (the winners of a bankrupt long are the shorts, and the other way
 * round), on the positions still open once the step's liquidations are done, or is bad debt.
 */
export function settleShortfalls(s: RunState, rules: CascadeRules, ledger: Ledger): void {
  let total = ledger.stepUnleviable;
  for (let b = 0; b < ledger.stepShortfall.length; b++) total += ledger.stepShortfall[b]!;
  if (!(total > 0)) return;
  const fromFund = Math.min(ledger.fund, total);
  ledger.fund -= fromFund;
  ledger.fundNet -= fromFund;
  // The share of every shortfall the fund could not pay.
  const unpaid = (total - fromFund) / total;
  let badDebt = ledger.stepUnleviable * unpaid;
  ledger.stepUnleviable = 0;
  for (let b = 0; b < ledger.stepShortfall.length; b++) {
    const rest = ledger.stepShortfall[b]! * unpaid;
    ledger.stepShortfall[b] = 0;
    if (!(rest > 0)) continue;
    const opposite = b ^ 1;
    const units = s.openInterest[opposite]!;
    // Open interest is a running sum: a remainder of rounding is not a position to levy.
    if (rules.whenFundIsEmpty === 'socialised-loss' && units > s.initialOpenInterest[opposite]! * 1e-9) {
      const perUnit = rest / units;
      s.levyIndex[opposite] = s.levyIndex[opposite]! + perUnit;
      ledger.levyAdded[opposite] = ledger.levyAdded[opposite]! + perUnit;
      ledger.adl += rest;
      ledger.stepAdl += rest;
    } else {
      badDebt += rest;
    }
  }
  ledger.badDebt += badDebt;
  ledger.stepBadDebt += badDebt;
}
