import { Session } from 'node:inspector/promises';
import { evaluate, parsePortfolio } from '../src/engine/index';
import { generateBook } from './generate-book';
const [positions = 1000, assets = 50, runs = 50] = process.argv.slice(2).map(Number);
const parsed = parsePortfolio(generateBook({ positions, assets, seed: 1 }));
if (!parsed.ok) throw new Error('x');
for (let i = 0; i < 20; i++) evaluate(parsed.value);
const session = new Session(); session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
for (let i = 0; i < runs; i++) evaluate(parsed.value);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as any;
const self = new Map<string, number>(); const incl = new Map<string, number>();
let total = 0;
function walk(n: any, stack: string[]) {
  const nm = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
  const s = n.selfSize as number; total += s;
  self.set(nm, (self.get(nm) ?? 0) + s);
  const st = [...stack, nm];
  for (const k of new Set(st)) incl.set(k, (incl.get(k) ?? 0) + s);
  for (const c of n.children) walk(c, st);
}
walk(profile.head, []);
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / runs / 1024).toFixed(0).padStart(7)} KB/run ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`total ${(total / runs / 1024).toFixed(0)} KB per run\nSELF\n${top(self, 30)}\nINCL\n${top(incl, 40)}`);
