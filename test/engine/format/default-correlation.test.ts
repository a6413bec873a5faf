import { describe, expect, it } from 'vitest';
import { defaultCorrelation, parsePortfolio } from '../../../src/engine/format/parse';
import { RULE_SETS } from '../../../src/engine/rules';

// A pair the file leaves out takes the rule set's default correlation, or 0 when either asset is a
// stablecoin: declared so, of volatility 0, or known by name. Hand-checked pairs.

function portfolio() {
  const parsed = parsePortfolio({
    format: 'margin-lab/portfolio', version: 1, name: 'defaults', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
    assets: {
      BTC: { price: '60000', volatility: 0.55 },
      USDC: { price: '1', volatility: 0 },
      USDT: { price: '1', volatility: 0.01 },
      XYZ: { price: '1', volatility: 0.02, stable: true },
      DAI: { price: '1', volatility: 0.01, stable: false },
      constructor: { price: '5', volatility: 0.7 },
    },
    positions: [],
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return parsed.value;
}

describe('the default correlation of a pair the file leaves out', () => {
  const fallback = RULE_SETS['generic-cex'].defaultCorrelation;
  const rho = defaultCorrelation(portfolio());

  it('is the rule set’s default between two moving assets, whatever they are named', () => {
    expect(fallback).toBe(0.5);
    expect(rho('BTC', 'constructor')).toBe(fallback);
    // DAI is declared not stable: its name does not make it one.
    expect(rho('BTC', 'DAI')).toBe(fallback);
  });

  it('is 0 with a stablecoin: of volatility 0 (USDC), known by name (USDT), or declared (XYZ)', () => {
    expect(rho('BTC', 'USDC')).toBe(0);
    expect(rho('USDT', 'BTC')).toBe(0);
    expect(rho('XYZ', 'constructor')).toBe(0);
  });

  it('judges an asset the book does not list by its name alone', () => {
    expect(rho('BTC', 'FDUSD')).toBe(0);
    expect(rho('BTC', 'toString')).toBe(fallback);
  });
});
