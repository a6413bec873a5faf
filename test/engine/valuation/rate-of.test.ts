import { describe, expect, it } from 'vitest';
import { Dec, rateOf } from '../../../src/engine/money';

// The exact path multiplies by a rule set's rates (doubles) once per position; rateOf makes each
// Decimal once. It must be the double's own decimal value, whatever was asked before it.

describe('rateOf', () => {
  it('is the decimal the double reads as, made once and reused', () => {
    expect(rateOf(0.005).equals(new Dec('0.005'))).toBe(true);
    expect(rateOf(0.005)).toBe(rateOf(0.005));
    // 2 × 0.004 is 0.008 exactly as a double's shortest form; 0.1 + 0.2 is not 0.3.
    expect(rateOf(0.1 + 0.2).toString()).toBe('0.30000000000000004');
  });

  it('still answers right after its store is full and cleared', () => {
    for (let i = 0; i < 5000; i++) expect(rateOf(i / 1e6).equals(new Dec(i).div(1e6))).toBe(true);
    expect(rateOf(0.0125).toString()).toBe('0.0125');
  });
});
