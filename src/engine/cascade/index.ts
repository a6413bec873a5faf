// Liquidation cascades: a crowd of leveraged accounts, a shock, and forced orders that move the
// price into the next liquidations. Parse a scenario, then simulate it (simulate.ts reads the run
// top-down), or compare the same crowd isolated and cross-margined; everything is deterministic
// for the scenario's seed.
export { parseCascadeScenario } from './parse-scenario';
export { cascadeResultJson } from './serialise';
export { simulateCascade } from './simulate';
export { compareMargins, hasMultiAssetAccounts, withMargin, type MarginComparison, type MarginComparisonProgress, type MarginMode } from './margin-comparison';
export { CASCADE_PRESETS, type CascadePreset, type CascadePresetName } from './presets';
export { STRESS_EVENTS, type StressEvent, type StressEventName } from './stress-events';
export { CRITICAL_SHOCK_DEFINITION } from './critical-shock';
export type * from './types';
