import { appStore, useApp } from '../../state/app-store';
import { newPosition, uniqueId } from '../../state/defaults';
import { Results } from '../common/Results';
import { Section } from '../common/Section';
import { BeforeAfter } from './BeforeAfter';
import { PreviewForm } from './PreviewForm';

function startPreview() {
  const { draft, startPreview: start } = appStore.getState();
  const position = newPosition(draft);
  start({ ...position, id: uniqueId('preview-trade', draft.positions.map((p) => p.id)) });
}

/** Try a trade on a copy of the book: before → after, then add it or drop it. */
export function PreviewTradePanel() {
  const trade = useApp((s) => s.previewTrade);
  const before = useApp((s) => s.main.report);
  const after = useApp((s) => s.preview.report);
  const pending = useApp((s) => s.preview.pending);
  const errorCount = useApp((s) => s.preview.errors.length);
  const bookHasErrors = useApp((s) => s.main.errors.length > 0);
  const addToPortfolio = useApp((s) => s.addPreviewToPortfolio);
  const drop = useApp((s) => s.dropPreview);

  if (!trade) {
    return (
      <Section title="Preview a trade" testId="preview">
        <p className="muted small">See what a new position would do to health, margin and liquidation prices before adding it.</p>
        <button type="button" className="button button--primary" onClick={startPreview}>
          Preview a trade
        </button>
      </Section>
    );
  }
  return (
    <Section title="Preview a trade" testId="preview">
      <PreviewForm trade={trade} />
      <p className="result-status__line" role="status" aria-live="polite">
        {pending ? <span className="badge badge--updating">Updating…</span> : null}
        {bookHasErrors ? 'Fix the portfolio’s problems to preview the trade.' : errorCount > 0 ? 'Fix the trade’s terms to see its effect.' : null}
      </p>
      {before && after && errorCount === 0 ? (
        <Results label="before → after figures">
          <BeforeAfter before={before} after={after} tradeId={trade.id} />
        </Results>
      ) : null}
      <div className="inline-form">
        <button type="button" className="button button--primary" onClick={addToPortfolio} disabled={errorCount > 0}>
          Add to portfolio
        </button>
        <button type="button" className="button" onClick={drop}>
          Drop
        </button>
      </div>
    </Section>
  );
}
