import { useDeferredValue } from 'react';
import { useApp } from '../../state/app-store';
import { isSmallBook } from '../../state/book-size';
import { useHeldValue } from './useHeldValue';

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
  const kept = useHeldValue(latest, held);
  const deferred = useDeferredValue(kept);
  return small ? kept : deferred;
}
