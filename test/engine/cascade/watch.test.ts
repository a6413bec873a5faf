import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/engine/cascade/prepare';
import { newRunState } from '../../../src/engine/cascade/prepare';
import { grossWeightedValue, PENDING, surplus, WATCHING } from '../../../src/engine/cascade/run-state';
import { advanceDrift, findLiquidatable, newWatch, watchAgain } from '../../../src/engine/cascade/watch';
import { scenarioArbitrary } from './arbitrary-scenario';
import { parsed } from './fixtures';

// The sorted lists, heaps and drift bound must find exactly what visiting every account finds:
// each account whose surplus is below 0 at the step's prices, and nobody else.

describe('finding liquidatable accounts without visiting the crowd', () => {
  it('finds the same accounts as a scan of every account, through price paths both ways, levies and re-watched accounts', () => {
    const path = fc.array(fc.record({
      moves: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -20, max: 20 }), fc.integer({ min: -300, max: 300 })), { minLength: 3, maxLength: 3 }),
      levy: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
      rewatch: fc.integer({ min: 0, max: 3 }),
    }), { minLength: 1, maxLength: 25 });
    fc.assert(fc.property(scenarioArbitrary(), path, (input, steps) => {
      const scenario = parsed(input);
      const prepared = prepare(scenario);
      const s = newRunState(prepared);
      const watch = newWatch(prepared.watchBase);
      const n = prepared.assets.length;
      const found = new Int32Array(s.crowd.accountCount);
      const previous = s.oracle.slice();
      const levyAdded = new Float64Array(2 * n);
      let pending: number[] = [];
      for (const step of steps) {
        // Re-watch some of the accounts found before, half of them with their positions halved
        // (as a partial liquidation leaves them), so the heaps are exercised.
        pending.forEach((a, k) => {
          if (k % 4 >= step.rewatch) return;
          if (k % 2 === 0) {
            for (let p = s.crowd.firstPosition[a]!; p < s.crowd.firstPosition[a + 1]!; p++) {
              const q = s.crowd.quantity[p]!;
              s.crowd.cash[a] = s.crowd.cash[a]! + (q / 2) * s.oracle[s.crowd.positionAsset[p]!]!;
              s.crowd.quantity[p] = q / 2;
            }
          }
          watchAgain(watch, s, a);
        });
        pending = pending.filter((a) => s.status[a] === PENDING);
        // A random walk (often still, sometimes ±2 %, sometimes ±30 % a step), and now and then a levy
        // of 3 % of today's price per unit on a bucket (exchange only).
        previous.set(s.oracle);
        for (let i = 0; i < n; i++) s.oracle[i] = Math.max(1e-6 * prepared.todayPrices[i]!, s.oracle[i]! * (1 + step.moves[i]! / 1000));
        levyAdded.fill(0);
        if (scenario.rules.kind === 'exchange') {
          for (let b = 0; b < 2 * n; b++) {
            const perUnit = step.levy[b]! === 3 ? 0.03 * prepared.todayPrices[b >> 1]! : 0;
            s.levyIndex[b] = s.levyIndex[b]! + perUnit;
            levyAdded[b] = perUnit;
          }
        }
        advanceDrift(watch, s, previous, levyAdded);
        const expected = new Set<number>();
        const nearZero = new Set<number>();
        for (let a = 0; a < s.crowd.accountCount; a++) {
          if (s.status[a] !== WATCHING) continue;
          const value = surplus(s, a);
          // Within rounding of zero either answer is right.
          if (Math.abs(value) <= 1e-9 * (1 + grossWeightedValue(s, a) + Math.abs(s.crowd.cash[a]!))) nearZero.add(a);
          else if (value < 0) expected.add(a);
        }
        const count = findLiquidatable(watch, s, found, 0);
        const got = new Set(Array.from(found.subarray(0, count)));
        for (const a of nearZero) { got.delete(a); expected.delete(a); }
        expect([...got].sort((x, y) => x - y)).toEqual([...expected].sort((x, y) => x - y));
        pending.push(...Array.from(found.subarray(0, count)));
      }
    }), { numRuns: 120 });
  });
});
