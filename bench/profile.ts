// npm run profile -- [positions] [assets] [runs]: where evaluate() spends its time on a generated
// book (bench/generate-book.ts, seed 1), by V8's sampling profiler: the functions with the most time
// of their own and the most time beneath them. A tool for working on issue 9; prints, asserts nothing.
import { Session } from 'node:inspector/promises';
import { evaluate, parsePortfolio } from '../src/engine/index';
import { generateBook } from './generate-book';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [positions = 20, assets = 5, runs = 300] = process.argv.slice(2).map(Number);
const parsed = parsePortfolio(generateBook({ positions, assets, seed: 1 }));
if (!parsed.ok) throw new Error(`the generated book does not parse: ${parsed.errors[0]?.message}`);
for (let i = 0; i < 20; i++) evaluate(parsed.value);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < runs; i++) evaluate(parsed.value);
const elapsed = (performance.now() - t0) / runs;
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();

const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.split('/').slice(-2).join('/')}`;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map<number, number>();
profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...time.values()].reduce((a, b) => a + b, 0);
const own = new Map<string, number>();
const beneath = new Map<string, number>();
for (const [id, t] of time) {
  own.set(name(byId.get(id)!), (own.get(name(byId.get(id)!)) ?? 0) + t);
  // A function counts once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = name(byId.get(at)!);
    if (!seen.has(key)) beneath.set(key, (beneath.get(key) ?? 0) + t);
    seen.add(key);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`).join('\n');
console.log(`evaluate() on generated ${positions} / ${assets}: ${elapsed.toFixed(2)} ms per run over ${runs} runs (profiled, so slower)`);
console.log(`\nown time\n${top(own, 25)}\n\nwith what it calls\n${top(beneath, 40)}`);
