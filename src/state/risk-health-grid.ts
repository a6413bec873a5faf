import type { FieldError, HealthGrid } from '../engine';
import type { EngineHandle } from '../worker/engine-handle';
import { draftToJson } from './json-form';
import type { AppStore } from './store';

// The health-factor heatmap's data: asked of the engine worker (a latest-wins channel of its own,
// so a newer request replaces an older one), on the portfolio as it is (today's prices).

export type HealthGridOutcome =
  | { status: 'done'; grid: HealthGrid; millis: number }
  | { status: 'invalid'; errors: FieldError[] }
  /** A newer request replaced this one. */
  | { status: 'stale' }
  | { status: 'failed'; message: string };

/** The ranges offered, as fractions: ±20 %, ±50 %, ±80 %. */
export const HEALTH_GRID_RANGES = [0.2, 0.5, 0.8] as const;
export const HEALTH_GRID_STEPS = 21;

/** `steps` moves evenly from −range to +range, rounded so that 0.05 reads 0.05 and 0 is exactly 0. */
export function healthGridMoves(range: number, steps = HEALTH_GRID_STEPS): number[] {
  const n = Math.max(2, Math.floor(steps));
  return Array.from({ length: n }, (_, i) => Math.round((-range + (2 * range * i) / (n - 1)) * 1e9) / 1e9 + 0);
}

export async function requestHealthGrid(store: AppStore, engine: EngineHandle, first: string, second: string, moves: number[]): Promise<HealthGridOutcome> {
  const outcome = await engine.healthGrid(draftToJson(store.getState().draft), first, second, moves);
  if (outcome.status !== 'done') return outcome;
  const { value, millis } = outcome.value;
  return value.ok ? { status: 'done', grid: value.value, millis } : { status: 'invalid', errors: value.errors };
}
