import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `delayMs`. A style that marks an update in progress is
 * set only for the slow ones: on a 1,000-position book the figures' dimming (a class on the
 * results, its opacity transition delayed) repainted the whole results area at every edit, 30 ms
 * of paint on the main thread beside the worker's evaluation on a 2-core machine, which doubled
 * its wall time (edit → figure 280 ms against 141 without it, in one traced edit).
 */
export function useLongRunning(active: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false);
  // Reset in the render that sees the change, not in an effect's cleanup: a reset queued there could
  // still be waiting when the next update starts, which would show the dim at once.
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    setLate(false);
  }
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return active && late;
}
