import { describe, expect, it } from 'vitest';
import { draftFromJson } from '../../src/state/json-form';
import { COALESCE_MS, HISTORY_LIMIT } from '../../src/state/history';
import { createAppStore } from '../../src/state/store';
import { example } from './helpers';

function storeAt(file = 'btc-basis-trade.json') {
  let now = 1_000_000;
  const store = createAppStore(draftFromJson(example(file)), { now: () => now });
  return { store, tick: (ms: number) => (now += ms) };
}

describe('portfolio edits and their undo history', () => {
  it('undoes and redoes an edit', () => {
    const { store } = storeAt();
    store.getState().setBalance('USDC', '9000');
    expect(store.getState().draft.balances.USDC).toBe('9000');
    store.getState().undo();
    expect(store.getState().draft.balances.USDC).toBe('5000');
    store.getState().redo();
    expect(store.getState().draft.balances.USDC).toBe('9000');
  });

  it('makes keystrokes into one field a single undo step', () => {
    const { store, tick } = storeAt();
    for (const text of ['-', '-2', '-2.', '-2.5']) {
      store.getState().setPositionText(0, 'quantity', text);
      tick(100);
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().draft.positions[0]?.quantity).toBe('-1');
  });

  it('starts a new undo step after a pause or in another field', () => {
    const { store, tick } = storeAt();
    store.getState().setPositionText(0, 'quantity', '-2');
    tick(COALESCE_MS + 1);
    store.getState().setPositionText(0, 'quantity', '-3');
    store.getState().setPositionText(0, 'entryPrice', '90000');
    expect(store.getState().past).toHaveLength(3);
  });

  it('keeps invalid text as typed (the engine judges it)', () => {
    const { store } = storeAt();
    store.getState().setAssetField('BTC', 'price', '90,000');
    expect(store.getState().draft.assets.BTC?.price).toBe('90,000');
  });

  it('a new edit after undo clears the redo list', () => {
    const { store } = storeAt();
    store.getState().setName('A');
    store.getState().undo();
    store.getState().setBalance('USDC', '1');
    expect(store.getState().future).toEqual([]);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const { store, tick } = storeAt();
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) {
      store.getState().setBalance('USDC', String(i));
      tick(COALESCE_MS);
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('adds, duplicates and deletes positions, with fresh ids for copies', () => {
    const { store } = storeAt();
    store.getState().duplicatePosition(0);
    expect(store.getState().draft.positions.map((p) => p.id)).toEqual(['btc-perp-short', 'btc-perp-short-2']);
    store.getState().deletePosition(0);
    expect(store.getState().draft.positions.map((p) => p.id)).toEqual(['btc-perp-short-2']);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().draft.positions.map((p) => p.id)).toEqual(['btc-perp-short']);
  });

  it('switches a position to isolated margin and back, keeping the collateral typed', () => {
    const { store } = storeAt();
    store.getState().setPositionMargin(0, 'isolated');
    store.getState().setPositionCollateral(0, '2500');
    expect(store.getState().draft.positions[0]?.margin).toEqual({ mode: 'isolated', collateral: '2500' });
    store.getState().setPositionMargin(0, 'cross');
    expect(store.getState().draft.positions[0]?.margin).toEqual({ mode: 'cross' });
  });

  it('reshapes a position into an option with a strike and an expiry', () => {
    const { store } = storeAt();
    store.getState().setPositionType(0, 'option');
    const option = store.getState().draft.positions[0]!;
    expect(option).toMatchObject({ type: 'option', right: 'call', strike: '90450', premium: '0' });
    expect(option.expiry).toMatch(/^2026-12-24T08:00:00Z$/);
    expect(option).not.toHaveProperty('entryPrice');
  });

  it('removes an asset with its balance and overrides', () => {
    const { store } = storeAt();
    store.getState().addAsset('ETH', { price: '3000', volatility: '0.7' });
    store.getState().setBalance('ETH', '2');
    store.getState().setOverride('ETH', 'haircut', '0.1');
    store.getState().removeAsset('ETH');
    const draft = store.getState().draft;
    expect(draft.assets).not.toHaveProperty('ETH');
    expect(draft.balances).not.toHaveProperty('ETH');
    expect(draft.overrides).not.toHaveProperty('ETH');
  });

  it('an override left blank goes away', () => {
    const { store } = storeAt();
    store.getState().setOverride('BTC', 'haircut', '0.1');
    store.getState().setOverride('BTC', 'haircut', '');
    expect(store.getState().draft.overrides).toEqual({});
  });

  it('a start-up load is not undoable; a user replacement is', () => {
    const { store } = storeAt();
    store.getState().replacePortfolio(draftFromJson(example('lending-loop.json')), { undoable: false });
    expect(store.getState().past).toEqual([]);
    store.getState().replacePortfolio(draftFromJson(example('covered-call.json')));
    store.getState().undo();
    expect(store.getState().draft.rules).toBe('lending');
  });
});

describe('view settings', () => {
  it('clamps moves to what a price can do and forgets zero moves', () => {
    const { store } = storeAt();
    store.getState().setPriceMove('BTC', -5);
    expect(store.getState().priceMoves.BTC).toBe(-0.9);
    store.getState().setPriceMove('BTC', 0);
    expect(store.getState().priceMoves).toEqual({});
    store.getState().setJointMove(Number.NaN);
    expect(store.getState().jointMove).toBe(0);
  });

  it('adds a previewed trade as one undoable edit', () => {
    const { store } = storeAt();
    store.getState().startPreview({ id: 'preview-trade', type: 'perpetual', asset: 'BTC', quantity: '0.5', entryPrice: '90000' });
    store.getState().updatePreview({ quantity: '0.25' });
    store.getState().addPreviewToPortfolio();
    expect(store.getState().previewTrade).toBeNull();
    expect(store.getState().draft.positions.at(-1)).toMatchObject({ id: 'preview-trade', quantity: '0.25' });
    store.getState().undo();
    expect(store.getState().draft.positions).toHaveLength(1);
  });
});
