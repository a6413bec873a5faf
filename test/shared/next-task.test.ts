import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/shared/next-task';

describe('nextTask', () => {
  it('resolves in a task of its own: after the microtasks queued before and after it', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('task'));
    queueMicrotask(() => order.push('microtask'));
    void Promise.resolve()
      .then(() => Promise.resolve())
      .then(() => order.push('chained microtasks'));
    await done;
    expect(order).toEqual(['microtask', 'chained microtasks', 'task']);
  });
});
