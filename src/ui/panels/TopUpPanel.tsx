import { lazy, Suspense, useState } from 'react';
import { useApp } from '../../state/app-store';
import { Section } from '../common/Section';

// The form (and the distance conversion) load when the trader asks for them: the first load's
// budget has no room to spare, and most visits never top up.
const TopUpForm = lazy(() => import('./TopUpForm'));

/** "Top up to reach …", opened on demand. */
export function TopUpPanel() {
  const [opened, setOpened] = useState(false);
  const asked = useApp((s) => s.topUpRequest !== null);
  return (
    <Section title="Top up collateral" testId="top-up">
      <p className="muted small">How much to add to bring the margin ratio (or a lending pool’s health factor) to a target, or to survive a given fall of every non-stable asset together.</p>
      {opened || asked ? (
        <Suspense fallback={<p className="muted small">Loading…</p>}>
          <TopUpForm />
        </Suspense>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setOpened(true)}>
          Top up to reach…
        </button>
      )}
    </Section>
  );
}
