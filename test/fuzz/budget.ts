// How many cases each fuzz property tries. `npm test` runs a bounded number that fits CI;
// `npm run fuzz -- --runs N` sets FUZZ_RUNS for a longer run before a release.

/** Cases per fuzz property: FUZZ_RUNS when set, else the CI default. */
export function fuzzRuns(ciDefault: number): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : ciDefault;
}

/** A fixed seed for CI (a failure reproduces), FUZZ_SEED for a long run. */
export function fuzzSeed(): number {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fromEnv) ? fromEnv : 20261130;
}

/** The longest timeout a timer holds (2³¹ − 1 ms, about 24.8 days): past it Node fires at once. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** A test's time limit for `cases` cases of up to `perCaseMs` each, never below `floorMs` nor past what a timer holds. */
export function fuzzTimeout(cases: number, perCaseMs: number, floorMs: number): number {
  return Math.min(LONGEST_TIMEOUT_MS, Math.max(floorMs, cases * perCaseMs));
}
