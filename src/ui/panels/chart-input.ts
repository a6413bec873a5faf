import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useShownValue } from '../common/useShownValue';

// The charts and the headline are fed the report at the what-if prices and, while moves are set,
// today's report as the baseline, as the positions table is: held while a slider is, drawn in the
// report's own render for a small book and in React's deferred render for a large one
// (useShownValue). They used to wait for a timer and a transition each, and the table for a
// deferred render: three more commits, each followed by a frame of the browser's own (about 10 ms
// of style, paint and layerize on the largest example), which was most of an edit → chart.

export interface ChartInput {
  report: Report;
  baseline: Report | undefined;
}

export function useChartInput(): { report: Report | null; baseline: Report | undefined } {
  return useShownValue(useApp(useShallow((s) => ({ report: s.main.report, baseline: s.baseline ?? undefined }))));
}
