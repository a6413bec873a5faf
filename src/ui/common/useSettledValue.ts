import { startTransition, useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`. For views that are expensive to draw (the
 * charts take a few hundred milliseconds on a large book): while a slider is dragged, reports
 * arrive several times a second and the charts would block the page; they redraw once the value
 * rests, in a transition so typing can still interrupt the render. `hold` keeps the old value
 * however long the new one rests (a slider held down).
 */
export function useSettledValue<T>(value: T, delayMs: number, hold = false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (hold || Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs, hold]);
  return settled;
}
