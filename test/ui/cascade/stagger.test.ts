import { describe, expect, it } from 'vitest';
import { createStagger } from '../../../src/ui/cascade/stagger';

/** A stagger whose "drawn" moments the test calls by hand. */
function manual() {
  const waiting: (() => void)[] = [];
  const stagger = createStagger((next) => waiting.push(next));
  const drawn = () => waiting.shift()?.();
  return { stagger, drawn, waiting };
}

describe('drawing a new run one chart at a time', () => {
  it('runs one job per drawn frame, in order, never inside the call that queued it', () => {
    const { stagger, drawn } = manual();
    const ran: string[] = [];
    stagger.enqueue(() => ran.push('price'));
    stagger.enqueue(() => ran.push('volume'));
    stagger.enqueue(() => ran.push('fund'));
    expect(ran).toEqual([]);
    drawn();
    expect(ran).toEqual(['price']);
    drawn();
    expect(ran).toEqual(['price', 'volume']);
    drawn();
    drawn();
    expect(ran).toEqual(['price', 'volume', 'fund']);
    expect(stagger.pending()).toBe(0);
  });

  it('drops a job taken off the queue before its turn (a chart unmounted, or given a newer run)', () => {
    const { stagger, drawn } = manual();
    const ran: string[] = [];
    stagger.enqueue(() => ran.push('a'));
    const cancel = stagger.enqueue(() => ran.push('old b'));
    stagger.enqueue(() => ran.push('c'));
    cancel();
    for (let i = 0; i < 5; i++) drawn();
    expect(ran).toEqual(['a', 'c']);
  });

  it('keeps going after a job that throws', () => {
    const { stagger, drawn } = manual();
    const ran: string[] = [];
    stagger.enqueue(() => {
      throw new Error('boom');
    });
    stagger.enqueue(() => ran.push('next'));
    expect(() => drawn()).toThrow('boom');
    drawn();
    expect(ran).toEqual(['next']);
  });
});
