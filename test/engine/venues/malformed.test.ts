import { describe, expect, it } from 'vitest';
import { detectVenue, importVenue } from '../../../src/engine/venues/index';
import { fixture } from './agreement';

// Whatever is pasted, the import answers with `path: reason` and never throws.

function errorsOf(json: unknown): { path: string; message: string }[] {
  const result = importVenue(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('exports the import refuses', () => {
  it('detects each venue by the shape of its export', () => {
    expect(detectVenue(fixture('hyperliquid-clearinghouse-state.json'))).toBe('hyperliquid');
    expect(detectVenue(fixture('hyperliquid-bundle.json'))).toBe('hyperliquid');
    expect(detectVenue(fixture('binance-usdm-account.json'))).toBe('binance-usdm');
    expect(detectVenue(fixture('bybit-v5-account.json'))).toBe('bybit-linear');
    expect(detectVenue({ format: 'margin-lab/portfolio' })).toBeNull();
  });

  it('names a venue\'s error response for what it is', () => {
    expect(errorsOf({ code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' })).toEqual([
      { path: '(file)', message: 'the venue answered with an error instead of data: -2015 "Invalid API-key, IP, or permissions for action." (Binance error response)' },
    ]);
    expect(errorsOf({ retCode: 10003, retMsg: 'API key is invalid.', result: {}, retExtInfo: {}, time: 1 })[0]!.message).toContain('10003 "API key is invalid."');
    const binance = fixture('binance-usdm-account.json') as Record<string, unknown>;
    expect(errorsOf({ ...binance, positionRisk: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' } })[0]!.path).toBe('positionRisk');
  });

  it('refuses an empty account', () => {
    const summary = { accountValue: '0.0', totalNtlPos: '0.0', totalRawUsd: '0.0', totalMarginUsed: '0.0' };
    expect(errorsOf({ assetPositions: [], marginSummary: summary, crossMarginSummary: summary, crossMaintenanceMarginUsed: '0.0', withdrawable: '0.0', time: 1764460800000 }))
      .toEqual([{ path: '(file)', message: 'an empty account: no open position and no balance to import' }]);
    const bybit = fixture('bybit-v5-account.json') as { positions: { list: unknown[] }; wallet: unknown };
    expect(errorsOf({ positions: { list: [] }, wallet: { list: [{ accountType: 'UNIFIED', coin: [] }] } })[0]!.message).toContain('an empty account');
    void bybit;
  });

  it('refuses what is not a venue export, or not JSON data at all, with what it expected', () => {
    for (const json of [null, 42, 'text', {}, [], { hello: 'world' }]) {
      const errors = errorsOf(json);
      expect(errors[0]!.path).toBe('(file)');
      expect(errors[0]!.message).toMatch(/expected a Hyperliquid clearinghouseState response/);
    }
    expect(errorsOf([{ symbol: 'BTCUSDT', positionAmt: '1' }])[0]!.message).toContain('a bare Binance positionRisk array');
  });

  it('reports every broken field of a Binance export at once, with its path', () => {
    const json = structuredClone(fixture('binance-usdm-account.json')) as { positionRisk: Record<string, unknown>[]; account: Record<string, unknown> };
    json.positionRisk[0]!.positionAmt = 0.25;
    json.positionRisk[1]!.marginType = 'portfolio';
    delete json.account.assets;
    const errors = errorsOf(json);
    expect(errors).toContainEqual({ path: 'positionRisk[0].positionAmt', message: 'must be a decimal string such as "60000.5"' });
    expect(errors).toContainEqual({ path: 'positionRisk[1].marginType', message: 'must be "cross" or "isolated"' });
    expect(errors).toContainEqual({ path: 'account.assets', message: 'is required' });
  });

  it('never throws on hostile keys', () => {
    const json = JSON.parse('{"positionRisk":[{"symbol":"__proto__USDT","positionAmt":"1","entryPrice":"1","markPrice":"1","leverage":"1","marginType":"cross"}],"account":{"assets":[{"asset":"constructor","walletBalance":"5"}]}}');
    expect(() => importVenue(json)).not.toThrow();
  });
});
