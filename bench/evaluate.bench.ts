// How long the engine takes to build a whole report for each example (in-process, one core).
// Prints figures; asserts nothing. Run: npm run bench
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateJson } from '../src/engine/index';

const dir = join(import.meta.dirname, '..', 'public', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('cascade-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log('evaluate (full report: valuation, liquidation prices, joint move, efficiency, 101-point curves)');
console.log('example'.padEnd(36), 'positions'.padStart(9), 'median ms'.padStart(10), 'min ms'.padStart(8));
for (const file of files) {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const positions = (json as { positions?: unknown[] }).positions?.length ?? 0;
  evaluateJson(json); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = evaluateJson(json);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${file} does not parse`);
  }
  console.log(file.padEnd(36), String(positions).padStart(9), median(times).toFixed(1).padStart(10), Math.min(...times).toFixed(1).padStart(8));
}
