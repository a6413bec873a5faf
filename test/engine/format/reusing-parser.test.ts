import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../../src/engine/format/parse';
import { createReusingParser } from '../../../src/engine/format/reusing-parser';
import { EXAMPLES, mutate, mutationArbitrary } from '../../fuzz/mutate';

// The worker's parser reuses the positions it read from the last document. Whatever it is given, in
// whatever order, its answer must be parsePortfolio's: the same portfolio, or the same errors.

/** A parse result as text: Decimals by their value (decimal.js's toJSON), errors as they are. */
const text = (result: unknown) => JSON.stringify(result);

const book = () => structuredClone(EXAMPLES.find((e) => e.file === 'hedged-options-book.json')!.doc) as { positions: { quantity: string }[] } & Record<string, unknown>;

describe('the reusing parser', () => {
  it('reads a position again only when it changed, and answers as parsePortfolio does', () => {
    const parse = createReusingParser();
    const first = parse(book());
    if (!first.ok) throw new Error('the options book must parse');
    const edited = book();
    edited.positions[1]!.quantity = '7';
    const second = parse(edited);
    if (!second.ok) throw new Error('the edited options book must parse');
    // The untouched position is the object read last time; the edited one is read again.
    expect(second.value.positions[0]).toBe(first.value.positions[0]);
    expect(second.value.positions[1]).not.toBe(first.value.positions[1]);
    expect(second.value.positions[1]!.quantity.toString()).toBe('7');
    expect(text(second)).toBe(text(parsePortfolio(edited)));
  });

  it('hands out positions that nothing can change', () => {
    const parse = createReusingParser();
    const result = parse(book());
    if (!result.ok) throw new Error('the options book must parse');
    const position = result.value.positions[0]! as { id: string };
    expect(() => {
      position.id = 'changed';
    }).toThrow(TypeError);
  });

  it('gives parsePortfolio\'s answer for every document of a run of mutated examples, valid or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ example: fc.nat({ max: EXAMPLES.length - 1 }), mutations: fc.array(mutationArbitrary(6), { maxLength: 3 }) }), { minLength: 1, maxLength: 6 }),
        (steps) => {
          const parse = createReusingParser();
          for (const { example, mutations } of steps) {
            const doc = mutate(EXAMPLES[example]!.doc, mutations);
            // Twice: once after another document, once after itself (every position reused).
            expect(text(parse(doc))).toBe(text(parsePortfolio(doc)));
            expect(text(parse(doc))).toBe(text(parsePortfolio(doc)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
