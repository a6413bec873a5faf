import { describe, expect, it } from 'vitest';
import { importVenue } from '../../../src/engine/venues/index';
import { engineLiquidationPrice, evaluated, expectWithin, fixture, imported } from './agreement';

// test/fixtures/venues/bybit-v5-account.json: { positions, wallet, riskLimit } as the `result` objects of
// /v5/position/list, /v5/account/wallet-balance and /v5/market/risk-limit, written from Bybit's documented
// shapes, its liqPrice and totalMaintenanceMargin computed with Bybit's formulas (see the README there).
// BTCUSDT isolated long is Bybit's own published example (1 BTC at 20,000, 50×, MMR 0.5 % → 19,700);
// ETHUSDT cross short, SOLUSDT cross long, XRPUSDT isolated short, DOGEUSDT empty (side "").

type Export = {
  positions: { list: { symbol: string; side: string; liqPrice: string }[] };
  wallet: { list: { totalMaintenanceMargin: string }[] };
};

describe('importing a Bybit v5 export', () => {
  const json = fixture('bybit-v5-account.json') as Export;
  const result = imported(json);
  const report = evaluated(result);

  it('reads sides and sizes, isolated margins and the risk-limit tiers', () => {
    expect(result.venue).toBe('bybit-linear');
    expect(result.portfolio.rules).toBe('bybit-linear');
    expect(result.portfolio.positions!.map((p) => [p.id, p.quantity, p.margin?.mode])).toEqual([
      ['BTCUSDT', '1', 'isolated'], ['ETHUSDT', '-15', 'cross'], ['SOLUSDT', '800', 'cross'], ['XRPUSDT', '-20000', 'isolated'],
    ]);
    // Isolated margin = positionBalance: 1 × 20,000 ÷ 50 = 400 (the published example's IM).
    expect(result.portfolio.positions![0]!.margin).toEqual({ mode: 'isolated', collateral: '400' });
    // BTCUSDT tiers of 2,000,000 from 0.5 %; the second's mmDeduction 2,000,000 × 0.5 % = 10,000.
    expect(result.portfolio.overrides!.BTC!.maintenance!.slice(0, 2)).toEqual([
      { upTo: '2000000', rate: 0.005, amount: '0', initialRate: 0.01 }, { upTo: '4000000', rate: 0.01, amount: '10000', initialRate: 0.015 },
    ]);
  });

  it('gives Bybit\'s published isolated example its 19,700 exactly (maintenance at entry)', () => {
    // Bybit help centre, "Liquidation Price (USDT Contract)": LP = 20,000 − (400 − 100) / 1 = 19,700.
    expect(engineLiquidationPrice(report, 'BTCUSDT')).toBe('19700');
  });

  it('agrees with every liqPrice within 0.1 % and with totalMaintenanceMargin within 0.5 %', () => {
    for (const p of json.positions.list) {
      if (p.side === '' || p.liqPrice === '') continue;
      expectWithin(engineLiquidationPrice(report, p.symbol), p.liqPrice, 0.001, `${p.symbol} liqPrice`);
    }
    // Bybit values isolated maintenance at entry (100 + 76.82), the engine's account total at the mark
    // (100.0525 + 76.58): 0.05 % apart on this book.
    expectWithin(report.account.maintenanceMargin, json.wallet.list[0]!.totalMaintenanceMargin, 0.005, 'totalMaintenanceMargin');
  });

  it('reads the whole answer { retCode: 0, result } as well as the result alone', () => {
    const wrapped = { positions: { retCode: 0, retMsg: 'OK', result: json.positions, time: 1668556800000 }, wallet: { retCode: 0, retMsg: 'OK', result: json.wallet } };
    const again = imported(wrapped);
    expect(again.portfolio.positions).toEqual(result.portfolio.positions);
  });

  it('refuses a Bybit error answer in place of the wallet', () => {
    const answer = importVenue({ positions: json.positions, wallet: { retCode: 10003, retMsg: 'API key is invalid.', result: {}, retExtInfo: {}, time: 1668556800000 } });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors).toEqual([{ path: 'wallet', message: 'the venue answered with an error instead of data: 10003 "API key is invalid." (Bybit error response)' }]);
  });
});

describe('Bybit figures in their other forms', () => {
  const json = fixture('bybit-v5-account.json') as { positions: unknown; wallet: { list: { coin: Record<string, unknown>[] }[] }; riskLimit: { list: Record<string, unknown>[] } };

  it('reads tier rates Bybit prints as percent ("0.5", "1" at 100×) as fractions', () => {
    const percent = structuredClone(json);
    percent.riskLimit.list = [{ id: 1, symbol: 'BTCUSDT', riskLimitValue: '2000000', maintenanceMargin: '0.5', initialMargin: '1', isLowestRisk: 1, maxLeverage: '100.00', mmDeduction: '' }];
    // The tier's initial rate, "1" percent at 100×.
    expect(imported(percent).portfolio.overrides!.BTC!.maintenance).toEqual([{ upTo: null, rate: 0.005, amount: '0', initialRate: 0.01 }]);
  });

  it('prices another coin at usdValue ÷ equity, and leaves out one not switched on as collateral, saying so', () => {
    const coins = structuredClone(json);
    // 100 LINK worth 1,234.5 USD → 12.345 a LINK (no LINK position gives a mark); 3,000 MNT with collateralSwitch off.
    coins.wallet.list[0]!.coin.push({ coin: 'LINK', walletBalance: '100', equity: '100', usdValue: '1234.5', marginCollateral: true, collateralSwitch: true });
    coins.wallet.list[0]!.coin.push({ coin: 'MNT', walletBalance: '3000', equity: '3000', usdValue: '1500', marginCollateral: true, collateralSwitch: false });
    const result = imported(coins);
    expect(result.portfolio.balances).toMatchObject({ LINK: '100' });
    expect(result.portfolio.balances).not.toHaveProperty('MNT');
    expect(result.portfolio.assets.LINK!.price).toBe('12.345');
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: 'wallet.list[0].coin[2]', message: expect.stringContaining('not switched on as collateral') }));
  });
});
