import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/engine/index';
import { assetPath, balancePath, overridePath, positionPath } from '../../src/state/paths';
import { bookInput } from '../engine/fixtures/books';

describe('field paths', () => {
  it('name cells the way the engine names errors', () => {
    expect(positionPath(2, 'strike')).toBe('positions[2].strike');
    expect(assetPath('BTC', 'price')).toBe('assets.BTC.price');
    expect(balancePath('1INCH')).toBe('balances["1INCH"]');
    expect(overridePath('BTC', 'haircut')).toBe('overrides.BTC.haircut');
  });

  it('are the paths on the engine\'s own errors, so each message lands on its cell', () => {
    // A balance of an asset the book does not list, and a position whose quantity is not a number.
    const parsed = parsePortfolio(bookInput({
      balances: { '1INCH': '5' },
      positions: [{ id: 'p', type: 'perpetual', asset: 'BTC', quantity: 'lots', entryPrice: '60000' }],
    }));
    if (parsed.ok) throw new Error('the book must not parse');
    const paths = parsed.errors.map((e) => e.path);
    expect(paths).toContain(positionPath(0, 'quantity'));
    const unknown = parsePortfolio(bookInput({ balances: { '1INCH': '5' } }));
    expect(unknown.ok ? [] : unknown.errors.map((e) => e.path)).toEqual([balancePath('1INCH')]);
  });
});
