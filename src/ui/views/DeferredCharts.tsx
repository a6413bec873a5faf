import { lazy, Suspense, useEffect, useState } from 'react';
import { useApp } from '../../state/app-store';

// Build's charts are a chunk of their own (plain SVG since the large-book work, ~10 KB gzipped; they
// carried Recharts, ~125 KB, before). They are fetched once the first report is on screen and the page is idle, so the
// table and the headline come first; a placeholder of the charts' height holds their place, so
// nothing below them jumps when they arrive.
const ChartsArea = lazy(() => import('../panels/ReportCharts'));

/** Marks the moment the charts are asked for: e2e/first-load.spec.ts counts what came before it. */
const CHARTS_REQUESTED_MARK = 'margin-lab:charts-requested';
/** Load anyway after this long, even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1000;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(run, 0);
  return () => window.clearTimeout(timer);
}

// The three charts' cards, empty, in the charts' own grid: side by side at 1440 px, stacked on a phone.
const CHARTS = ['Health against price move', 'Liquidation prices', 'Margin under each regime'] as const;

function Placeholder() {
  return (
    <div className="charts" data-testid="charts-placeholder" aria-busy="true">
      {CHARTS.map((name) => (
        <div key={name} className="charts-placeholder">
          <p className="muted">Loading the chart: {name.toLowerCase()}…</p>
        </div>
      ))}
    </div>
  );
}

export function DeferredCharts() {
  const reported = useApp((s) => s.main.report !== null);
  const [requested, setRequested] = useState(false);
  useEffect(() => {
    if (!reported || requested) return undefined;
    return whenIdle(() => {
      performance.mark(CHARTS_REQUESTED_MARK);
      setRequested(true);
    });
  }, [reported, requested]);
  if (!requested) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <ChartsArea />
    </Suspense>
  );
}
