import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/state/is-record';

describe('isRecord: a JSON object whose fields may be read', () => {
  it('accepts objects, those without a prototype included', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ format: 'margin-lab/portfolio' })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
  });

  it('refuses null, arrays and every other JSON value', () => {
    for (const value of [null, undefined, [], [1], 'text', 3, true]) expect(isRecord(value)).toBe(false);
  });
});
