import { describe, expect, it } from 'vitest';
import { blankPortfolio, CUSTOM_ASSET } from '../../src/state/defaults';
import { addPosition } from '../../src/state/draft-edits';

const book = () => blankPortfolio(new Date('2026-11-24T00:00:00Z'));

describe('adding a position', () => {
  it('adds the asset the book lacks, at a common asset’s placeholder price, in the same edit', () => {
    const before = book();
    const after = addPosition(before, { id: 'sol-perp', type: 'perpetual', asset: 'SOL', quantity: '1', entryPrice: '150' });
    expect(after.assets.SOL).toEqual({ price: '150', volatility: '0.9' });
    expect(after.positions.map((p) => p.asset)).toEqual(['SOL']);
    // the old draft is untouched (undo keeps it)
    expect(Object.keys(before.assets)).toEqual(['USDC']);
  });

  it('takes a custom placeholder for a symbol it does not know, even one named like an Object.prototype key', () => {
    for (const symbol of ['ARB', 'constructor', '__proto__']) {
      const after = addPosition(book(), { id: 'x', type: 'perpetual', asset: symbol, quantity: '1', entryPrice: '1' });
      expect(Object.hasOwn(after.assets, symbol)).toBe(true);
      expect(after.assets[symbol]).toEqual(CUSTOM_ASSET);
    }
  });

  it('leaves an asset the book has as it is, and gives the position a free id', () => {
    const start = addPosition(book(), { id: 'usdc-perp', type: 'perpetual', asset: 'USDC', quantity: '1', entryPrice: '1' });
    const again = addPosition(start, { id: 'usdc-perp', type: 'perpetual', asset: 'USDC', quantity: '2', entryPrice: '1' });
    expect(again.assets).toBe(start.assets);
    expect(again.positions.map((p) => p.id)).toEqual(['usdc-perp', 'usdc-perp-2']);
  });
});
