import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../../src/engine/money';
import { toDouble } from '../../../src/engine/short-decimals';

// toDouble must be toNumber() to the last bit: the kernel's compile reads every number through it.

describe('toDouble', () => {
  const same = (text: string) => expect(Object.is(toDouble(dec(text)), dec(text).toNumber()), text).toBe(true);

  it('is toNumber() for hand-picked decimals: short, long, tiny, huge, zero and negative zero', () => {
    for (const text of ['0', '-0', '1', '-1', '0.1', '0.3', '1234567', '12345678', '99999999999999', '123456789012345', '0.000000001',
      '1e-22', '1e-23', '1e22', '1e23', '90000.5', '-3000.0001', '2.675', '9007199254740993', '0.1234567890123456789', '1e-300', '7e300']) same(text);
  });

  it('is toNumber() for random decimals of 1–20 digits at scales from 10⁻³⁰ to 10³⁰', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -30, max: 30 }), (digits, scale) => {
      same(`${digits}e${scale}`);
    }), { numRuns: 20_000 });
  });
});
