import { evaluate, parsePortfolio } from '../src/engine/index';
import { generateBook } from './generate-book';
const n = Number(process.argv[2] ?? 1000), a = Number(process.argv[3] ?? 50);
const parsed = parsePortfolio(generateBook({ positions: n, assets: a }));
if (!parsed.ok) throw new Error('bad');
for (let i = 0; i < Number(process.argv[4] ?? 20); i++) evaluate(parsed.value);
