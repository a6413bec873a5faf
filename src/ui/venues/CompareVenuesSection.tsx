import { lazy, Suspense, useState } from 'react';
import { Section } from '../common/Section';

// The panel's code (and the worker's venue code) loads on the first click: the Build view is the
// first page, and its load budget has no room for a feature not every visit uses.
const ComparePanel = lazy(() => import('./ComparePanel'));

/** "Compare venues" in Build: the book under each venue's rules, opened on demand. */
export function CompareVenuesSection() {
  const [open, setOpen] = useState(false);
  return (
    <Section
      title="Compare venues"
      testId="compare-section"
      actions={
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide the comparison' : 'Compare under every venue'}
        </button>
      }
    >
      {open ? (
        <Suspense fallback={<p className="muted">Loading the comparison…</p>}>
          <ComparePanel />
        </Suspense>
      ) : (
        <p className="muted">This book under each venue’s rules side by side: margins, ratio, liquidation prices and the cash each would ask for.</p>
      )}
    </Section>
  );
}
