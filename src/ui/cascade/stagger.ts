// Drawing a new run one chart at a time. React commits a render in one piece, so handing it every
// chart of a run, with their screen-reader tables, in one update makes one main-thread task of
// 100–250 ms on a modest machine, which stalls the playback and the page. Here each chart (and
// each table) takes its new data in a task of its own, in order, and the next waits until the
// previous one has been drawn (the frame after its commit): a few milliseconds to ~25 ms each.
import { useEffect, useState } from 'react';

export type Job = () => void;

export interface Stagger {
  /** Queue `job`; the returned function takes it off the queue if it has not run yet. */
  enqueue(job: Job): () => void;
  /** Jobs waiting (for tests). */
  pending(): number;
}

/**
 * `afterDrawn(next)` calls `next` once what the last job caused has been drawn: in the browser
 * the frame after it (a requestAnimationFrame, then a task, so that resize observers have run).
 */
export function createStagger(afterDrawn: (next: () => void) => void): Stagger {
  const queue: Job[] = [];
  /** A turn is scheduled: the next job's, or the wait for the last job's drawing. */
  let scheduled = false;
  function turn(): void {
    const job = queue.shift();
    if (!job) {
      scheduled = false;
      return;
    }
    try {
      job();
    } finally {
      afterDrawn(turn);
    }
  }
  return {
    enqueue(job) {
      queue.push(job);
      // Start from a task of its own, never inside the commit that queued it.
      if (!scheduled) {
        scheduled = true;
        afterDrawn(turn);
      }
      return () => {
        const i = queue.indexOf(job);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    pending: () => queue.length,
  };
}

function browserAfterDrawn(next: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(next, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(next, 0));
}

const stagger = createStagger(browserAfterDrawn);

/**
 * `value` once it is this chart's turn; null until its first value has come. A newer value
 * replaces a waiting one, so a chart never draws a run that has already been superseded.
 */
export function useStaggered<T>(value: T): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    if (shown === value) return undefined;
    return stagger.enqueue(() => setShown(value));
  }, [value, shown]);
  return shown;
}
