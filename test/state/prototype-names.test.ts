import { describe, expect, it } from 'vitest';
import { loadStartingPortfolio } from '../../src/state/bootstrap';
import { createCommands } from '../../src/state/commands';
import { draftFromJson, draftToJson } from '../../src/state/json-form';
import { savePersisted } from '../../src/state/persistence';
import { encodeShareHash } from '../../src/state/share-link';
import { createAppStore } from '../../src/state/store';
import { example, fetchExamplesFromDisk, inProcessEngine, MemoryStorage } from './helpers';

// Issue 15: a share link or an import with an asset named "toString" left a blank page that stayed
// blank after a reload ("e.trim is not a function"): `draft.balances.toString` of a book without
// that balance was Object.prototype.toString. Records keyed by symbols are prototype-free, through
// every edit.

const hostile = () => ({
  format: 'margin-lab/portfolio', version: 1, name: 'prototype names', asOf: '2026-11-24T00:00:00Z', quote: 'USD', rules: 'generic-cex',
  assets: { constructor: { price: '100', volatility: 0.5 }, toString: { price: '10', volatility: 0.8 }, valueOf: { price: '1', volatility: 0 } },
  balances: { valueOf: '1000', constructor: '2' },
  positions: [{ id: 'long', type: 'perpetual', asset: 'toString', quantity: '50', entryPrice: '10' }],
});

describe('asset names that are Object.prototype keys in the state layer', () => {
  it('read as absent where the book has no entry, before and after edits', () => {
    const draft = draftFromJson(hostile());
    expect(draft.balances.toString).toBeUndefined();
    expect(draft.overrides.constructor).toBeUndefined();
    const store = createAppStore(draft);
    store.getState().setBalance('hasOwnProperty', '1');
    store.getState().setOverride('toString', 'haircut', '0.1');
    store.getState().removeBalance('valueOf');
    store.getState().setAssetField('constructor', 'price', '101');
    const edited = store.getState().draft;
    expect(edited.balances.toString).toBeUndefined();
    expect(edited.balances.valueOf).toBeUndefined();
    expect(edited.overrides.constructor).toBeUndefined();
    expect(edited.assets.isPrototypeOf).toBeUndefined();
    const symbol: string = 'constructor';
    expect(edited.assets[symbol]?.price).toBe('101');
    expect(draftToJson(edited)).toMatchObject({ balances: { constructor: '2', hasOwnProperty: '1' }, overrides: { toString: { haircut: 0.1 } } });
  });

  it('open from a share link and an import, and again from storage after a reload', async () => {
    const storage = new MemoryStorage();
    const store = createAppStore(draftFromJson(example('btc-basis-trade.json')));
    const commands = createCommands({ store, engine: inProcessEngine(), fetchJson: fetchExamplesFromDisk });
    expect(await commands.openShareHash(encodeShareHash(hostile()))).toBe(true);
    expect(store.getState().draft.balances.toString).toBeUndefined();
    expect(await commands.importFile('hostile.json', JSON.stringify(hostile()))).toBe(true);
    savePersisted(storage, store.getState().draft, 'light');

    const reloaded = createAppStore();
    await loadStartingPortfolio({ store: reloaded, storage, fetchJson: fetchExamplesFromDisk });
    expect(reloaded.getState().draft.name).toBe('prototype names');
    expect(reloaded.getState().draft.balances.toString).toBeUndefined();
    expect(Object.keys(reloaded.getState().draft.assets)).toEqual(['constructor', 'toString', 'valueOf']);
  });
});
