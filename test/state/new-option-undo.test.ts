import { describe, expect, it } from 'vitest';
import { newPosition } from '../../src/state/defaults';
import { COALESCE_MS } from '../../src/state/history';
import { draftFromJson } from '../../src/state/json-form';
import { createAppStore } from '../../src/state/store';
import { example } from './helpers';

// Adding an option, then the table writing its model premium once the engine has valued it, is one
// thing the user did: one Undo takes the new option away, not its premium first.

function storeAt(file = 'btc-basis-trade.json') {
  let now = 1_000_000;
  const store = createAppStore(draftFromJson(example(file)), { now: () => now });
  return { store, tick: (ms: number) => (now += ms) };
}

describe('a new option and its model premium', () => {
  it('are one undo step, even when the engine answers after the typing pause', () => {
    const { store, tick } = storeAt();
    const before = store.getState().draft;
    const s = () => store.getState();
    s().addPosition(newPosition(before, 'option'));
    const index = s().draft.positions.length - 1;
    expect(s().draft.positions[index]?.premium).toBe('0');
    tick(COALESCE_MS * 4); // a slow engine: longer than keystrokes merge
    s().setPositionText(index, 'premium', '1234.56');
    expect(s().draft.positions[index]?.premium).toBe('1234.56');
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().draft).toBe(before);
    s().redo();
    expect(s().draft.positions[index]).toMatchObject({ type: 'option', premium: '1234.56' });
  });

  it('are one step when a row is turned into an option', () => {
    const { store } = storeAt();
    const s = () => store.getState();
    const before = s().draft;
    s().setPositionType(0, 'option');
    s().setPositionText(0, 'premium', '812.5');
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().draft).toBe(before);
  });

  it('a later premium edit is its own step', () => {
    const { store, tick } = storeAt();
    const s = () => store.getState();
    s().addPosition(newPosition(s().draft, 'option'));
    const index = s().draft.positions.length - 1;
    s().setPositionText(index, 'premium', '1000');
    tick(COALESCE_MS + 1);
    s().setPositionText(index, 'premium', '900');
    // add + model premium, then the user's change.
    expect(s().past).toHaveLength(2);
    s().undo();
    expect(s().draft.positions[index]?.premium).toBe('1000');
  });

  it('an edit in between ends the merge: the premium then is a step of its own', () => {
    const { store } = storeAt();
    const s = () => store.getState();
    s().addPosition(newPosition(s().draft, 'option'));
    const index = s().draft.positions.length - 1;
    s().setBalance('USDC', '9000');
    s().setPositionText(index, 'premium', '1000');
    expect(s().past).toHaveLength(3);
  });

  it('does not merge into a future or an option after undo', () => {
    const { store } = storeAt();
    const s = () => store.getState();
    s().addPosition(newPosition(s().draft, 'perpetual'));
    expect(s().newOption).toBeNull();
    s().addPosition(newPosition(s().draft, 'option'));
    const index = s().draft.positions.length - 1;
    s().undo();
    s().redo();
    s().setPositionText(index, 'premium', '1000');
    expect(s().past).toHaveLength(3);
  });
});
