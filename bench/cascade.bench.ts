// How long a liquidation cascade takes: 100,000 accounts over 1,000 steps (goal: under 1 s in
// Node on one core), split into building the crowd (generate + sort once) and stepping, plus the
// critical-shock search on the same crowd. Prints figures; asserts nothing.
// Run: npx tsx bench/cascade.bench.ts
import { CASCADE_PRESETS, parseCascadeScenario, simulateCascade } from '../src/engine/cascade/index';
import { prepare, shockVector } from '../src/engine/cascade/prepare';
import { runCascade } from '../src/engine/cascade/step';
import { findCriticalShock } from '../src/engine/cascade/critical-shock';
import type { CascadeScenarioInput } from '../src/engine/cascade/index';

const ACCOUNTS = 100_000;
const STEPS = 1_000;
const REPEATS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

/**
 * A classroom preset at 100,000 traders, its markets deepened in proportion (so the cascade has
 * the preset's shape, not a wipe-out), run for all 1,000 steps (no early stop).
 */
function scenario(base: CascadeScenarioInput, multiAssetShare: number): CascadeScenarioInput {
  const scale = ACCOUNTS / base.crowd.count;
  const market = Object.fromEntries(Object.entries(base.market).map(([symbol, m]) => {
    const i = m.impact;
    const impact = i.model === 'linear-depth' ? { ...i, depthPerPercent: i.depthPerPercent * scale }
      : i.model === 'square-root' ? { ...i, dailyVolume: i.dailyVolume * scale }
        : { ...i, quoteReserve: i.quoteReserve * scale };
    return [symbol, { ...m, impact }];
  }));
  return {
    ...base,
    market,
    crowd: { ...base.crowd, count: ACCOUNTS, multiAssetShare },
    steps: { limit: STEPS, stopWhenQuiet: false },
    criticalShock: { search: false },
  };
}

console.log(`cascade: ${ACCOUNTS.toLocaleString('en')} traders × ${STEPS.toLocaleString('en')} steps, median of ${REPEATS} (one core)`);
console.log('case'.padEnd(44), 'accounts'.padStart(9), 'prepare ms'.padStart(11), 'steps ms'.padStart(9), 'total ms'.padStart(9), 'account-steps/s'.padStart(16), 'liquidated'.padStart(11), 'waves'.padStart(6));
const cases: [string, CascadeScenarioInput][] = [
  ['thin market, single-asset accounts', scenario(CASCADE_PRESETS['thin-market'].scenario, 0)],
  ['thin market, 20 % two-asset cross accounts', scenario(CASCADE_PRESETS['thin-market'].scenario, 0.2)],
  ['deep market (square-root law), 20 % cross', scenario(CASCADE_PRESETS['deep-market'].scenario, 0.2)],
  ['lending, 50 % close factor, DEX pool', scenario(CASCADE_PRESETS['lending-50-percent-close-factor'].scenario, 0)],
];
for (const [name, input] of cases) {
  const parsed = parseCascadeScenario(input);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  simulateCascade(parsed.value); // warm-up
  const prepareTimes: number[] = [], stepTimes: number[] = [], totals: number[] = [];
  let accounts = 0, liquidated = 0, waves = 0;
  for (let r = 0; r < REPEATS; r++) {
    const [prepared, tPrepare] = time(() => prepare(parsed.value));
    const [out, tSteps] = time(() => runCascade(prepared, shockVector(parsed.value, prepared.assets)));
    const [, tTotal] = time(() => simulateCascade(parsed.value));
    if (out.totals.steps !== STEPS) throw new Error(`${name}: ran ${out.totals.steps} steps`);
    prepareTimes.push(tPrepare); stepTimes.push(tSteps); totals.push(tTotal);
    accounts = prepared.crowd.accountCount;
    liquidated = out.totals.liquidatedAccounts;
    waves = out.totals.stepsWithLiquidations;
  }
  const total = median(totals);
  console.log(
    name.padEnd(44), String(accounts).padStart(9), median(prepareTimes).toFixed(0).padStart(11), median(stepTimes).toFixed(0).padStart(9),
    total.toFixed(0).padStart(9), ((accounts * STEPS) / (total / 1000)).toExponential(2).padStart(16), String(liquidated).padStart(11), String(waves).padStart(6),
  );
}

{
  const input = { ...scenario(CASCADE_PRESETS['thin-market'].scenario, 0.2), steps: { limit: STEPS, stopWhenQuiet: true }, criticalShock: { search: true } };
  const parsed = parseCascadeScenario(input);
  if (!parsed.ok) throw new Error('critical-shock case does not parse');
  const prepared = prepare(parsed.value);
  const [search, ms] = time(() => findCriticalShock(prepared, shockVector(parsed.value, prepared.assets)));
  const runs = search.ok ? search.value.runs : search.runs;
  console.log(`critical-shock search, thin market, 100,000 traders: ${ms.toFixed(0)} ms for ${runs} cascades (${(ms / runs).toFixed(1)} ms each); critical move ${search.ok ? search.value.move.toFixed(4) : 'none'}`);
}
