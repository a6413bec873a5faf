import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec as Decimal } from '../../../src/engine/money';
import { importVenue } from '../../../src/engine/venues/index';
import { engineLiquidationPrice, evaluated, expectWithin, fixture, imported } from './agreement';

// test/fixtures/venues/binance-usdm-account.json: { positionRisk (v2), account (v2), leverageBracket (v1) }
// written from Binance's documented response shapes, its liquidationPrice and totalMaintMargin computed
// with Binance's published formula (see the README there): BTCUSDT cross long, ETHUSDT cross short,
// SOLUSDT isolated long, XRPUSDT isolated short, and DOGEUSDT listed at positionAmt 0 as v2 does.

type Export = {
  positionRisk: { symbol: string; positionAmt: string; liquidationPrice: string }[];
  account: { totalMaintMargin: string };
  leverageBracket?: unknown;
};

function agreesWithItsOwnFigures(name: string): void {
  const json = fixture(name) as Export;
  const report = evaluated(imported(json));
  for (const p of json.positionRisk) {
    if (Number(p.positionAmt) === 0) continue;
    expectWithin(engineLiquidationPrice(report, p.symbol), p.liquidationPrice, 0.001, `${p.symbol} liquidation price`);
  }
  expectWithin(report.account.maintenanceMargin, json.account.totalMaintMargin, 0.005, 'totalMaintMargin');
}

describe('importing a Binance USDⓈ-M export', () => {
  const json = fixture('binance-usdm-account.json') as Export;
  const result = imported(json);

  it('reads positions, the wallet and the account\'s brackets, keeping every digit', () => {
    expect(result.venue).toBe('binance-usdm');
    expect(result.portfolio.rules).toBe('binance-usdm');
    expect(result.portfolio.positions!.map((p) => [p.id, p.quantity])).toEqual([['BTCUSDT', '0.250'], ['ETHUSDT', '-6.500'], ['SOLUSDT', '120'], ['XRPUSDT', '-5000.0']]);
    expect(result.portfolio.assets.BTC!.price).toBe('96102.30000000');
    // Wallet 11,990.75 = cross 6,500 + the isolated wallets 4,350 (SOL, 120 × 181.25 ÷ 5) and 1,140.75 (XRP, 5,000 × 2.2815 ÷ 10).
    expect(result.portfolio.balances).toEqual({ USDT: '11990.75000000' });
    expect(result.portfolio.positions![2]!.margin).toEqual({ mode: 'isolated', collateral: '4350.00000000' });
    // ETHUSDT's table from leverageBracket, the last bracket open-ended; initial margin 1 ÷ leverage 10.
    const eth = result.portfolio.overrides!.ETH!;
    expect(eth.initialRate).toBe(0.1);
    // The bracket's own initialLeverage 5 → initial rate 1 ÷ 5.
    expect(eth.maintenance![5]).toEqual({ upTo: '5000000', rate: 0.1, amount: '135365', initialRate: 0.2 });
    expect(eth.maintenance!.at(-1)!.upTo).toBeNull();
    expect(result.warnings.map((w) => w.path)).not.toContain('leverageBracket');
  });

  it('agrees with every liquidationPrice within 0.1 % and with totalMaintMargin within 0.5 %', () => {
    agreesWithItsOwnFigures('binance-usdm-account.json');
  });

  it('reproduces Binance\'s cross-margin calculation example: ETHUSDT 1,153.26 and BTCUSDT 26,316.89', () => {
    // Binance FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", calc example as
    // transcribed by freqtrade (tests/exchange/test_binance.py, "From calc example"; second-hand, the
    // FAQ's figure is an image): WB 1,535,443.01, ETHUSDT long 3,683.979 at 1,456.84 (mark 1,335.18,
    // MMR 10 %, cum 135,365), BTCUSDT long 109.488 at 32,481.98 (mark 31,967.27, MMR 2.5 %, cum 16,300).
    // ETH: TMM1 = 109.488 × 31,967.27 × 0.025 − 16,300 = 71,200.811444; UPNL1 = 109.488 × (31,967.27 − 32,481.98) = −56,354.56848;
    // LP = (1,535,443.01 − 71,200.811444 − 56,354.56848 + 135,365 − 3,683.979 × 1,456.84) / (3,683.979 × 0.1 − 3,683.979) = 1,153.2564…
    const report = evaluated(imported(fixture('binance-calc-example.json')));
    expect(Number(report.account.liquidationPrices.ETH!.down)).toBeCloseTo(1153.26, 2);
    expect(Number(report.account.liquidationPrices.BTC!.down)).toBeCloseTo(26316.89, 2);
    agreesWithItsOwnFigures('binance-calc-example.json');
  });

  it('without leverageBracket uses the rule set\'s brackets and says so', () => {
    const { leverageBracket: _dropped, ...rest } = json;
    const result = imported(rest);
    expect(result.portfolio.overrides!.ETH!.maintenance).toBeUndefined();
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: 'leverageBracket' }));
  });

  it('reads the balance response in place of account', () => {
    const { account: _dropped, ...rest } = json;
    const result = imported({ ...rest, balance: [{ accountAlias: 'SgsR', asset: 'USDT', balance: '11990.75000000', crossWalletBalance: '6500.00000000', crossUnPnl: '0', availableBalance: '0', maxWithdrawAmount: '0', marginAvailable: true, updateTime: 1764460800000 }] });
    expect(result.portfolio.balances).toEqual({ USDT: '11990.75000000' });
  });

  it('refuses an export without the wallet, naming what is missing', () => {
    const { account: _dropped, ...rest } = json;
    const result = importVenue(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path: 'account', message: expect.stringContaining('is required') });
  });
});

describe('Binance symbols and hedge mode', () => {
  it('reads a delivery contract as a future expiring at 08:00 UTC, and hedge-mode sides as two positions', () => {
    const json = structuredClone(fixture('binance-usdm-account.json')) as { positionRisk: Record<string, unknown>[] };
    json.positionRisk[0]!.symbol = 'BTCUSDT_261225';
    json.positionRisk[1]!.positionSide = 'SHORT';
    const positions = imported(json).portfolio.positions!;
    expect(positions[0]).toMatchObject({ id: 'BTCUSDT_261225', type: 'future', asset: 'BTC', expiry: '2026-12-25T08:00:00Z' });
    expect(positions[1]).toMatchObject({ id: 'ETHUSDT-short', quantity: '-6.500' });
  });
});

describe('Binance\'s formula through the import (property)', () => {
  // Binance FAQ: LP = (WB − TMM1 + UPNL1 + cum − side·|q|·EP) / (|q|·MMR − side·|q|), with the bracket
  // that holds |q|·LP; isolated: WB = isolatedWallet, TMM1 = UPNL1 = 0; cross: WB = the cross wallet,
  // TMM1 and UPNL1 those of the other cross positions at their marks.
  const table = [
    { bracket: 1, initialLeverage: 50, notionalCap: 20000, notionalFloor: 0, maintMarginRatio: 0.01, cum: 0 },
    { bracket: 2, initialLeverage: 20, notionalCap: 200000, notionalFloor: 20000, maintMarginRatio: 0.025, cum: 300 },
    // 2 ** 63: what JSON.parse makes of Binance's last cap, 9223372036854775807.
    { bracket: 3, initialLeverage: 5, notionalCap: 2 ** 63, notionalFloor: 200000, maintMarginRatio: 0.1, cum: 15300 },
  ];
  const bracketOf = (notional: Decimal) => table.find((b) => notional.lessThanOrEqualTo(b.notionalCap))!;
  function binanceLp(q: Decimal, entry: Decimal, wallet: Decimal, otherMaintenance: Decimal, otherPnl: Decimal): Decimal | null {
    const side = q.isNegative() ? -1 : 1;
    for (const b of table) {
      const lp = wallet.minus(otherMaintenance).plus(otherPnl).plus(b.cum).minus(q.abs().times(entry).times(side)).div(q.abs().times(b.maintMarginRatio).minus(q.abs().times(side)));
      if (lp.greaterThan(0) && bracketOf(q.abs().times(lp)) === b) return lp;
    }
    return null;
  }
  const position = (symbol: string, q: Decimal, entry: Decimal, mark: Decimal, marginType: string, wallet: string) => ({
    symbol, positionAmt: q.toFixed(), entryPrice: entry.toFixed(), markPrice: mark.toFixed(), unRealizedProfit: '0', liquidationPrice: '0',
    leverage: '10', marginType, isolatedWallet: wallet, positionSide: 'BOTH', updateTime: 1764460800000,
  });

  it('gives the engine the venue\'s liquidation prices for a cross and an isolated position', () => {
    fc.assert(fc.property(
      fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0), fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0),
      fc.integer({ min: 900, max: 1100 }), fc.integer({ min: 500, max: 60000 }), fc.integer({ min: 200, max: 20000 }),
      (crossUnits, isolatedUnits, markPerMille, crossWalletTenths, isolatedWalletTenths) => {
        const qCross = new Decimal(crossUnits).div(4);
        const qIso = new Decimal(isolatedUnits).div(2);
        const [eCross, eIso] = [new Decimal(3000), new Decimal(150)];
        const [mCross, mIso] = [eCross.times(markPerMille).div(1000), eIso.times(2000 - markPerMille).div(1000)];
        const crossWallet = new Decimal(crossWalletTenths).div(10);
        const isoWallet = new Decimal(isolatedWalletTenths).div(10);
        const json = {
          positionRisk: [position('ETHUSDT', qCross, eCross, mCross, 'cross', '0'), position('SOLUSDT', qIso, eIso, mIso, 'isolated', isoWallet.toFixed())],
          account: { totalWalletBalance: crossWallet.plus(isoWallet).toFixed(), assets: [{ asset: 'USDT', walletBalance: crossWallet.plus(isoWallet).toFixed() }] },
          leverageBracket: [{ symbol: 'ETHUSDT', brackets: table }, { symbol: 'SOLUSDT', brackets: table }],
        };
        const report = evaluated(imported(json));
        const venueIso = binanceLp(qIso, eIso, isoWallet, new Decimal(0), new Decimal(0));
        const venueCross = binanceLp(qCross, eCross, crossWallet, new Decimal(0), new Decimal(0));
        // Only accounts not already past their liquidation price: the venue's formula says nothing of the others.
        const beyond = (q: Decimal, mark: Decimal, lp: Decimal | null) => lp !== null && (q.isNegative() ? lp.lessThanOrEqualTo(mark) : lp.greaterThanOrEqualTo(mark));
        fc.pre(!beyond(qIso, mIso, venueIso) && !beyond(qCross, mCross, venueCross));
        const close = (engine: string | null, venue: Decimal | null) =>
          venue === null || venue.lessThan(1e-9) ? engine === null || new Decimal(engine).lessThan(1e-6) : engine !== null && new Decimal(engine).minus(venue).abs().div(venue).lessThan(1e-12);
        return close(engineLiquidationPrice(report, 'SOLUSDT'), venueIso) && close(engineLiquidationPrice(report, 'ETHUSDT'), venueCross);
      },
    ), { numRuns: 25 });
  });
});
