import { simulateCascade } from './simulate';
import type { CascadeProgress, CascadeResult, CascadeScenario } from './types';

// The same crowd twice, every multi-asset trader isolated, then cross-margined: how much of a
// cascade comes from one liquidation spreading across assets inside a cross account. Both runs
// draw the same traders from the same seed; neither searches for a critical shock (the comparison
// is of the cascade itself, and a search per run would triple its cost).

export type MarginMode = 'isolated' | 'cross';

/** The same crowd with isolated and with cross margin (no critical-shock search in either). */
export type MarginComparison =
  | { status: 'done'; isolated: CascadeResult; cross: CascadeResult }
  /** Nothing to compare: no account of the crowd holds more than one asset. */
  | { status: 'same-accounts'; reason: string };

/** Where a comparison is: which of its two runs, and how far that run is. */
export interface MarginComparisonProgress {
  phase: MarginMode;
  done: number;
  total: number;
}

export interface CompareMarginsOptions {
  onProgress?: (progress: MarginComparisonProgress) => void;
}

const SAME_ACCOUNTS_REASON =
  'no trader in this crowd holds more than one asset, so isolated and cross margin make the same accounts: raise the multi-asset share to see one liquidation spread across assets';

/**
 * The scenario with every multi-asset trader (and every cohort) margined one way, and no
 * critical-shock search; the rest is the same object, so the same traders are drawn.
 */
export function withMargin(scenario: CascadeScenario, margin: MarginMode): CascadeScenario {
  return {
    ...scenario,
    crowd: { ...scenario.crowd, crossShare: margin === 'cross' ? 1 : 0, cohorts: scenario.crowd.cohorts.map((c) => ({ ...c, margin })) },
    criticalShock: { ...scenario.criticalShock, search: false },
  };
}

/** True when some account of the crowd holds several assets, so that isolating them changes anything. */
export function hasMultiAssetAccounts(scenario: CascadeScenario): boolean {
  const { crowd } = scenario;
  return (crowd.count > 0 && crowd.multiAssetShare > 0 && Object.keys(scenario.market).length > 1) || crowd.cohorts.some((c) => c.positions.length > 1);
}

/** Runs the scenario's crowd isolated, then cross-margined; says so when the two would be the same accounts. */
export function compareMargins(scenario: CascadeScenario, options: CompareMarginsOptions = {}): MarginComparison {
  if (!hasMultiAssetAccounts(scenario)) return { status: 'same-accounts', reason: SAME_ACCOUNTS_REASON };
  const run = (margin: MarginMode): CascadeResult => {
    const onProgress = options.onProgress;
    return simulateCascade(withMargin(scenario, margin), {
      onProgress: onProgress && ((p: CascadeProgress) => onProgress({ phase: margin, done: p.done, total: p.total })),
    });
  };
  const isolated = run('isolated');
  return { status: 'done', isolated, cross: run('cross') };
}
