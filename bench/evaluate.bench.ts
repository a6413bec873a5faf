// How long the engine takes to build a whole report (evaluate(): valuation, liquidation prices,
// joint move, three regimes, 101-point curves, risk arrays) for each example and for three seeded
// generated books, beside the goals of issue 9. In-process, one core, warm (see measure). Prints
// figures; asserts nothing.
// Wall time is what a user waits; CPU time is what the engine spent, which a busy machine inflates less.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { evaluate, evaluateJson, parsePortfolio, type ParseResult, type Portfolio } from '../src/engine/index';
import { createReusingParser } from '../src/engine/format/reusing-parser';
import { generateBook } from './generate-book';
import { referenceLoopMs } from './machine-speed';

const dir = join(import.meta.dirname, '..', 'public', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('cascade-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * A slider drag evaluates the same book again and again, so figures are taken warm: the book is
 * evaluated for 300 ms first (the JIT settles), then timed over at least 600 ms and 15 runs.
 */
function measure(json: unknown): { wall: number; cpu: number; min: number } {
  const parsed = parsePortfolio(json);
  if (!parsed.ok) throw new Error(`does not parse: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  const warm = performance.now();
  for (let i = 0; i < 5 || performance.now() - warm < 300; i++) evaluate(parsed.value);
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (wall.length < 15 || (performance.now() - start < 600 && wall.length < 2000)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    evaluate(parsed.value);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), min: Math.min(...wall) };
}

/** A book's figures, with the reference loop timed just before and just after them: a slow row beside a slow reference is the machine's. */
function row(name: string, positions: number, goal: string, json: unknown): void {
  const before = referenceLoopMs();
  const m = measure(json);
  const after = referenceLoopMs();
  console.log(name.padEnd(40), String(positions).padStart(9), m.wall.toFixed(2).padStart(10), m.min.toFixed(2).padStart(8), m.cpu.toFixed(2).padStart(9), goal.padStart(8), `${before.toFixed(1)} / ${after.toFixed(1)}`.padStart(12));
}

console.log(`evaluate (full report) — ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ref ms: bench/machine-speed.ts's fixed loop, timed before / after each book (compare within a run: it read 26–30 ms on the quiet hosts of 1–2 Dec, 45–53 on a later one where the engine ran faster)`);
console.log('book'.padEnd(40), 'positions'.padStart(9), 'median ms'.padStart(10), 'min ms'.padStart(8), 'cpu ms'.padStart(9), 'goal ms'.padStart(8), 'ref ms'.padStart(12));
for (const file of files) {
  const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const positions = (json as { positions?: unknown[] }).positions?.length ?? 0;
  row(file, positions, positions <= 20 ? '≤ 1' : '≤ 3', json);
}
/** The generated books, positions / assets, with issue 9's goal for each. */
const GENERATED = [[20, 5, '≤ 1'], [100, 10, '≤ 3'], [1000, 50, '≤ 16']] as const;
for (const [positions, assets, goal] of GENERATED) {
  row(`generated ${positions} / ${assets} assets (seed 1)`, positions, goal, generateBook({ positions, assets, seed: 1 }));
}
// The same books under the other two kinds of rule set. Issue 9 sets its goals on the generated
// books as generated (a centralised exchange's tiered rules); these show what the rule set costs:
// portfolio margin reprices every option under each of its 16 scenarios at every point of a sweep.
console.log('the same books under portfolio margin and a lending pool (no goal of their own)');
for (const rules of ['portfolio', 'lending'] as const) {
  for (const [positions, assets] of GENERATED) {
    row(`generated ${positions} / ${assets}, ${rules} rules`, positions, '—', generateBook({ positions, assets, seed: 1, rules }));
  }
}

type Parse = (json: unknown) => ParseResult<Portfolio>;

// What the engine worker does at each edit of a large book: read the whole document (the page
// sends it all), evaluate, and write the report. Reading every position again was a third of it;
// the worker's parser reads only the positions that changed (engine/format/reusing-parser.ts).
{
  const book = generateBook({ positions: 1000, assets: 50, seed: 1 }) as { positions: { quantity: string }[] };
  // Each call edits one position's size, as a keystroke does.
  const edits = Array.from({ length: 64 }, (_, i) => {
    const doc = structuredClone(book);
    doc.positions[(i * 37) % doc.positions.length]!.quantity = String(i + 1);
    return doc;
  });
  const reusing = createReusingParser();
  const timeEdits = (parse: Parse): number => {
    for (const doc of edits.slice(0, 16)) evaluateJson(doc, {}, parse);
    const times: number[] = [];
    for (const doc of edits.slice(16)) {
      const t0 = performance.now();
      evaluateJson(doc, {}, parse);
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const parseOnly = (parse: Parse): number => {
    const times = edits.slice(16).map((doc) => {
      const t0 = performance.now();
      parse(doc);
      return performance.now() - t0;
    });
    return median(times);
  };
  const whole = timeEdits(parsePortfolio);
  const reused = timeEdits(reusing);
  console.log(`an edit of 1,000 / 50 in the worker (parse, evaluate, report): ${whole.toFixed(2)} ms reading every position, ${reused.toFixed(2)} ms reading the edited one (parse alone ${parseOnly(parsePortfolio).toFixed(2)} → ${parseOnly(createReusingParser()).toFixed(2)} ms; the second parser starts cold, so its first edit reads all)`);
}
