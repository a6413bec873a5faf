import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DraftPortfolio } from './draft';
import { blankPortfolio } from './defaults';
import { createPortfolioSlice } from './portfolio-slice';
import { createReportRequestsSlice } from './report-requests-slice';
import { createResultsSlice } from './results-slice';
import type { AppState, StoreDeps } from './store-types';
import { createViewSlice } from './view-slice';

export type { AppState } from './store-types';
export type AppStore = StoreApi<AppState>;

/** One store of four slices: the portfolio (with undo), the view, the engine's answers, and what else is asked of it. */
export function createAppStore(initial?: DraftPortfolio, deps: Partial<StoreDeps> = {}): AppStore {
  const fullDeps: StoreDeps = { now: deps.now ?? Date.now };
  const start = initial ?? blankPortfolio(new Date(fullDeps.now()));
  return createStore<AppState>()((...args) => ({
    ...createPortfolioSlice(start, fullDeps)(...args),
    ...createViewSlice(...args),
    ...createResultsSlice(...args),
    ...createReportRequestsSlice(...args),
  }));
}
