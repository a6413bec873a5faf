import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/shared/path';

describe('a JSON path as people read it', () => {
  it.each([
    [['positions', 2, 'strike'], 'positions[2].strike'],
    [['assets', 'BTC', 'price'], 'assets.BTC.price'],
    // A key that is not an identifier is quoted in brackets: a digit first, a slash, a dot, a space.
    [['balances', '1INCH'], 'balances["1INCH"]'],
    [['correlations', 'BTC/ETH'], 'correlations["BTC/ETH"]'],
    [['market', 'BTC.X', 'price'], 'market["BTC.X"].price'],
    [['crowd', 'cohorts', 0, 'name with space'], 'crowd.cohorts[0]["name with space"]'],
    // A path that starts with an index or a quoted key has no leading dot.
    [[3, 'id'], '[3].id'],
    [['1INCH', 'price'], '["1INCH"].price'],
    // The whole file.
    [[], '(file)'],
  ] as const)('%j → %s', (keys, shown) => {
    expect(formatPath(keys)).toBe(shown);
  });

  it('writes a symbol key (zod may put one on an issue) by its description, never throws', () => {
    expect(formatPath(['assets', Symbol('odd')])).toBe('assets["Symbol(odd)"]');
  });
});
