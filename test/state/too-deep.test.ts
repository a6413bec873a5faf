import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tooDeep } from '../../src/state/persistence';

/** The plain recursive definition: the path of the last too-deep object met, visiting fields last to first as the stack does. */
function reference(value: unknown, limit: number, path = '', depth = 0): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= limit) return path || '(top)';
  const steps: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v])
    : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v]);
  for (const [childPath, child] of steps.reverse()) {
    const found = reference(child, limit, childPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

describe('tooDeep', () => {
  it('names an object past the limit by its path (the first met, fields walked last to first), or the top', () => {
    // overrides (1) .BTC (2) .maintenance (3) [0] (4): four levels of objects under the top.
    const book = { name: 'x', overrides: { BTC: { maintenance: [{ upTo: '1' }] } } };
    expect(tooDeep(book, 5)).toBeNull();
    expect(tooDeep(book, 4)).toBe('overrides.BTC.maintenance[0]');
    expect(tooDeep(book, 1)).toBe('overrides');
    expect(tooDeep(book, 0)).toBe('(top)');
    // positions (1) [1] (2) .legs (3): the first object at the limit.
    expect(tooDeep({ positions: [{}, { legs: [[{}]] }] }, 3)).toBe('positions[1].legs');
    expect(tooDeep({ positions: [{}, { legs: [[{}]] }] }, 4)).toBe('positions[1].legs[0]');
  });

  it('counts only objects and arrays: strings, numbers and null are leaves', () => {
    expect(tooDeep('deep', 0)).toBeNull();
    expect(tooDeep(null, 0)).toBeNull();
    expect(tooDeep({ a: null, b: 'x', c: 1, d: [1, 2, 'x'] }, 2)).toBeNull();
    expect(tooDeep({ a: null, b: 'x', c: 1, d: [1, 2, ['x']] }, 2)).toBe('d[2]');
  });

  it('spells an empty key as the old walk did: no dot while the path is still empty', () => {
    expect(tooDeep({ '': { a: {} } }, 2)).toBe('a');
    expect(tooDeep({ '': { '': {} } }, 2)).toBe('(top)');
    expect(tooDeep({ x: { '': {} } }, 2)).toBe('x.');
  });

  it('reads keys named like Object.prototype members as plain fields', () => {
    const parsed = JSON.parse('{"__proto__":{"constructor":{"x":[]}}}') as unknown;
    expect(tooDeep(parsed, 3)).toBe('__proto__.constructor.x');
    expect(tooDeep(parsed, 4)).toBeNull();
  });

  it('walks a 100,000-deep array without overflowing the stack', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(tooDeep({ name: deep }, 8)).toBe('name[0][0][0][0][0][0][0]');
  });

  it('agrees with the recursive definition on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        expect(tooDeep(value, limit)).toBe(reference(value, limit));
      }),
      { numRuns: 2000 },
    );
  });
});
