import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// Every benchmark, one after the other; the cold one in a process of its own, before anything warms V8.
const cold = spawnSync(process.execPath, [join(import.meta.dirname, 'shipped.mjs'), join(import.meta.dirname, 'cold-edits.ts')], { stdio: 'inherit' });
if (cold.status !== 0) console.log(`(the cold-start bench exited with ${cold.status ?? cold.signal})`);
console.log('');
await import('./evaluate.bench');
console.log('');
await import('./montecarlo.bench');
console.log('');
await import('./cascade.bench');
