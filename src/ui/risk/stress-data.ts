// The stress table's rows: each named scenario's result from report.risk.stress, formatted.
import type { StressReport } from '../../engine';
import { formatHealthFactor, formatMoney, formatMove, MISSING } from '../charts/format';
import { toFiniteNumber } from '../charts/numbers';

export interface StressRow {
  id: string;
  name: string;
  /** The date as the scenario gives it; "hypothetical" when it has none. */
  date: string;
  source: string;
  moves: string;
  /** The same, apart: each asset's move ("BTC −47.0%"), then the regime ("volatility × 2, …", or ''). */
  moveList: string[];
  regimeText: string;
  equityAfter: string;
  /** The maintenance requirement after, and the part the event's regime adds (null: no regime). */
  requirementAfter: string;
  regimePart: string | null;
  healthAfter: string;
  liquidated: string;
  /** What would be liquidated, one entry each ("the cross pool", position ids); empty for none. */
  liquidatedList: string[];
  loss: string;
  /** The loss is a gain (negative). */
  gain: boolean;
  /** The account would be liquidated (the pool, or any position). */
  liquidates: boolean;
}

/** Money with its sign: "+275.00", "−12.50", "0.00". */
function signedMoney(value: string): string {
  const n = toFiniteNumber(value);
  return n !== null && n > 0 ? `+${formatMoney(value)}` : formatMoney(value);
}

/** Each asset's move the scenario applied ("BTC −47.0%"), and its regime ("volatility × 2, correlations ≥ 0.9", or ''). */
function moveParts(s: StressReport): { moves: string[]; regime: string } {
  const moves = Object.entries(s.moves)
    .filter(([, m]) => Number.isFinite(m) && m !== 0)
    // A no-break space: in a narrow column "ALT5" and its "−50.0%" stay on one line.
    .map(([asset, m]) => `${asset}\u00a0${formatMove(m)}`);
  const factor = (Number.isFinite(s.volatilityFactor) ? s.volatilityFactor : 1) * (s.regime?.volatilityMultiplier ?? 1);
  const volatility = factor !== 1 ? `volatility × ${Number(factor.toPrecision(6))}` : '';
  const floor = s.regime?.correlationFloor;
  const correlation = floor === undefined ? '' : `correlations ≥ ${floor}`;
  return { moves, regime: [volatility, correlation].filter((t) => t !== '').join(', ') };
}

function partsText({ moves, regime }: { moves: string[]; regime: string }): string {
  const text = [moves.join(', '), regime].filter((t) => t !== '').join('; ');
  return text === '' ? 'no move of this book’s assets' : text;
}

/** "BTC −47.0%, ETH −50.0%; volatility × 2, correlations ≥ 0.9": the moves and the regime the scenario applied. */
export function movesText(s: StressReport): string {
  return partsText(moveParts(s));
}

export function stressRows(stress: readonly StressReport[], quote: string): StressRow[] {
  return stress.map((s) => {
    const loss = toFiniteNumber(s.loss);
    const liquidated = [...(s.poolLiquidated ? ['the cross pool'] : []), ...s.liquidatedPositions];
    const parts = moveParts(s);
    return {
      id: s.id,
      name: s.name,
      date: s.date === '' ? 'hypothetical' : s.date,
      // The regime's own source (the volatility jump) follows the event's.
      source: s.regime ? `${s.source}. Regime: ${s.regime.source}` : s.source,
      moves: partsText(parts),
      moveList: parts.moves,
      regimeText: parts.regime,
      equityAfter: `${formatMoney(s.equityAfter)} ${quote}`,
      requirementAfter: `${formatMoney(s.requirementAfter)} ${quote}`,
      regimePart: s.regime ? `${signedMoney(s.regimeRequirement)} from the regime` : null,
      healthAfter: s.healthFactorAfter === null ? `${MISSING} (${s.healthFactorReason ?? 'no requirement'})` : formatHealthFactor(s.healthFactorAfter),
      liquidated: liquidated.length === 0 ? 'none' : liquidated.join(', '),
      liquidatedList: liquidated,
      loss: `${formatMoney(s.loss)} ${quote}`,
      gain: loss !== null && loss < 0,
      liquidates: liquidated.length > 0,
    };
  });
}
