import { describe, expect, it } from 'vitest';
import { draftFromJson, draftToJson, numberFromText } from '../../src/state/json-form';
import { validate } from '../../src/worker/api';
import { example } from './helpers';

const FILES = ['btc-basis-trade.json', 'covered-call.json', 'hedged-options-book.json', 'lending-loop.json', 'altcoin-book.json', 'leveraged-long.json', 'classroom-overleveraged.json'];

describe('the draft form of a portfolio', () => {
  it.each(FILES)('round-trips %s unchanged through the draft', (file) => {
    const doc = example(file);
    expect(draftToJson(draftFromJson(doc))).toEqual(doc);
  });

  it('writes a position once: an edited draft shares its untouched positions\' JSON, frozen, and writes the edited one again', () => {
    const draft = draftFromJson(example('hedged-options-book.json'));
    const first = draftToJson(draft).positions as Record<string, unknown>[];
    const edited = { ...draft, positions: draft.positions.map((p, i) => (i === 1 ? { ...p, quantity: '7' } : p)) };
    const second = draftToJson(edited).positions as Record<string, unknown>[];
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.quantity).toBe('7');
    // The same document as a draft that shares nothing with the first (a copy: nothing cached for it).
    expect(draftToJson(edited)).toEqual(draftToJson(structuredClone(edited)));
    expect(Object.isFrozen(second[0])).toBe(true);
  });

  it('keeps numbers as the text typed', () => {
    const draft = draftFromJson(example('btc-basis-trade.json'));
    expect(draft.assets.BTC).toEqual({ price: '90000', volatility: '0.5' });
  });

  it('turns number text into JSON numbers and leaves anything else for the engine to reject', () => {
    expect(numberFromText('0.55')).toBe(0.55);
    expect(numberFromText(' .5 ')).toBe(0.5);
    expect(numberFromText('1e-3')).toBe(0.001);
    expect(numberFromText('55%')).toBe('55%');
    expect(numberFromText('')).toBe('');
    expect(numberFromText('Infinity')).toBe('Infinity');
  });

  it('sends a mistyped volatility as text so the engine names the field', () => {
    const draft = draftFromJson(example('btc-basis-trade.json'));
    draft.assets.BTC = { price: '90000', volatility: 'high' };
    const verdict = validate(draftToJson(draft));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.errors.map((e) => e.path)).toEqual(['assets.BTC.volatility']);
  });

  it('forgives spaces around decimal strings', () => {
    const draft = draftFromJson(example('btc-basis-trade.json'));
    draft.balances.USDC = ' 5000 ';
    expect(validate(draftToJson(draft))).toEqual({ ok: true });
  });

  it('leaves out an option volatility left blank (the asset’s applies)', () => {
    const draft = draftFromJson(example('covered-call.json'));
    const option = draft.positions.find((p) => p.type === 'option')!;
    option.volatility = '';
    const doc = draftToJson(draft) as { positions: Record<string, unknown>[] };
    expect(doc.positions.find((p) => p.type === 'option')).not.toHaveProperty('volatility');
  });

  it('gives a draft, not an exception, for a document that is not a portfolio', () => {
    expect(draftFromJson(42).positions).toEqual([]);
    expect(draftFromJson({ positions: [{ type: 'nonsense' }] }).positions[0]?.type).toBe('perpetual');
  });
});
