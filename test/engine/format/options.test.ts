import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateJson, type EvaluateOptions } from '../../../src/engine/index';

// What-if and chart options (src/engine/options.ts) are user input: each bad one comes back named,
// and none reaches the engine as NaN, Infinity or a non-positive price (issue 15 item 3).

const BOOK = {
  format: 'margin-lab/portfolio', version: 1, name: 'options', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
  assets: { BTC: { price: '60000', volatility: 0.55 }, USDC: { price: '1', volatility: 0 } },
  balances: { USDC: '20000' },
  positions: [{ id: 'perp', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' }],
};

const errorPaths = (options: unknown) => {
  const result = evaluateJson(BOOK, options as EvaluateOptions);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('what-if options', () => {
  it.each([
    ['a move of −100 % (price 0)', { priceMoves: { BTC: -1 } }, 'options.priceMoves.BTC'],
    ['a move of NaN', { priceMoves: { BTC: Number.NaN } }, 'options.priceMoves.BTC'],
    ['a move of Infinity', { priceMoves: { BTC: Number.POSITIVE_INFINITY } }, 'options.priceMoves.BTC'],
    ['a move given as text', { priceMoves: { BTC: '0.1' } }, 'options.priceMoves.BTC'],
    ['moves that are not a map', { priceMoves: [0.1] }, 'options.priceMoves'],
    ['a joint move of −150 %', { jointMove: -1.5 }, 'options.jointMove'],
    ['a joint move above +100 000 %', { jointMove: 1001 }, 'options.jointMove'],
    ['a curve to 1e300 (prices beyond a double)', { curveRange: { from: -0.5, to: 1e300, steps: 11 } }, 'options.curveRange'],
    ['a curve of 2.5 steps', { curveRange: { from: -0.5, to: 0.5, steps: 2.5 } }, 'options.curveRange'],
    ['a curve range that is null', { curveRange: null }, 'options.curveRange'],
    ['a top-up target of NaN', { topUps: [{ asset: 'BTC', targetHealthFactor: Number.NaN }] }, 'options.topUps[0].targetHealthFactor'],
    ['a top-up of an asset given as a list', { topUps: [{ asset: ['BTC'], targetHealthFactor: 2 }] }, 'options.topUps[0].asset'],
    ['top-ups that are not a list', { topUps: { asset: 'BTC' } }, 'options.topUps'],
    ['options that are not an object', 42, 'options'],
  ])('%s is named: %s', (_what, options, path) => {
    expect(errorPaths(options)).toEqual([path]);
  });

  it('accepts the bounds: a move just above −100 %, +100 000 %, a curve of 1001 steps', () => {
    expect(errorPaths({ priceMoves: { BTC: -0.999999 }, jointMove: 1000, curveRange: { from: -0.99, to: 1000, steps: 1001 } })).toEqual([]);
  });

  it('any JSON as options gives a report or named errors, never an exception', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0, 1, 1000, 1001, -0.999999));
    const options = fc.record({
      priceMoves: fc.oneof(fc.dictionary(fc.constantFrom('BTC', 'USDC', 'constructor', 'toString', 'x'), anyNumber), fc.anything()),
      jointMove: anyNumber,
      curveRange: fc.oneof(fc.record({ from: anyNumber, to: anyNumber, steps: fc.integer({ min: -5, max: 30 }) }), fc.anything()),
      topUps: fc.oneof(fc.array(fc.record({ asset: fc.constantFrom('BTC', 'USDC', 'valueOf'), targetHealthFactor: anyNumber }), { maxLength: 2 }), fc.anything()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(options, (o) => {
      const result = evaluateJson(BOOK, o as EvaluateOptions);
      if (!result.ok) return result.errors.every((e) => e.path.startsWith('options') && e.message.length > 0);
      return !/NaN|Infinity/.test(JSON.stringify(result.report));
    }), { numRuns: 60, seed: 20261130 });
  });
});
