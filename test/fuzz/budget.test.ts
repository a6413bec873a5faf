import { describe, expect, it } from 'vitest';
import { fuzzTimeout } from './budget';

// A 100,000-case run's time limit once came to 2.88e9 ms, past what a timer holds: Node then fires
// it after 1 ms (TimeoutOverflowWarning), so a long run's limit must be capped, not overflow.

describe('fuzzTimeout', () => {
  it('scales with the cases, keeps its floor, and never passes 2³¹ − 1 ms', () => {
    expect(fuzzTimeout(10, 100, 600_000)).toBe(600_000);
    expect(fuzzTimeout(10_000, 100, 600_000)).toBe(1_000_000);
    expect(fuzzTimeout(100_000, 28_800, 60_000)).toBe(2 ** 31 - 1);
  });
});
