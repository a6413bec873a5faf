import { useDeferredValue, useState } from 'react';
import { useApp } from '../../state/app-store';
import { isSmallBook } from '../../state/book-size';

/** Stands in for the figures in the deferred value while the book is small: React then has nothing to redraw in the background. */
const NOT_DEFERRED = Symbol('not deferred');

/**
 * What the report's figures (the positions table, the headline, the charts) are drawn from, given
 * the latest: held while a what-if slider is (rows of figures and charts redrawn at each step of a
 * drag would make it stutter) and caught up on its release. A small book's figures are drawn in
 * the render the report arrives in: one commit and one frame, where React's deferred render had
 * the browser draw a frame between the two (about 10 ms of an edit → chart on the largest
 * example). A large book's wait for the deferred render, which React splits and typing interrupts
 * (see state/book-size.ts).
 */
export function useShownValue<T>(latest: T): T {
  const held = useApp((s) => s.sliderHeld);
  const small = useApp((s) => isSmallBook(s.draft));
  // The figures when a hold began, kept in state only while it lasts (set during render, React's
  // pattern for a value from an earlier render): no timer, and no second pass of the component
  // at every report, as a copy of each new value would make.
  const [kept, setKept] = useState<{ value: T } | null>(null);
  if (held && !kept) setKept({ value: latest });
  if (!held && kept) setKept(null);
  const shown = kept ? kept.value : latest;
  // A deferred value that changes schedules a background render even when it is not read: a small
  // book gives it a constant, so each report is drawn once.
  const deferred = useDeferredValue<T | typeof NOT_DEFERRED>(small ? NOT_DEFERRED : shown);
  return small || deferred === NOT_DEFERRED ? shown : deferred;
}
