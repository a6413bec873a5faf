// The solvency delta in the trader's words: "Volatility × 2 costs you as much as a 6.12% fall of
// every non-stable asset." Text only; every figure comes from the report's account.solvencyDelta.
import type { SolvencyDeltaReport } from '../../engine';
import { formatMoney, formatPercent } from '../common/format';
import { toFiniteNumber } from '../charts/numbers';

interface RegimeInput {
  volatilityMultiplier?: number;
  correlationFloor?: number;
}

/** "volatility × 2 and correlations ≥ 0.9"; "today's market" for none. */
function regimeWords(regime: RegimeInput): string {
  const parts: string[] = [];
  if (regime.volatilityMultiplier !== undefined && regime.volatilityMultiplier !== 1) parts.push(`volatility × ${regime.volatilityMultiplier}`);
  if (regime.correlationFloor !== undefined) parts.push(`correlations ≥ ${regime.correlationFloor}`);
  return parts.length === 0 ? 'today’s market' : parts.join(' and ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Money with its sign for a change: "+275.00", "−12.50", "0.00". */
function change(value: string): string {
  const n = toFiniteNumber(value);
  return n !== null && n > 0 ? `+${formatMoney(value)}` : formatMoney(value);
}

/** The headline sentence; null with no regime in the report. */
export function solvencySentence(delta: SolvencyDeltaReport | undefined): string | null {
  if (!delta) return null;
  const words = capitalised(regimeWords(delta.regime));
  const requirement = toFiniteNumber(delta.requirement);
  const equity = toFiniteNumber(delta.equity);
  if (requirement === null || equity === null) return null;
  // The surplus (equity − requirement) is what a liquidation watches: its change is the damage.
  const surplus = equity - requirement;
  if (surplus === 0) return `${words} changes nothing for this book: under its rule set nothing in it follows volatility or correlation.`;
  const move = delta.equivalentJointMove;
  if (move === null || !Number.isFinite(move)) {
    return `${words} ${surplus < 0 ? 'costs you' : 'gives you'} ${formatMoney(Math.abs(surplus))} of margin surplus; no joint price move does as much.`;
  }
  const priceMove = `a ${formatPercent(Math.abs(move))} ${move < 0 ? 'fall' : 'rise'} of every non-stable asset`;
  // A book long volatility gains from the regime: the matching move is the one that helps as much.
  return surplus < 0 ? `${words} costs you as much as ${priceMove}.` : `${words} helps you as much as ${priceMove} would.`;
}

/** "Maintenance margin +275.00 USD, equity 0.00 USD, prices held." */
export function solvencyDetail(delta: SolvencyDeltaReport, quote: string): string {
  return `Maintenance margin ${change(delta.requirement)} ${quote}, equity ${change(delta.equity)} ${quote}, prices held.`;
}
