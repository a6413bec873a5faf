import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBrackets } from '../../../src/engine/kernel/book';
import { initialRateFor, maintenanceFor } from '../../../src/engine/kernel/contribution';
import { linearTable, tableInitial, tableMaintenance } from '../../../src/engine/kernel/linear-table';
import { RULE_SETS } from '../../../src/engine/rules';

// One asset's cross futures summed into one piecewise-linear maintenance: at every price it must be
// the sum of each position's own bracket lookup, however many positions and brackets there are.

const venues = ['generic-cex', 'binance-usdm', 'bybit-linear', 'hyperliquid'] as const;

describe('linearTable', () => {
  it('equals the position-by-position sum of maintenance and initial margin at any price', () => {
    fc.assert(fc.property(
      fc.constantFrom(...venues), fc.constantFrom('BTC', 'ETH', 'SOL', 'DOGE'),
      fc.array(fc.double({ min: -5000, max: 5000, noNaN: true }), { minLength: 2, maxLength: 40 }),
      fc.array(fc.double({ min: 0, max: 2e6, noNaN: true }), { minLength: 1, maxLength: 10 }),
      (venue, asset, quantities, prices) => {
        const rules = RULE_SETS[venue];
        const own = rules.assets[asset] ?? rules.defaultAsset;
        const brackets = compileBrackets(own.maintenance, own.initialRate);
        const table = linearTable(brackets, Float64Array.from(quantities));
        for (const price of prices) {
          let maintenance = 0;
          let initial = 0;
          for (const q of quantities) {
            const notional = Math.abs(q) * price;
            maintenance += maintenanceFor(brackets, notional);
            initial += notional * initialRateFor(brackets, notional);
          }
          const scale = Math.max(1, maintenance, initial) * 1e-9;
          expect(Math.abs(tableMaintenance(table, price) - maintenance), `maintenance at ${price}`).toBeLessThanOrEqual(scale);
          expect(Math.abs(tableInitial(table, price) - initial), `initial at ${price}`).toBeLessThanOrEqual(scale);
        }
      },
    ), { numRuns: 500 });
  });
});
