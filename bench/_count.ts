import { parsePortfolio } from '../src/engine/index';
import { evaluateBook } from '../src/engine/evaluation';
import * as solve from '../src/engine/kernel/solve';
import { generateBook } from './generate-book';
const parsed = parsePortfolio(generateBook({ positions: 1000, assets: 50 }));
if (!parsed.ok) throw new Error('bad');
const e = evaluateBook(parsed.value);
console.log('joint', e.jointFactor, 'eff', e.efficiency);
void solve;
