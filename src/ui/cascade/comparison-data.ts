// Isolated against cross margin, the same crowd: per asset, what the forced orders sold and how
// far the price went, and the sentence that says what cross margin did.
import type { CascadeResult } from '../../engine';
import { formatMove } from '../charts/format';
import { fractionToPercent } from '../charts/numbers';

export interface AssetComparison {
  asset: string;
  /** Notional the liquidations sold (net of what they bought) over the run, at the fills. */
  isolatedSold: number;
  crossSold: number;
  /** Largest move from today's price (signed fraction). */
  isolatedMove: number;
  crossMove: number;
}

export interface ComparisonTotals {
  liquidatedAccounts: number;
  liquidations: number;
  liquidatedNotional: number;
  badDebt: number;
  adl: number;
  steps: number;
  insuranceFundEnd: number;
  /** The user's account: the step it was liquidated at, or null. */
  userStep: number | null;
}

export interface MarginComparisonData {
  assets: AssetComparison[];
  isolated: ComparisonTotals;
  cross: ComparisonTotals;
  /** What cross margin changed, in a sentence or two. */
  summary: string;
}

const finite = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Σ over the steps of net units sold × the step's fill price, per asset. */
export function soldNotional(result: CascadeResult): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(result.assets.map((a) => [a, 0]));
  for (const step of result.steps) {
    for (const asset of result.assets) {
      const units = finite(step.netSold[asset]);
      const price = step.averagePrices[asset];
      if (units !== 0 && typeof price === 'number' && Number.isFinite(price)) out[asset] = out[asset]! + units * price;
    }
  }
  return out;
}

function totals(result: CascadeResult): ComparisonTotals {
  const t = result.totals;
  return {
    liquidatedAccounts: finite(t.liquidatedAccounts),
    liquidations: finite(t.liquidations),
    liquidatedNotional: finite(t.liquidatedNotional),
    badDebt: finite(t.badDebt),
    adl: finite(t.adl),
    steps: finite(t.steps),
    insuranceFundEnd: finite(t.insuranceFundEnd),
    userStep: result.user?.liquidatedAtStep ?? null,
  };
}

/** How much further cross margin took an asset than isolated margin did (percent points; negative: less far). */
const extra = (a: AssetComparison) => fractionToPercent(Math.abs(a.crossMove)) - fractionToPercent(Math.abs(a.isolatedMove));

export function comparisonSentence(assets: AssetComparison[], isolated: ComparisonTotals, cross: ComparisonTotals, shocked: ReadonlySet<string>): string {
  const parts: string[] = [];
  // Cross margin works both ways: it carries a loss into the other assets of an account
  // (contagion, clearest in an asset the shock did not touch) and it cushions one asset's loss
  // with the rest of the account. Say which asset shows each most.
  let spread: AssetComparison | null = null;
  let cushioned: AssetComparison | null = null;
  for (const a of assets) {
    if (extra(a) >= 0.01 && (spread === null || extra(a) > extra(spread))) spread = a;
    if (extra(a) <= -0.01 && (cushioned === null || extra(a) < extra(cushioned))) cushioned = a;
  }
  if (spread) {
    const untouched = !shocked.has(spread.asset);
    parts.push(
      `With cross margin ${spread.asset} went to ${formatMove(spread.crossMove)} against ${formatMove(spread.isolatedMove)} with isolated margin${
        untouched ? `, although the shock did not move ${spread.asset}` : ''
      }: an account liquidated over a loss on one asset is closed whole, so its other assets are sold too and the loss spreads to their markets.`,
    );
  }
  if (cushioned) {
    parts.push(
      `${cushioned.asset} went less far with cross margin (${formatMove(cushioned.crossMove)} against ${formatMove(cushioned.isolatedMove)}): the rest of an account holds up a loss on one asset until the account as a whole is under its requirement.`,
    );
  }
  if (!spread && !cushioned) parts.push('Cross and isolated margin moved the prices alike here.');
  if (cross.liquidatedAccounts !== isolated.liquidatedAccounts) {
    parts.push(
      `Cross margin liquidated ${cross.liquidatedAccounts.toLocaleString('en-US')} accounts, isolated ${isolated.liquidatedAccounts.toLocaleString('en-US')} (isolated margin makes an account of every position, so it has more of them).`,
    );
  }
  return parts.join(' ');
}

export function marginComparison(isolated: CascadeResult, cross: CascadeResult): MarginComparisonData {
  const soldIsolated = soldNotional(isolated);
  const soldCross = soldNotional(cross);
  const assets = cross.assets.map((asset) => ({
    asset,
    isolatedSold: soldIsolated[asset] ?? 0,
    crossSold: soldCross[asset] ?? 0,
    isolatedMove: finite(isolated.totals.largestMoves[asset]),
    crossMove: finite(cross.totals.largestMoves[asset]),
  }));
  const shocked = new Set(Object.keys(cross.shockedPrices).filter((a) => cross.shockedPrices[a] !== cross.todayPrices[a]));
  const i = totals(isolated), c = totals(cross);
  return { assets, isolated: i, cross: c, summary: comparisonSentence(assets, i, c, shocked) };
}
