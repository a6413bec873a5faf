import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/engine/index';
import { formatPath } from '../../src/shared/path';
import { assetPath, balancePath, describeProblem, overridePath, parsePath, positionPath, screenMessage, screenName } from '../../src/state/paths';
import { bookInput } from '../engine/fixtures/books';

const book = { positions: [{ id: 'btc-perp' }, { id: 'eth-dec' }, { id: '' }] };

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

  it('read back every path they write, whatever the keys (property)', () => {
    const key = fc.oneof(fc.nat({ max: 5000 }), fc.string(), fc.constantFrom('constructor', '__proto__', 'a.b', '"q"', 'x]y'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 5 }), (keys) => {
        expect(parsePath(formatPath(keys))).toEqual(keys);
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});

describe('what the screen calls a path', () => {
  it('names a position by the id shown in its row, and the field by its label', () => {
    expect(screenName('positions[0].quantity', book)).toBe('Position btc-perp, size');
    expect(screenName('positions[1].expiry', book)).toBe('Position eth-dec, expiry');
    expect(screenName('positions[1].entryPrice', book)).toBe('Position eth-dec, entry price');
    expect(screenName('positions[0].margin.collateral', book)).toBe('Position btc-perp, margin, isolated collateral');
    expect(screenName('positions[1]', book)).toBe('Position eth-dec');
  });

  it('falls back to the row number when the id is blank or the book is not given', () => {
    expect(screenName('positions[2].strike', book)).toBe('Position 3, strike');
    expect(screenName('positions[0].premium')).toBe('Position 1, premium');
  });

  it('names assets, balances, overrides, correlations and the top-level fields', () => {
    expect(screenName('assets.BTC.price')).toBe('Asset BTC, price');
    expect(screenName('balances["1INCH"]')).toBe('Balance 1INCH');
    expect(screenName('overrides.ETH.initialRate')).toBe('Asset ETH, initial rate');
    expect(screenName('overrides.ETH.maintenance[1].rate')).toBe('Asset ETH, maintenance brackets, bracket 2, rate');
    expect(screenName('correlations["BTC/ETH"]')).toBe('Correlation BTC/ETH');
    expect(screenName('asOf')).toBe('Valuation time');
    expect(screenName('portfolioMargin.volatilityShock')).toBe('Portfolio margin, volatility shock');
    expect(screenName('(file)')).toBe('The file');
  });

  it('takes asset names that are Object.prototype keys as plain names', () => {
    expect(screenName('assets.constructor.price')).toBe('Asset constructor, price');
    expect(screenName('positions[0].constructor', book)).toBe('Position btc-perp, constructor');
    expect(screenName('assets["__proto__"].volatility')).toBe('Asset __proto__, volatility');
  });

  it('leaves text that is not a path as it is', () => {
    expect(screenName('not a [path')).toBe('not a [path');
  });

  it('names position paths inside a message, and a whole problem as a line', () => {
    expect(screenMessage('"a" is already the id of positions[1]', book)).toBe('"a" is already the id of position eth-dec');
    expect(describeProblem({ path: 'positions[0].quantity', message: 'must be a decimal string' }, book)).toBe('Position btc-perp, size: must be a decimal string');
    expect(describeProblem({ path: '', message: 'the file is empty' })).toBe('the file is empty');
  });

  it('never shows an engine path for a position, an asset or a balance (property)', () => {
    const field = fc.constantFrom('quantity', 'entryPrice', 'expiry', 'strike', 'premium', 'volatility', 'asset', 'id');
    fc.assert(
      fc.property(fc.nat({ max: 2 }), field, fc.string({ minLength: 1 }), (index, name, symbol) => {
        const shown = [
          describeProblem({ path: positionPath(index, name), message: `clashes with positions[${index}]` }, book),
          describeProblem({ path: assetPath(symbol, 'price'), message: 'must be positive' }, book),
          describeProblem({ path: balancePath(symbol), message: 'must be a decimal string' }, book),
        ];
        for (const line of shown) {
          expect(line).not.toMatch(/positions\[|assets\.|balances[.[]|entryPrice/);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
