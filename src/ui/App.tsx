import { lazy, Suspense } from 'react';
import { appStore, useApp } from '../state/app-store';
import { formatMillis } from './common/format';
import { Notices } from './common/Notices';
import { ResultStatus } from './common/ResultStatus';
import { useThemeAttribute } from './common/useThemeAttribute';
import { useUndoShortcuts } from './common/useUndoShortcuts';
import { Toolbar } from './portfolio/Toolbar';
import { HelpButton, Intro } from './views/Intro';
import { VIEWS, type ViewId } from './views/routes';
import { useRoute } from './views/useRoute';
import { ViewBoundary } from './views/ViewBoundary';
import { ViewNav } from './views/ViewNav';
import './views/views.css';

// Each view's code (and the workers of Risk and Cascades) is fetched when the view is first opened.
const VIEW_COMPONENTS: Record<ViewId, ReturnType<typeof lazy>> = {
  build: lazy(() => import('./views/BuildView')),
  risk: lazy(() => import('./views/RiskView')),
  cascades: lazy(() => import('./views/CascadesView')),
  learn: lazy(() => import('./views/LearnView')),
};

/** Resetting Build puts its view settings back (moves, previewed trade, top-up); the book stays. */
function resetViewSettings(view: ViewId): void {
  if (view !== 'build') return;
  const state = appStore.getState();
  state.resetMoves();
  state.dropPreview();
  state.setTopUpRequest(null);
}

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

export function App() {
  useUndoShortcuts();
  useThemeAttribute();
  const view = useRoute();
  const info = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const View = VIEW_COMPONENTS[view];
  return (
    <>
      <header className="app-header">
        <h1 className="app-title">Margin Lab</h1>
        <ViewNav current={view} />
        <div className="app-header__actions">
          <Toolbar />
          <HelpButton />
        </div>
      </header>
      <main className="app-main" data-view={view}>
        <Intro />
        <Notices />
        <ResultStatus />
        <ViewBoundary key={view} name={info.label} onReset={() => resetViewSettings(view)}>
          <Suspense fallback={<p className="muted">Loading the {info.label} view…</p>}>
            <View />
          </Suspense>
        </ViewBoundary>
      </main>
      <Footer />
    </>
  );
}
