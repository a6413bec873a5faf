import { describe, expect, it } from 'vitest';
import { exampleDocument as example, exampleIndex } from '../fixtures/books';
import { evaluate, ruleSets, validate } from '../../src/worker/api';


describe('the engine worker API', () => {
  it('evaluates an example portfolio and says how long it took', () => {
    const { value, millis } = evaluate(example('btc-basis-trade.json'));
    expect(value.ok).toBe(true);
    if (value.ok) expect(value.report.account.positions.map((p) => p.id)).toEqual(['btc-perp-short']);
    expect(millis).toBeGreaterThanOrEqual(0);
  });

  it('returns bad input as field errors with paths, never throws', () => {
    const doc = example('btc-basis-trade.json') as { positions: { quantity: string }[] };
    doc.positions[0]!.quantity = 'lots';
    const { value } = evaluate(doc);
    expect(value.ok).toBe(false);
    if (!value.ok) expect(value.errors.map((e) => e.path)).toContain('positions[0].quantity');
  });

  it('passes what-if moves to the engine: a 10 % BTC rise shows in the report price', () => {
    const { value } = evaluate(example('btc-basis-trade.json'), { priceMoves: { BTC: 0.1 } });
    expect(value.ok && value.report.account.assets.find((a) => a.asset === 'BTC')?.price).toBe('99000');
  });

  it('validates without evaluating, and sends back only the verdict', () => {
    expect(validate(example('lending-loop.json'))).toEqual({ ok: true });
    const verdict = validate({ format: 'margin-lab/portfolio', version: 2 });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.errors.length).toBeGreaterThan(0);
  });

  it('lists the rule sets with a source and date each', () => {
    const sets = ruleSets();
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['generic-cex', 'lending']));
    for (const s of sets) {
      expect(s.source.length).toBeGreaterThan(0);
      expect(s.date).toMatch(/^\d{4}-\d{2}/);
    }
  });

  it('every example evaluates without errors', () => {
    const index = exampleIndex();
    for (const entry of index) {
      const { value } = evaluate(example(entry.file));
      expect(value.ok, entry.file).toBe(true);
    }
  });
});
