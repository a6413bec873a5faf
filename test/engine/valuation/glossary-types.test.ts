import { describe, expect, expectTypeOf, it } from 'vitest';
import type Decimal from 'decimal.js';
import { Dec } from '../../../src/engine/money';
import { asMoney, asPrice, asQuantity, type Money, type Price } from '../../../src/engine/types';
import { valueBalance } from '../../../src/engine/valuation/balance';
import { makeContext, markPrices } from '../../../src/engine/valuation/context';
import { valuePosition, type PositionGreeks } from '../../../src/engine/valuation/position';
import { basisTrade } from '../fixtures/books';

// Issue 14, item 2: the glossary's units are checked by the compiler. `tsc` checks this file
// (tsconfig includes test/): each `@ts-expect-error` below fails the type check the day the
// mistake it marks compiles again.

const ctx = makeContext(basisTrade());
const position = ctx.portfolio.positions[0]!;
const twoBtc = asQuantity(new Dec(2));
const sixtyThousand = asPrice(new Dec(60000));

describe('the glossary as types', () => {
  it('a price cannot stand where a quantity is expected, nor a plain decimal for either', () => {
    // Never called: only the compiler reads these.
    const mistakes = () => [
      // @ts-expect-error a price passed as the quantity (and a quantity as the price)
      valueBalance(ctx, 'BTC', sixtyThousand, twoBtc),
      // @ts-expect-error an unbranded decimal says nothing of its unit
      valueBalance(ctx, 'BTC', new Dec(2), sixtyThousand),
      // @ts-expect-error money is not a price
      valuePosition(ctx, position, asMoney(new Dec(60000))),
    ];
    expectTypeOf(mistakes).toBeFunction();
    // 2 BTC × 60,000 = 120,000 of value, in money.
    const held = valueBalance(ctx, 'BTC', twoBtc, sixtyThousand);
    expect(held.value.toString()).toBe('120000');
  });

  it('valuations say their units: money for values and margins, the model\'s doubles for greeks', () => {
    const v = valuePosition(ctx, position, markPrices(ctx.portfolio)[position.asset]!);
    expectTypeOf(v.maintenanceMargin).toEqualTypeOf<Money>();
    expectTypeOf(v.greeks).toEqualTypeOf<PositionGreeks | null>();
    expectTypeOf(markPrices(ctx.portfolio)).toEqualTypeOf<Record<string, Price>>();
    // A branded value is still a Decimal for arithmetic, and arithmetic gives back a plain Decimal.
    expectTypeOf(twoBtc.times(sixtyThousand)).toEqualTypeOf<Decimal>();
    expectTypeOf<Money>().not.toEqualTypeOf<Price>();
  });

  it('the constructors change nothing at run time', () => {
    const d = new Dec('1.5');
    expect(asMoney(d)).toBe(d);
    expect(asPrice(d)).toBe(d);
    expect(asQuantity(d)).toBe(d);
  });
});
