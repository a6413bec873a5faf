import { readFileSync } from 'node:fs';
import { compare, evaluate, healthGrid, importVenue, ruleSets, validate } from '../../src/worker/api';
import type { EngineHandle } from '../../src/worker/engine-handle';
import type { StorageLike } from '../../src/state/persistence';

/** An example document from public/examples (the shared named books). */
export { exampleDocument as example } from '../fixtures/books';

/** A fetch for the example folder, from disk. */
export const fetchExamplesFromDisk = async (relativeUrl: string): Promise<unknown> => {
  const text = readFileSync(new URL(`../../public/${relativeUrl}`, import.meta.url), 'utf8');
  return JSON.parse(text) as unknown;
};

/** localStorage stand-in: the store tests run in Node, with no DOM. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** The real engine API, called in-process, behind the handle the app uses (no worker, no scheduling). */
export function inProcessEngine(): EngineHandle {
  return {
    evaluate: async (_channel, portfolio, options) => ({ status: 'done', value: evaluate(portfolio, options) }),
    validate: async (portfolio) => ({ status: 'done', value: validate(portfolio) }),
    ruleSets: async () => ({ status: 'done', value: ruleSets() }),
    healthGrid: async (portfolio, first, second, moves) => ({ status: 'done', value: healthGrid(portfolio, first, second, moves) }),
    compare: async (portfolio, names) => ({ status: 'done', value: await compare(portfolio, names) }),
    importVenue: async (exported, options) => ({ status: 'done', value: await importVenue(exported, options) }),
    dispose: () => undefined,
  };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
