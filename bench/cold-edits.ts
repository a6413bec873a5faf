// The engine as the app's worker meets a newly imported book: in a process that has run nothing
// else, the 1,000 / 50 book is read and evaluated (the import), then edited one position at a time
// as a user types, each edit sent whole through the worker's own parser. The other benches time the
// engine warm; the first edits after an import run on code V8 has not optimised yet, and they are
// what a user waits for. Run by run.ts in a child process of its own; prints figures, asserts nothing.
import { evaluate } from '../src/worker/api';
import { generateBook } from './generate-book';

const EDITS = 30;
const book = generateBook({ positions: 1000, assets: 50, seed: 1 }) as { positions: { quantity: string }[] };
const imported = evaluate(structuredClone(book)).millis;
const edits: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const doc = structuredClone(book);
  doc.positions[(i * 37) % doc.positions.length]!.quantity = String(i + 2);
  // No options: the app sends none while the health chart keeps the engine's default range.
  edits.push(evaluate(doc).millis);
}
const late = edits.slice(20).sort((a, b) => a - b);
const shown = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `1,000 / 50 just imported, in a fresh process (as the worker after an import): import ${imported.toFixed(0)} ms; ` +
    `edits 1-5: ${shown(edits.slice(0, 5))} ms; 6-10: ${shown(edits.slice(5, 10))}; 21-30 median ${late[late.length >> 1]!.toFixed(1)} ms ` +
    '(the app\'s goal, edit → figure ≤ 250 ms, includes these)',
);
