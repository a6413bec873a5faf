import { STRESS_SCENARIOS } from '../risk/scenarios';
import type { AssetSymbol, Fraction } from '../types';

// Named stress events for a cascade's shock: the historical scenarios of the risk panel's stress
// table (risk/scenarios.ts, one list for both), as peak-to-trough moves of the assets they name.

export interface StressEvent {
  title: string;
  /** Peak-to-trough moves by asset; assets a scenario's market lacks are left out of its shock. */
  moves: Readonly<Record<AssetSymbol, Fraction>>;
  liquidations: string;
  source: string;
}

const historical = STRESS_SCENARIOS.filter((s) => s.liquidations !== undefined);

export const STRESS_EVENTS: Readonly<Record<string, StressEvent>> = Object.fromEntries(
  historical.map((s) => [s.id, { title: s.name, moves: s.moves, liquidations: s.liquidations!, source: s.source }]),
);

export type StressEventName = string;
export const STRESS_EVENT_NAMES = historical.map((s) => s.id) as [StressEventName, ...StressEventName[]];
