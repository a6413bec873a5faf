// Runs a bench/ entry on the engine as the app ships it: bundled by rolldown, Vite's bundler, which
// keeps no function names. tsx (which runs the other scripts) wraps every named closure in
// __name(), a defineProperty each time the closure is made: up to 7 % of a small book's
// evaluation, a cost the app's worker never pays.
// node bench/shipped.mjs <entry.ts> [arguments for the entry]
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const [entry = 'bench/run.ts', ...args] = process.argv.slice(2);
const source = resolve(entry);
const outDir = resolve('node_modules/.cache/margin-lab-bench');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${basename(entry, '.ts')}.mjs`);
await build({
  input: source,
  platform: 'node',
  logLevel: 'warn',
  // package.json marks the sources free of side effects (for the app's tree-shaking), which would drop
  // every benchmark: a benchmark is nothing but its side effects.
  treeshake: false,
  // The entry finds the examples beside itself; bundled, it runs from the cache.
  transform: { define: { 'import.meta.dirname': JSON.stringify(dirname(source)) } },
  // One file: the benchmarks run one after the other.
  output: { file, format: 'esm', codeSplitting: false },
});
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(file).href);
