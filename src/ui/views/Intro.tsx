import { useId } from 'react';
import { useIntro } from './intro-store-instance';

/**
 * What the app is, what to try first, and that nothing leaves the browser: shown on a first visit,
 * not modal (the book is usable beside it), closed with one button and opened again with Help.
 */
export function Intro() {
  const open = useIntro((s) => s.open);
  const close = useIntro((s) => s.close);
  const headingId = useId();
  if (!open) return null;
  return (
    <section className="intro" aria-labelledby={headingId} data-testid="intro">
      <div className="intro__text">
        <h2 id={headingId}>Margin Lab: what a trade does to your margin</h2>
        <p>
          Build a book of spot balances, perpetuals, futures and options, and see its margin ratio (a lending pool’s health factor), margin and liquidation prices under a venue’s
          rules. Move prices to see what happens; preview a trade before you place it; work out how much collateral to add.
        </p>
        <p>
          <strong>Try first:</strong> pick an example from <em>Examples…</em> (the classroom one is close to liquidation), then drag the “All non-stable
          assets together” slider in <em>What if prices move</em>. <em>Risk</em> has VaR and stress tests, <em>Cascades</em> shows how one liquidation
          sets off the next, and <em>Learn</em> says what each example shows.
        </p>
        <p className="muted">Everything runs in this browser: your portfolio is kept here and nothing is sent anywhere.</p>
      </div>
      <button type="button" className="button" onClick={close}>
        Close the introduction
      </button>
    </section>
  );
}

/** The header's Help button: opens (or closes) the introduction. */
export function HelpButton() {
  const open = useIntro((s) => s.open);
  const toggle = useIntro((s) => s.toggle);
  return (
    <button type="button" className="button" aria-expanded={open} onClick={toggle}>
      Help
    </button>
  );
}
