import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { book } from '../fixtures/books';

// Aave v3 liquidation: aave/aave-v3-core, contracts/protocol/libraries/logic/LiquidationLogic.sol,
// _calculateAvailableCollateralToLiquidate: baseCollateral = debtToCover × debtPrice ÷ collateralPrice,
// maxCollateral = baseCollateral × liquidationBonus (1 + bonus); when maxCollateral > the user's
// collateral balance, all of it is taken and debtAmountNeeded = balance × collateralPrice ÷ debtPrice ÷ liquidationBonus.
// Close factor 50 %, 100 % at health ≤ CLOSE_FACTOR_HF_THRESHOLD (0.95e18). ETH: threshold 0.85, bonus 5 %.

const eth = (price: string) => ({ ETH: { price, volatility: 0.65 }, USDC: { price: '1', volatility: 0 } });

describe('lending liquidation as Aave v3 computes it', () => {
  it('values the seized collateral at the liquidation price, not today\'s (public/examples/lending-loop.json)', () => {
    const l = evaluate(book({ rules: 'lending', assets: eth('3000'), balances: { ETH: '50', USDC: '-83000' } })).lending!;
    // Liquidation price: 50 × p × 0.85 = 83,000 → p = 83,000 ÷ 42.5 = 1,952.941176…
    // Health there is 1 > 0.95: close factor 50 % → repay 41,500; collateral 41,500 × 1.05 = 43,575 of value,
    // 43,575 ÷ 1,952.941176… = 43,575 × 42.5 ÷ 83,000 = 22.3125 ETH (today's price would give 14.525).
    expect(l.closeFactor).toBe(0.5);
    expect(l.liquidation.maxRepayable).toBe('41500');
    expect(l.liquidation.repayAllowedByCloseFactor).toBe('41500');
    expect(l.liquidation.collateralSeized).toMatchObject({ asset: 'ETH', quantity: '22.3125', value: '43575', pricedAt: 'liquidation' });
    expect(Number(l.liquidation.collateralSeized!.price)).toBeCloseTo(83000 / 42.5, 9);
  });

  it('cuts the repayment when the collateral cannot cover it with its bonus', () => {
    // 10 ETH at 3,000 = 30,000 against 51,000 of debt: health 30,000 × 0.85 ÷ 51,000 = 0.5 ≤ 0.95, close factor 100 %.
    // 51,000 × 1.05 = 53,550 > 30,000 held: all 10 ETH are seized and the repayment is 30,000 ÷ 1.05 = 28,571.428571…
    const r = evaluate(book({ rules: 'lending', assets: eth('3000'), balances: { ETH: '10', USDC: '-51000' } }));
    expect(r.account.healthFactor).toBe('0.5');
    const l = r.lending!;
    expect(l.closeFactor).toBe(1);
    expect(l.liquidation.repayAllowedByCloseFactor).toBe('51000');
    expect(l.liquidation.maxRepayable).toBe('28571.428571428571429'); // 20 significant digits of 28,571.428571 428571…
    expect(l.liquidation.collateralSeized).toMatchObject({ asset: 'ETH', quantity: '10', value: '30000', price: '3000', pricedAt: 'today' });
  });

  it('values at today\'s mark once the account is liquidatable, without cutting a repayment the collateral covers', () => {
    // 10 ETH at 1,650: health 16,500 × 0.85 ÷ 15,000 = 0.935 ≤ 0.95 → close factor 100 %, repay 15,000;
    // 15,000 × 1.05 = 15,750 ≤ 16,500 held: 15,750 ÷ 1,650 = 9.545454… ETH, no cut.
    const l = evaluate(book({ rules: 'lending', assets: eth('1650'), balances: { ETH: '10', USDC: '-15000' } })).lending!;
    expect(l.liquidation.maxRepayable).toBe('15000');
    expect(l.liquidation.collateralSeized).toMatchObject({ value: '15750', price: '1650', pricedAt: 'today' });
    expect(Number(l.liquidation.collateralSeized!.quantity)).toBeCloseTo(15750 / 1650, 12);
  });

  it('counts a second collateral held at today\'s value when the seized asset falls alone', () => {
    // 10 ETH and 5,000 USDC against 20,000 DAI of debt: 10 × p × 0.85 + 5,000 × 0.85 (USDC's threshold) = 20,000
    // → p = (20,000 − 4,250) ÷ 8.5 = 1,852.941176…; health there 1: close factor 50 %, repay 10,000;
    // 10,000 × 1.05 = 10,500 of ETH → 10,500 × 8.5 ÷ 15,750 = 5.666… ETH.
    const assets = { ...eth('3000'), DAI: { price: '1', volatility: 0 } };
    const l = evaluate(book({ rules: 'lending', assets, balances: { ETH: '10', USDC: '5000', DAI: '-20000' } })).lending!;
    expect(l.liquidation.maxRepayable).toBe('10000');
    expect(Number(l.liquidation.collateralSeized!.price)).toBeCloseTo(15750 / 8.5, 9);
    expect(Number(l.liquidation.collateralSeized!.quantity)).toBeCloseTo(10500 * 8.5 / 15750, 12);
  });
});
