// npm run fuzz -- --runs 100000 [--seed 7]: every test/fuzz/*.test.ts and the compiled kernel's
// agreement with the exact path (test/engine/kernel/agreement.test.ts), with FUZZ_RUNS cases per
// property (and FUZZ_SEED), for a long run before a release; the fuzz suites print how many cases they tried.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function fail(message: string): never {
  console.error(`${message}\nusage: npm run fuzz -- --runs N [--seed S]`);
  process.exit(2);
}

let values: { runs?: string; seed?: string };
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } }));
} catch (error) {
  fail(`(flags): ${(error as Error).message}`);
}
const runs = Number(values.runs ?? 1000);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs: must be a whole number of cases, at least 1, not "${values.runs}"`);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) fail(`--seed: must be a whole number, not "${values.seed}"`);

const vitest = join(process.cwd(), 'node_modules', '.bin', 'vitest');
const env = { ...process.env, FUZZ_RUNS: String(runs), ...(seed === undefined ? {} : { FUZZ_SEED: String(seed) }) };
console.error(`fuzz: ${runs} cases per property${seed === undefined ? '' : `, seed ${seed}`}`);
const run = spawnSync(vitest, ['run', 'test/fuzz/', 'test/engine/kernel/agreement.test.ts', '--reporter=verbose'], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
