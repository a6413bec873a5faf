import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftPortfolio, DraftPosition } from '../../src/state/draft';
import { setPositionText } from '../../src/state/draft-edits';
import { documentText } from '../../src/state/document-text';
import { draftFromJson, draftToJson, prototypeFreeRecord } from '../../src/state/json-form';
import { example } from './helpers';

// The saved and posted text of a draft, made from cached pieces, must be the text of the whole
// document: any user text (quotes, brackets, "positions" as a name, prototype keys) included.

// Text likely to confuse a splice: quotes, brackets, the key itself, escapes, prototype names.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('"positions":[{', '}]', '"}]', '\\', '\u0000', '__proto__', 'constructor', 'positions', '{"a":[1]}', '[]'),
);

const position: fc.Arbitrary<DraftPosition> = fc.record(
  {
    id: hostile,
    type: fc.constantFrom('perpetual', 'future', 'option'),
    asset: hostile,
    quantity: hostile,
    entryPrice: hostile,
    expiry: hostile,
    right: fc.constantFrom('call', 'put'),
    strike: hostile,
    premium: hostile,
    volatility: hostile,
    margin: fc.oneof(fc.constant({ mode: 'cross' as const }), hostile.map((collateral) => ({ mode: 'isolated' as const, collateral }))),
  },
  { requiredKeys: ['id', 'type', 'asset', 'quantity'] },
);

const record = <T>(value: fc.Arbitrary<T>) => fc.array(fc.tuple(hostile, value), { maxLength: 4 }).map((entries) => prototypeFreeRecord(entries));

const draft: fc.Arbitrary<DraftPortfolio> = fc.record({
  name: hostile,
  asOf: hostile,
  quote: hostile,
  rules: hostile,
  assets: record(fc.record({ price: hostile, volatility: hostile })),
  correlations: record(hostile),
  balances: record(hostile),
  positions: fc.array(position, { maxLength: 6 }),
  overrides: record(fc.record({ haircut: hostile }, { requiredKeys: [] })),
});

describe('the text of a draft', () => {
  it('is JSON.stringify(draftToJson(draft)) for any draft, hostile text included', () => {
    fc.assert(
      fc.property(draft, (d) => {
        expect(documentText(d)).toBe(JSON.stringify(draftToJson(d)));
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('is the whole document after an edit that shares the untouched positions', () => {
    const before = draftFromJson(example('altcoin-book.json'));
    const edited = setPositionText(before, 1, 'quantity', '-7.5');
    expect(edited.positions[0]).toBe(before.positions[0]);
    expect(documentText(before)).toBe(JSON.stringify(draftToJson(before)));
    const text = documentText(edited);
    expect(text).toBe(JSON.stringify(draftToJson(edited)));
    expect((JSON.parse(text) as { positions: { quantity: string }[] }).positions[1]!.quantity).toBe('-7.5');
  });

  it('is made once per draft: the same draft gives the very same string', () => {
    const d = draftFromJson(example('altcoin-book.json'));
    expect(Object.is(documentText(d), documentText(d))).toBe(true);
  });
});
