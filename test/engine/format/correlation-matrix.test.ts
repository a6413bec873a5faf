import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorrelationMatrix, lookupCorrelation } from '../../../src/engine/format/correlation';

describe('the correlation matrix a file describes', () => {
  it('holds at every pair what lookupCorrelation gives: the file\'s "A/B", else its "B/A", else the default', () => {
    const symbols = ['BTC', 'ETH', 'SOL', 'USDC', 'constructor', '__proto__x'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...symbols), { minLength: 1 }),
        fc.array(fc.tuple(fc.constantFrom(...symbols), fc.constantFrom(...symbols), fc.double({ min: -1, max: 1, noNaN: true })), { maxLength: 12 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (assets, entries, fallback) => {
          const correlations: Record<string, number> = Object.create(null) as Record<string, number>;
          for (const [a, b, rho] of entries) correlations[`${a}/${b}`] = rho;
          // A default that tells the pair apart, so a misplaced entry shows.
          const defaultOf = (a: string, b: string) => fallback * (a < b ? 1 : 0.5);
          const { matrix } = buildCorrelationMatrix(assets, correlations, defaultOf);
          assets.forEach((a, i) => assets.forEach((b, j) => expect(matrix[i]![j]).toBe(lookupCorrelation(correlations, a, b, defaultOf))));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads "A/B" before "B/A" where a file gives both (a hand-made case)', () => {
    const correlations = Object.assign(Object.create(null) as Record<string, number>, { 'BTC/ETH': 0.8, 'ETH/BTC': 0.6 });
    const { matrix } = buildCorrelationMatrix(['BTC', 'ETH', 'SOL'], correlations, () => 0.3);
    // Row BTC, column ETH is "BTC/ETH"; row ETH, column BTC is "ETH/BTC"; SOL's pairs are the default.
    expect(matrix).toEqual([[1, 0.8, 0.3], [0.6, 1, 0.3], [0.3, 0.3, 1]]);
  });
});
