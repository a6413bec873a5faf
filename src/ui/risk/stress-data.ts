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
  equityAfter: string;
  healthAfter: string;
  liquidated: string;
  loss: string;
  /** The loss is a gain (negative). */
  gain: boolean;
  /** The account would be liquidated (the pool, or any position). */
  liquidates: boolean;
}

/** "BTC −47.0%, ETH −50.0%; volatility × 2": the moves the scenario applied. */
export function movesText(s: StressReport): string {
  const moves = Object.entries(s.moves)
    .filter(([, m]) => Number.isFinite(m) && m !== 0)
    .map(([asset, m]) => `${asset} ${formatMove(m)}`);
  const volatility = Number.isFinite(s.volatilityFactor) && s.volatilityFactor !== 1 ? `volatility × ${s.volatilityFactor}` : '';
  const text = [moves.join(', '), volatility].filter((t) => t !== '').join('; ');
  return text === '' ? 'no move of this book’s assets' : text;
}

export function stressRows(stress: readonly StressReport[], quote: string): StressRow[] {
  return stress.map((s) => {
    const loss = toFiniteNumber(s.loss);
    const liquidated = [...(s.poolLiquidated ? ['the cross pool'] : []), ...s.liquidatedPositions];
    return {
      id: s.id,
      name: s.name,
      date: s.date === '' ? 'hypothetical' : s.date,
      source: s.source,
      moves: movesText(s),
      equityAfter: `${formatMoney(s.equityAfter)} ${quote}`,
      healthAfter: s.healthFactorAfter === null ? `${MISSING} (${s.healthFactorReason ?? 'no requirement'})` : formatHealthFactor(s.healthFactorAfter),
      liquidated: liquidated.length === 0 ? 'none' : liquidated.join(', '),
      loss: `${formatMoney(s.loss)} ${quote}`,
      gain: loss !== null && loss < 0,
      liquidates: liquidated.length > 0,
    };
  });
}
