import { describe, expect, it } from 'vitest';
import { createIntroStore, INTRO_CLOSED_KEY } from '../../src/state/intro';
import type { StorageLike } from '../../src/state/persistence';

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('the first-visit introduction', () => {
  it('opens on a first visit, and once closed stays closed on the next', () => {
    const storage = memoryStorage();
    const first = createIntroStore(storage);
    expect(first.getState().open).toBe(true);
    first.getState().close();
    expect(first.getState().open).toBe(false);
    expect(storage.map.get(INTRO_CLOSED_KEY)).toBe('1');
    expect(createIntroStore(storage).getState().open).toBe(false);
  });

  it('Help opens it again', () => {
    const storage = memoryStorage();
    storage.setItem(INTRO_CLOSED_KEY, '1');
    const intro = createIntroStore(storage);
    intro.getState().toggle();
    expect(intro.getState().open).toBe(true);
  });

  it('a storage that throws neither hides nor crashes it', () => {
    const throwing: StorageLike = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('denied'); },
      removeItem: () => undefined,
    };
    const intro = createIntroStore(throwing);
    expect(intro.getState().open).toBe(true);
    intro.getState().close();
    expect(intro.getState().open).toBe(false);
  });
});
