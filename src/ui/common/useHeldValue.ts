import { useState } from 'react';

/**
 * The value, except while `hold` is set: then the value it had when the hold began. For figures
 * that must not redraw during a slider drag and catch up on its release. Kept in state, set during
 * render (React's pattern for a value from an earlier render): no timer and no second pass.
 */
export function useHeldValue<T>(value: T, hold: boolean): T {
  const [kept, setKept] = useState(value);
  if (!hold && !Object.is(kept, value)) setKept(value);
  return hold ? kept : value;
}
