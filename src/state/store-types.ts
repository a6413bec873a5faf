import type { PortfolioSlice } from './portfolio-slice';
import type { ReportRequestsSlice } from './report-requests-slice';
import type { ResultsSlice } from './results-slice';
import type { ViewSlice } from './view-slice';

export type AppState = PortfolioSlice & ViewSlice & ResultsSlice & ReportRequestsSlice;

export interface StoreDeps {
  /** Milliseconds since the epoch; injected so tests control the merging of keystrokes. */
  now: () => number;
}
