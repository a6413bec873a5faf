import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRuleSets } from '../../src/engine/venues/compare';
import { compare, importVenue } from '../../src/worker/api';
import { exampleDocument as example } from '../fixtures/books';

describe('the engine worker API: venues', () => {
  it('compares a book exactly as the command line does (same function, same figures)', async () => {
    const book = example('leveraged-long.json');
    const { value, millis } = await compare(book, ['binance-usdm', 'hyperliquid']);
    const direct = compareRuleSets(book, ['binance-usdm', 'hyperliquid']);
    expect(value).toEqual(direct);
    expect(millis).toBeGreaterThanOrEqual(0);
  });

  it('answers an unknown rule set name as an error value, not an exception', async () => {
    const { value } = await compare(example('leveraged-long.json'), ['binance-usdm', 'nowhere']);
    expect(value.ok).toBe(false);
    if (!value.ok) expect(value.errors).toEqual([expect.objectContaining({ path: '--rules', message: expect.stringMatching(/^"nowhere" is not a rule set/) })]);
  });

  it('imports a venue export into a portfolio under the venue’s rules', async () => {
    const text = readFileSync(new URL('../fixtures/venues/binance-usdm-account.json', import.meta.url), 'utf8');
    const result = await importVenue(JSON.parse(text), { asOf: '2026-11-30T00:00:00Z' });
    expect(result.ok && result.portfolio.rules).toBe('binance-usdm');
    expect((await importVenue({ retCode: 10003, retMsg: 'API key is invalid.' })).ok).toBe(false);
  });
});
