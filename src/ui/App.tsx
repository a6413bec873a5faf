import { lazy, Suspense, type ReactNode } from 'react';
import { useApp } from '../state/app-store';
import { formatMillis } from './common/format';
import { LoadLater } from './common/LoadLater';
import { Notices } from './common/Notices';
import { ResultStatus } from './common/ResultStatus';
import { Section } from './common/Section';
import { useThemeAttribute } from './common/useThemeAttribute';
import { useUndoShortcuts } from './common/useUndoShortcuts';
import { PreviewTradePanel } from './panels/PreviewTradePanel';
import { WhatIfPanel } from './panels/WhatIfPanel';
import { AssetsTable } from './portfolio/AssetsTable';
import { BalancesTable } from './portfolio/BalancesTable';
import { PortfolioName } from './portfolio/PortfolioName';
import { PositionsTable } from './portfolio/PositionsTable';
import { RuleSetPicker } from './portfolio/RuleSetPicker';
import { Toolbar } from './portfolio/Toolbar';

// The charts (and Recharts with them) load after the tables: the book is editable at once.
const HeadlineArea = lazy(() => import('./panels/ReportCharts').then((m) => ({ default: m.HeadlineArea })));
const ChartsArea = lazy(() => import('./panels/ReportCharts').then((m) => ({ default: m.ChartsArea })));
// The risk panel (VaR / ES, stress, risk arrays, heatmaps) with its own worker: fetched once the
// page has settled, so the first load does not wait for it.
const RiskPanel = lazy(() => import('./risk/RiskPanel'));
// The cascade simulator (a crowd, a shock, the liquidation spiral) with its own worker, likewise.
const CascadePanel = lazy(() => import('./cascade/CascadePanel'));

function Footer() {
  const millis = useApp((s) => s.main.millis);
  return (
    <footer className="app-footer muted small">
      <p>
        Everything runs in this browser; nothing is sent anywhere. Last evaluation took <span data-testid="evaluate-millis">{formatMillis(millis)}</span> in the engine
        worker.
      </p>
    </footer>
  );
}

/** A region of figures, dimmed while a newer report is on its way (children do not re-render for it). */
function Results({ children }: { children: ReactNode }) {
  const pending = useApp((s) => s.main.pending);
  return (
    <div className={pending ? 'results is-updating' : 'results'} aria-busy={pending}>
      {children}
    </div>
  );
}

export function App() {
  useUndoShortcuts();
  useThemeAttribute();
  return (
    <>
      <header className="app-header">
        <h1 className="app-title">Margin Lab</h1>
        <Toolbar />
      </header>
      <main className="app-main">
        <Notices />
        <ResultStatus />
        <Results>
          <Suspense fallback={<p className="muted">Loading charts…</p>}>
            <HeadlineArea />
          </Suspense>
        </Results>
        <div className="layout">
          <div className="layout__main">
            <Section title="Portfolio" testId="portfolio">
              <PortfolioName />
              <RuleSetPicker />
            </Section>
            <AssetsTable />
            <BalancesTable />
            <PositionsTable />
          </div>
          <aside className="layout__side" aria-label="What-if and trade preview">
            <WhatIfPanel />
            <PreviewTradePanel />
          </aside>
        </div>
        <Results>
          <Suspense fallback={null}>
            <ChartsArea />
          </Suspense>
        </Results>
        <LoadLater label="Loading the risk panel…">
          <Suspense fallback={<p className="muted">Loading the risk panel…</p>}>
            <RiskPanel />
          </Suspense>
        </LoadLater>
        <LoadLater label="Loading the cascade simulator…">
          <Suspense fallback={<p className="muted">Loading the cascade simulator…</p>}>
            <CascadePanel />
          </Suspense>
        </LoadLater>
      </main>
      <Footer />
    </>
  );
}
