import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec as Decimal } from '../../../src/engine/money';
import { importVenue } from '../../../src/engine/venues/index';
import { engineLiquidationPrice, evaluated, expectWithin, fixture, imported } from './agreement';

// test/fixtures/venues/hyperliquid-*.json: a clearinghouseState written from Hyperliquid's documented
// response shape, its own figures computed with Hyperliquid's published formulas (see the README there):
// BTC cross long, ETH cross short, SOL isolated long, HYPE isolated short, a closed DOGE at size 0.

type State = { assetPositions: { position: { coin: string; liquidationPx: string | null; szi: string } }[]; crossMaintenanceMarginUsed: string };

describe('importing a Hyperliquid clearinghouseState', () => {
  const state = fixture('hyperliquid-clearinghouse-state.json') as State;
  const result = imported(state);
  const report = evaluated(result);

  it('detects the venue, keeps every digit of sizes and entries, and derives marks as positionValue ÷ |szi|', () => {
    expect(result.venue).toBe('hyperliquid');
    expect(result.portfolio.rules).toBe('hyperliquid');
    const eth = result.portfolio.positions!.find((p) => p.id === 'ETH-perp')!;
    expect(eth).toMatchObject({ quantity: '-8.2', entryPrice: '3650.5', margin: { mode: 'cross' } });
    // positionValue 29358.05 ÷ 8.2 = 3,580.25.
    expect(result.portfolio.assets.ETH!.price).toBe('3580.25');
    // The closed DOGE position (szi "0.0") is not imported.
    expect(result.portfolio.positions!.map((p) => p.id)).toEqual(['BTC-perp', 'ETH-perp', 'SOL-perp', 'HYPE-perp']);
    // Isolated SOL: marginUsed 4,656.45 − unrealizedPnl (−813.75) = 5,470.2, the margin put up (150 × 182.34 ÷ 5).
    expect(result.portfolio.positions!.find((p) => p.id === 'SOL-perp')!.margin).toEqual({ mode: 'isolated', collateral: '5470.2' });
  });

  it('carries maxLeverage as maintenance 1 ÷ (2 × maxLeverage) and the leverage as initial margin, in overrides', () => {
    // HYPE maxLeverage 10 → 5 %; leverage 3 → initial 1/3.
    expect(result.portfolio.overrides!.HYPE).toEqual({ maintenance: [{ upTo: null, rate: 0.05, amount: '0' }], initialRate: 1 / 3 });
    // BTC 40× is the rule set's first tier, so its higher tier (20× past 150M) is kept.
    expect(result.portfolio.overrides!.BTC!.maintenance![0]).toEqual({ upTo: '150000000', rate: 0.0125, amount: '0' });
  });

  it('agrees with every liquidationPx of the export within 0.1 %, and with crossMaintenanceMarginUsed within 0.5 %', () => {
    for (const { position } of state.assetPositions) {
      if (position.liquidationPx === null) continue;
      expectWithin(engineLiquidationPrice(report, `${position.coin}-perp`), position.liquidationPx, 0.001, `${position.coin} liquidation price`);
    }
    // crossMaintenanceMarginUsed counts the cross positions only: the engine's cross pool.
    expectWithin(report.account.pool.maintenanceMargin, state.crossMaintenanceMarginUsed, 0.005, 'cross maintenance');
  });

  it('reads a spotClearinghouseState bundled beside it without changing the perp margin', () => {
    const bundle = imported(fixture('hyperliquid-bundle.json'));
    // HYPE priced at its perp mark; PURR at cost (1,800 ÷ 10,000 = 0.18), with a warning; spot USDC left out, with a warning.
    expect(bundle.portfolio.balances).toMatchObject({ HYPE: '120.0', PURR: '10000.0' });
    expect(bundle.portfolio.assets.PURR!.price).toBe('0.18');
    expect(bundle.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['spotClearinghouseState.balances[0]', 'spotClearinghouseState.balances[2]']));
    // Spot tokens do not margin perpetuals on Hyperliquid (haircut 1): the liquidation prices are the same.
    const withSpot = evaluated(bundle);
    expect(withSpot.account.liquidationPrices.BTC!.down).toBe(report.account.liquidationPrices.BTC!.down);
  });

  it('matches the docs\' isolated liquidation price for any position (property)', () => {
    // Hyperliquid docs, "Liquidations": LP = mark − side · margin_available / |szi| / (1 − l · side),
    // l = 1 / (2 × maxLeverage), margin_available = isolated margin − maintenance at the mark.
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5000 }), fc.boolean(), fc.integer({ min: 1000, max: 9_000_000 }), fc.integer({ min: 900, max: 1100 }),
      fc.constantFrom(3, 5, 10, 20, 25, 40, 50), fc.integer({ min: 1, max: 3 }),
      (units, long, entryCents, markPerMille, maxLeverage, leverageShare) => {
        const size = new Decimal(units).div(100);
        const szi = long ? size : size.neg();
        const entry = new Decimal(entryCents).div(100);
        const mark = entry.times(markPerMille).div(1000);
        const leverage = Math.max(1, Math.floor(maxLeverage / leverageShare));
        const margin = size.times(entry).div(leverage).toDecimalPlaces(6);
        const pnl = szi.times(mark.minus(entry));
        const l = new Decimal(1).div(2 * maxLeverage);
        const side = long ? 1 : -1;
        const available = margin.plus(pnl).minus(size.times(mark).times(l));
        const venueLp = mark.minus(available.div(size).div(new Decimal(1).minus(l.times(side))).times(side));
        const equity = margin.plus(pnl);
        const summary = { accountValue: '1000', totalNtlPos: '0', totalRawUsd: '1000', totalMarginUsed: '0' };
        const json = {
          assetPositions: [{ type: 'oneWay', position: {
            coin: 'BTC', szi: szi.toFixed(), entryPx: entry.toFixed(), positionValue: size.times(mark).toFixed(), unrealizedPnl: pnl.toFixed(),
            marginUsed: equity.toFixed(), leverage: { type: 'isolated', value: leverage, rawUsd: margin.minus(szi.times(entry)).toFixed() },
            maxLeverage, liquidationPx: venueLp.toFixed(),
          } }],
          marginSummary: summary, crossMarginSummary: summary, crossMaintenanceMarginUsed: '0', withdrawable: '1000', time: 1764460800000,
        };
        const report = evaluated(imported(json));
        const engine = report.account.positions[0]!.liquidationPrice;
        // At leverage 1 a long's liquidation price is exactly 0 (none); the 40-digit arithmetic may leave ±1e-36.
        if (venueLp.lessThanOrEqualTo(mark.times(1e-20))) return engine === null;
        return engine !== null && new Decimal(engine).minus(venueLp).abs().div(venueLp).lessThan(1e-12);
      },
    ), { numRuns: 25 });
  });

  it('refuses a position whose figures are missing, naming each one', () => {
    const broken = structuredClone(state) as unknown as { assetPositions: { position: Record<string, unknown> }[] };
    delete broken.assetPositions[0]!.position.entryPx;
    broken.assetPositions[1]!.position.szi = 8.2;
    const result = importVenue(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual({ path: 'assetPositions[0].position.entryPx', message: 'is required' });
      expect(result.errors).toContainEqual({ path: 'assetPositions[1].position.szi', message: 'must be a decimal string such as "60000.5"' });
    }
  });
});

describe('a Hyperliquid export that does not add up', () => {
  it('warns when the account value is not the cross account plus the isolated equity', () => {
    const state = structuredClone(fixture('hyperliquid-clearinghouse-state.json')) as { marginSummary: { accountValue: string } };
    // The fixture's whole account: 26,701.05 cross + 4,656.45 (SOL) + 4,729.066667 (HYPE) = 36,086.566667.
    expect(imported(state).warnings.map((w) => w.path)).not.toContain('marginSummary.accountValue');
    state.marginSummary.accountValue = '36186.566667';
    expect(imported(state).warnings).toContainEqual(expect.objectContaining({ path: 'marginSummary.accountValue' }));
  });
});
