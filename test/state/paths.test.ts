import { describe, expect, it } from 'vitest';
import { formatPath as enginePath } from '../../src/engine/format/path';
import { assetPath, balancePath, formatPath, positionPath } from '../../src/state/paths';

describe('field paths', () => {
  it.each([
    [['positions', 2, 'strike']],
    [['assets', 'BTC', 'price']],
    [['balances', '1INCH']],
    [['correlations', 'BTC/ETH']],
    [['positions', 0, 'margin', 'collateral']],
    [[]],
  ])('match the engine’s for %j', (path) => {
    expect(formatPath(path as (string | number)[])).toBe(enginePath(path as (string | number)[]));
  });

  it('name cells the way the engine names errors', () => {
    expect(positionPath(2, 'strike')).toBe('positions[2].strike');
    expect(assetPath('BTC', 'price')).toBe('assets.BTC.price');
    expect(balancePath('1INCH')).toBe('balances["1INCH"]');
  });
});
