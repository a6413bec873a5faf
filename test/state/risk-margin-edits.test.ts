import { describe, expect, it } from 'vitest';
import { draftFromJson, draftToJson } from '../../src/state/json-form';
import { setPortfolioMargin } from '../../src/state/risk-margin-edits';
import { createAppStore } from '../../src/state/store';
import { evaluate, validate } from '../../src/worker/api';
import { example } from './helpers';

describe('portfolio-margin settings in the draft', () => {
  it('round-trips the file’s portfolioMargin object and per-asset scan ranges unchanged', () => {
    const doc = {
      ...example('hedged-options-book.json'),
      portfolioMargin: { grid: 'deribit', volatilityShock: 0.3, extremeMultiple: 3, extremeWeight: 0.3, shortOptionMinimum: 0.02, interAssetOffset: true, maxOffset: 0.4, maintenanceShare: 0.6 },
      overrides: { BTC: { priceRange: 0.16 } },
    };
    expect(validate(doc)).toEqual({ ok: true });
    expect(draftToJson(draftFromJson(doc))).toEqual(doc);
  });

  it('writes numbers typed as text as JSON numbers, and removes an emptied setting', () => {
    let draft = draftFromJson(example('btc-basis-trade.json'));
    draft = setPortfolioMargin(draft, 'volatilityShock', '0.3');
    draft = setPortfolioMargin(draft, 'interAssetOffset', true);
    expect(draftToJson(draft).portfolioMargin).toEqual({ volatilityShock: 0.3, interAssetOffset: true });
    draft = setPortfolioMargin(draft, 'volatilityShock', '');
    draft = setPortfolioMargin(draft, 'interAssetOffset', undefined);
    expect(draft.portfolioMargin).toBeUndefined();
    expect(draftToJson(draft)).not.toHaveProperty('portfolioMargin');
  });

  it('leaves the draft as it was for an edit that changes nothing', () => {
    const draft = draftFromJson(example('btc-basis-trade.json'));
    expect(setPortfolioMargin(draft, 'grid', '')).toBe(draft);
    const once = setPortfolioMargin(draft, 'grid', 'deribit');
    expect(setPortfolioMargin(once, 'grid', 'deribit')).toBe(once);
  });

  it('sends mistyped text on for the engine to name the field', () => {
    const draft = setPortfolioMargin(draftFromJson(example('btc-basis-trade.json')), 'extremeWeight', 'lots');
    const verdict = validate(draftToJson(draft));
    expect(!verdict.ok && verdict.errors.map((e) => e.path)).toEqual(['portfolioMargin.extremeWeight']);
  });

  it('is an undoable edit of the store, and the report follows it', () => {
    const store = createAppStore(draftFromJson(example('hedged-options-book.json')));
    const before = evaluate(draftToJson(store.getState().draft)).value;
    store.getState().setPortfolioMargin('grid', 'deribit');
    const after = evaluate(draftToJson(store.getState().draft)).value;
    expect(before.ok && before.report.portfolioMargin?.grid).toBe('span');
    expect(after.ok && after.report.portfolioMargin?.grid).toBe('deribit');
    expect(after.ok && after.report.portfolioMargin?.assets[0]?.scenarios).toHaveLength(53);
    store.getState().undo();
    expect(store.getState().draft.portfolioMargin).toBeUndefined();
    store.getState().redo();
    expect(store.getState().draft.portfolioMargin).toEqual({ grid: 'deribit' });
  });

  it('edits a scan range through the asset overrides, undoably', () => {
    const store = createAppStore(draftFromJson(example('hedged-options-book.json')));
    store.getState().setOverride('BTC', 'priceRange', '0.2');
    const report = evaluate(draftToJson(store.getState().draft)).value;
    expect(report.ok && report.report.portfolioMargin?.assets.find((a) => a.asset === 'BTC')?.priceRange).toBe(0.2);
    store.getState().undo();
    expect(store.getState().draft.overrides.BTC).toBeUndefined();
  });
});
