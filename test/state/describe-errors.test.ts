import { describe, expect, it } from 'vitest';
import { describeErrors, namedPositions } from '../../src/state/documents';

// The problem list under the book and the reasons an import is refused name the place as the
// screen does: the row by its id and the field by its label, never the engine's JSON path.

const book = { positions: [{ id: 'btc-perp' }, { id: 'eth-call' }] };

describe('describeErrors', () => {
  it('names the position by its id and the field by its label', () => {
    const lines = describeErrors([{ path: 'positions[1].entryPrice', message: 'must be a positive decimal string' }], 8, book);
    expect(lines).toEqual(['Position eth-call, entry price: must be a positive decimal string']);
  });

  it('names assets, balances and the file in words, and no line holds an engine path', () => {
    const lines = describeErrors(
      [
        { path: 'assets.BTC.price', message: 'must be a positive decimal string' },
        { path: 'balances.USDC', message: 'must be a decimal string' },
        { path: 'positions[0].quantity', message: 'must be a decimal string' },
        { path: '', message: 'the book has no assets' },
      ],
      8,
      book,
    );
    expect(lines).toEqual([
      'Asset BTC, price: must be a positive decimal string',
      'Balance USDC: must be a decimal string',
      'Position btc-perp, size: must be a decimal string',
      'the book has no assets',
    ]);
    for (const line of lines) expect(line).not.toMatch(/positions\[|assets\.|balances\./);
  });

  it('names a position inside a message too ("duplicates the id of position btc-perp")', () => {
    const lines = describeErrors([{ path: 'positions[1].id', message: 'duplicates the id of positions[0]' }], 8, book);
    expect(lines).toEqual(['Position eth-call, id: duplicates the id of position btc-perp']);
  });

  it('lists each line once and says how many more there are past the limit', () => {
    const errors = [
      { path: 'positions[0].strike', message: 'must be a positive decimal string' },
      { path: 'positions[0].strike', message: 'must be a positive decimal string' },
      ...['a', 'b', 'c'].map((symbol) => ({ path: `assets.${symbol.toUpperCase()}.price`, message: 'is missing' })),
    ];
    // 4 distinct lines, limit 2: two shown and "… and 2 more".
    expect(describeErrors(errors, 2, book)).toEqual(['Position btc-perp, strike: must be a positive decimal string', 'Asset A, price: is missing', '… and 2 more']);
  });

  it('numbers a row whose id is unknown instead of printing its index', () => {
    expect(describeErrors([{ path: 'positions[2].strike', message: 'is missing' }], 8, book)).toEqual(['Position 3, strike: is missing']);
  });
});

describe('namedPositions of a document not yet checked', () => {
  it('takes the ids it can read and leaves odd ones blank (numbered on screen)', () => {
    expect(namedPositions({ positions: [{ id: 'a' }, { id: 7 }, null] })).toEqual({ positions: [{ id: 'a' }, { id: '' }, { id: '' }] });
  });

  it('holds nothing for a document without a list of positions, or one whose key comes from the prototype', () => {
    expect(namedPositions({ positions: 'x' })).toEqual({ positions: [] });
    expect(namedPositions(null)).toEqual({ positions: [] });
    expect(namedPositions(Object.create({ positions: [{ id: 'inherited' }] }) as unknown)).toEqual({ positions: [] });
  });
});
