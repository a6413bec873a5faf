import { parsePortfolio } from '../src/engine/index';
import { evaluateBook } from '../src/engine/evaluation';
import { generateBook } from './generate-book';
import * as contribution from '../src/engine/kernel/contribution';
const n = Number(process.argv[2] ?? 1000), a = Number(process.argv[3] ?? 50);
const parsed = parsePortfolio(generateBook({ positions: n, assets: a }));
if (!parsed.ok) throw new Error('bad');
// time stages
const t0 = performance.now();
for (let i = 0; i < 10; i++) evaluateBook(parsed.value);
console.log('evaluateBook', ((performance.now() - t0) / 10).toFixed(2));
void contribution;
