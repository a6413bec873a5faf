import { describe, expect, it } from 'vitest';
import { parsePortfolio, type FieldError } from '../../../src/engine/index';
import { decimalProblem, MAX_ASSETS, MAX_POSITIONS } from '../../../src/engine/format/bounds';

// The bounds the format states (README, "The portfolio file"; issue 15 item 5): everything outside
// them is refused with a message naming the field, so no figure derived from a file can become
// Infinity, NaN or a negative volatility inside the engine.

type Json = Record<string, unknown>;

function validFile(): Json {
  return {
    format: 'margin-lab/portfolio', version: 1, name: 'bounds', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
    assets: { BTC: { price: '60000', volatility: 0.55 }, USDC: { price: '1', volatility: 0 } },
    balances: { USDC: '20000' },
    positions: [
      { id: 'perp', type: 'perpetual', asset: 'BTC', quantity: '-1', entryPrice: '60100' },
      { id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '70000', expiry: '2026-12-25T08:00:00Z', quantity: '-1', premium: '1200' },
    ],
  };
}

function errorsAfter(change: (file: Json) => void): FieldError[] {
  const file = validFile();
  change(file);
  const result = parsePortfolio(file);
  if (result.ok) throw new Error('expected the file not to parse');
  return result.errors;
}

const position = (file: Json, i: number) => (file.positions as Json[])[i]!;
const btc = (file: Json) => (file.assets as Record<string, Json>).BTC!;
const ONE_AND_400_ZEROS = `1${'0'.repeat(400)}`;

type Case = [what: string, path: string, message: RegExp, change: (file: Json) => void];

const CASES: Case[] = [
  ['a price of 1 followed by 400 zeros (beyond a double)', 'assets.BTC.price', /too long/, (f) => { btc(f).price = ONE_AND_400_ZEROS; }],
  ['a price just above 10^15', 'assets.BTC.price', /at most 1,000,000,000,000,000/, (f) => { btc(f).price = '1000000000000000.1'; }],
  ['a price below 10^-12', 'assets.BTC.price', /at least 0\.000000000001/, (f) => { btc(f).price = '0.0000000000009'; }],
  ['a strike above 10^15', 'positions[1].strike', /at most 1,000,000,000,000,000/, (f) => { position(f, 1).strike = '2000000000000000'; }],
  ['a quantity above 10^15 in size', 'positions[0].quantity', /at most 1,000,000,000,000,000.* in size/, (f) => { position(f, 0).quantity = '-1000000000000001'; }],
  ['a quantity below 10^-12 in size', 'positions[0].quantity', /0 or at least 0\.000000000001/, (f) => { position(f, 0).quantity = '-0.0000000000001'; }],
  ['a balance above 10^15', 'balances.USDC', /at most 1,000,000,000,000,000/, (f) => { (f.balances as Json).USDC = '9999999999999999'; }],
  ['a premium above 10^15', 'positions[1].premium', /at most 1,000,000,000,000,000/, (f) => { position(f, 1).premium = '1000000000000001'; }],
  ['a volatility of 5e-323 (a denormal; daily σ printed as 5e-324, found by the 100,000-case fuzz)', 'assets.BTC.volatility', /0 \(the asset does not move\) or at least 0\.001/, (f) => { btc(f).volatility = 5e-323; }],
  ['a volatility shock above 1 (negative volatility)', 'portfolioMargin.volatilityShock', /at most 1/, (f) => { f.portfolioMargin = { volatilityShock: 1.5 }; }],
  ['an empty position id', 'positions[0].id', /must not be empty/, (f) => { position(f, 0).id = ''; }],
  ['a position id of spaces', 'positions[0].id', /must not be empty/, (f) => { position(f, 0).id = '   '; }],
  ['a position id with a control character', 'positions[0].id', /printable/, (f) => { position(f, 0).id = 'a\u0007b'; }],
  ['a position id with an invisible character', 'positions[0].id', /printable/, (f) => { position(f, 0).id = 'a\u200bb'; }],
  ['a duplicate position id', 'positions[1].id', /already the id of positions\[0\]/, (f) => { position(f, 1).id = 'perp'; }],
  ['a name with a control character', 'name', /printable/, (f) => { f.name = 'book\u0000'; }],
  ['a name that is a deeply nested array', 'name', /nested too deeply/, (f) => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    f.name = deep;
  }],
  ['an asset named "__proto__"', 'assets.__proto__', /reserved by JavaScript/, (f) => { f.assets = JSON.parse('{"__proto__":{"price":"1","volatility":0.1},"BTC":{"price":"1","volatility":0.1},"USDC":{"price":"1","volatility":0}}'); }],
  ['a correlation key "__proto__"', 'correlations.__proto__', /reserved by JavaScript/, (f) => { f.correlations = JSON.parse('{"__proto__":0.5}'); }],
  ['a correlation key that is not a pair', 'correlations.BTC', /must name a pair of assets as "A\/B"/, (f) => { f.correlations = { BTC: 0.5 }; }],
  ['an asset symbol with a space', 'assets["B TC"]', /must be an asset symbol/, (f) => { (f.assets as Json)['B TC'] = { price: '1', volatility: 0.1 }; }],
  // 250,000 × 0.005 = 1,250 at the second bracket's start: an amount of 2,000 would make maintenance −750 there.
  ['a maintenance amount above lower bound × rate', 'overrides.BTC.maintenance[1].amount', /at most the bracket's lower bound × rate \(1250\)/, (f) => {
    f.overrides = { BTC: { maintenance: [{ upTo: '250000', rate: 0.004, amount: '0' }, { upTo: null, rate: 0.005, amount: '2000' }] } };
  }],
  ['a first bracket with a maintenance amount (negative at notional 0)', 'overrides.BTC.maintenance[0].amount', /at most the bracket's lower bound × rate \(0\)/, (f) => {
    f.overrides = { BTC: { maintenance: [{ upTo: null, rate: 0.004, amount: '10' }] } };
  }],
  ['more assets than the format holds', 'assets', new RegExp(`at most ${MAX_ASSETS} assets`), (f) => {
    f.assets = Object.fromEntries(Array.from({ length: MAX_ASSETS + 1 }, (_, i) => [`A${i}`, { price: '1', volatility: 0.1 }]));
    f.balances = {};
    f.positions = [];
  }],
  ['more positions than the format holds', 'positions', new RegExp(`at most ${MAX_POSITIONS} positions`), (f) => {
    f.positions = Array.from({ length: MAX_POSITIONS + 1 }, (_, i) => ({ id: `p${i}`, type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '1' }));
  }],
];

describe('the format refuses what lies outside its bounds, naming the field', () => {
  it('accepts the file the cases start from', () => {
    expect(parsePortfolio(validFile())).toMatchObject({ ok: true });
  });

  it.each(CASES)('%s → %s', (_what, path, message, change) => {
    expect(errorsAfter(change)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts the bounds themselves: 10^15 and 10^-12, a volatility shock of exactly 1, a continuous bracket table', () => {
    const file = validFile();
    btc(file).price = '1000000000000000';
    position(file, 0).quantity = '-0.000000000001';
    position(file, 1).strike = '0.000000000001';
    (file.balances as Json).USDC = '-1000000000000000';
    file.portfolioMargin = { volatilityShock: 1 };
    // Continuous at 250,000: 250,000 × 0.004 − 0 = 250,000 × 0.005 − 250 = 1,000; 250 ≤ 250,000 × 0.005 = 1,250.
    file.overrides = { BTC: { maintenance: [{ upTo: '250000', rate: 0.004, amount: '0' }, { upTo: null, rate: 0.005, amount: '250' }] } };
    expect(parsePortfolio(file)).toMatchObject({ ok: true });
  });
});

describe('decimalProblem', () => {
  it('says what is wrong with each kind of decimal string, or nothing when it is in bounds', () => {
    expect(decimalProblem('0', 'signed')).toBeNull();
    expect(decimalProblem('0', 'nonNegative')).toBeNull();
    expect(decimalProblem('0', 'positive')).toBe('must be a positive decimal string');
    expect(decimalProblem('-1', 'nonNegative')).toBe('must be a decimal string, zero or more');
    expect(decimalProblem('1e5', 'signed')).toMatch(/no exponent/);
    expect(decimalProblem('1000000000000000', 'positive')).toBeNull();
    expect(decimalProblem('1000000000000000.000000000001', 'positive')).toMatch(/at most/);
    expect(decimalProblem(`0.${'0'.repeat(70)}1`, 'positive')).toMatch(/too long/);
  });
});
