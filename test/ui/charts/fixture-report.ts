// A small, self-consistent Report for the chart tests: BTC and ETH against USDT, health factor 1.84.
// Consistency checks a reader can do by hand:
// - health factor = adjusted equity ÷ maintenance = 11040 ÷ 6000 = 1.84, the value of every curve at move 0;
// - BTC's curve is 1.0 at −30 %, its downMove, and 42000 = 60000 × (1 − 0.3);
// - ETH's curve is 1.0 at +40 %, its upMove, and 4200 = 3000 × 1.4;
// - the joint curve is 1.0 at −20 %, jointMove.down and distanceToLiquidation; 48000 = 60000 × 0.8, 2400 = 3000 × 0.8;
// - cross saving = 15000 − 9000 = 6000 = 40 % of isolated;
// - margin ratio = maintenance ÷ adjusted equity = 6000 ÷ 11040 = 0.5434…; the nearest liquidation is the
//   joint −20 %, in daily σ of BTC's 55 % a year: 0.55 ÷ √365 = 0.028788, 0.2 ÷ 0.028788 = 6.947 σ: safe (≥ 3 σ).
import type { PositionReport, Report } from '../../../src/engine';

const MOVES = [-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5];

const GREEKS_ZERO = { gamma: '0', vega: '0', theta: '0' };

function position(p: Partial<PositionReport> & Pick<PositionReport, 'id' | 'asset' | 'quantity' | 'marginMode'>): PositionReport {
  return {
    type: 'perpetual',
    notional: '0',
    unrealizedPnl: '0',
    markValue: '0',
    initialMargin: '0',
    maintenanceMargin: '0',
    marginBalance: null,
    liquidationPrice: null,
    healthFactor: null,
    delta: p.quantity,
    ...GREEKS_ZERO,
    ...p,
  };
}

const REPORT: Report = {
  format: 'margin-lab/report',
  version: 1,
  name: 'Test book: BTC long, ETH short',
  asOf: '2026-11-24T00:00:00Z',
  quote: 'USDT',
  rules: { name: 'generic-cex', title: 'Generic exchange', source: 'test', date: '2026-11-01', kind: 'exchange' },
  account: {
    equity: '11500.5',
    adjustedEquity: '11040',
    initialMargin: '9000',
    maintenanceMargin: '6000',
    healthFactor: '1.84',
    marginRatio: '0.54347826086956521739',
    health: {
      measure: 'margin ratio',
      value: '0.54347826086956521739',
      liquidated: false,
      zone: 'safe',
      nearestLiquidation: { along: 'joint', move: -0.2, dailyVolatility: 0.55 / Math.sqrt(365), dailySigmas: 0.2 / (0.55 / Math.sqrt(365)) },
    },
    freeMargin: '2040',
    liquidatable: false,
    distanceToLiquidation: -0.2,
    liquidationPrices: {
      BTC: { down: '42000', up: null, downMove: -0.3, upMove: null },
      ETH: { down: null, up: '4200', downMove: null, upMove: 0.4 },
    },
    jointMove: { down: -0.2, up: null, downPrices: { BTC: '48000', ETH: '2400' }, upPrices: null },
    positions: [
      position({ id: 'p1', asset: 'BTC', quantity: '1', marginMode: 'cross', notional: '60000', initialMargin: '6000', maintenanceMargin: '3000' }),
      position({
        id: 'p2',
        asset: 'ETH',
        quantity: '-5',
        marginMode: 'isolated',
        notional: '15000',
        initialMargin: '1500',
        maintenanceMargin: '750',
        marginBalance: '2000',
        liquidationPrice: '3450.25',
        healthFactor: '2.6666666666666666667',
      }),
      position({
        id: 'p3',
        asset: 'BTC',
        quantity: '0.1',
        marginMode: 'isolated',
        notional: '6000',
        marginBalance: '6000',
        liquidationPriceReason: 'fully collateralised: no price liquidates it',
      }),
    ],
    assets: [
      { asset: 'USDT', price: '1', stable: true, balance: '10000', delta: '0', collateralValue: '10000', ...GREEKS_ZERO },
      { asset: 'BTC', price: '60000', stable: false, balance: '0', delta: '1.1', collateralValue: '0', ...GREEKS_ZERO },
      { asset: 'ETH', price: '3000', stable: false, balance: '0', delta: '-5', collateralValue: '0', ...GREEKS_ZERO },
    ],
    pool: {
      equity: '11500.5',
      adjustedEquity: '11040',
      initialMargin: '9000',
      maintenanceMargin: '6000',
      collateralValue: '10000',
      liabilities: '0',
      unrealizedPnl: '1500.5',
      optionValue: '0',
      // Nothing isolated: the pool holds the quote balance as written (USD, not listed: 0).
      isolatedCollateral: '0',
      quoteBalance: '0',
    },
  },
  lending: null,
  portfolioMargin: null,
  efficiency: {
    isolated: { requiredCapital: '15000', survivableMove: -0.08 },
    cross: { requiredCapital: '9000', survivableMove: -0.2 },
    portfolio: null,
    crossSaving: { money: '6000', fraction: 0.4 },
  },
  healthCurves: {
    moves: MOVES,
    curves: [
      { name: 'BTC', healthFactor: [0.5, 0.75, 1.0, 1.3, 1.6, 1.84, 2.1, 2.4, 2.7, 3.0, 3.3] },
      { name: 'ETH', healthFactor: [6.5, 4.0, 3.2, 2.6, 2.2, 1.84, 1.6, 1.4, 1.2, 1.0, 0.85] },
      { name: 'joint', healthFactor: [0.4, 0.6, 0.8, 1.0, 1.4, 1.84, 2.3, 2.8, 3.4, 4.0, 4.8] },
    ],
  },
  topUps: [],
  warnings: [],
};

/** A fresh copy each call, so a test may change it freely. */
export function fixtureReport(): Report {
  return structuredClone(REPORT);
}
