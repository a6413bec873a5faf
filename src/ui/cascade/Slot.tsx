// A chart's place in the results, drawn when its turn comes (stagger.ts); until its first value, a
// placeholder of about its height so the page does not jump.
import type { ReactNode } from 'react';
import { useStaggered } from './stagger';

export function Slot<T>({ value, minHeight, children }: { value: T; minHeight: number; children: (value: T) => ReactNode }) {
  const shown = useStaggered(value);
  if (shown === null) {
    return (
      <div className="cascade-slot" style={{ minHeight }} aria-busy="true">
        <p className="muted small">Drawing…</p>
      </div>
    );
  }
  return <>{children(shown)}</>;
}
