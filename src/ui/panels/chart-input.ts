import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useHeldValue } from '../common/useHeldValue';

// The charts and the headline are fed the report at the what-if prices and, while moves are set,
// today's report as the baseline. They redraw in the render the report arrives in, with the
// positions table (useShownReport) and every other figure: one render, one layout, one paint.
// They used to wait for a timer and a transition each (and the table for a deferred render): three
// more commits, each followed by a frame of the browser's own (about 10 ms of style, paint and
// layerize on the largest example), which was most of an edit → chart. The render they now share
// takes about 12 ms on the largest example, and a 2,000-position book's edits stay under the 50 ms
// long-task goal (e2e/large-book.spec.ts): nothing left for a transition to split.
// While a slider is held they keep the last report (a drag must not wait for charts that take
// longer than a frame) and redraw on its release.

export interface ChartInput {
  report: Report;
  baseline: Report | undefined;
}

export function useChartInput(): { report: Report | null; baseline: Report | undefined } {
  const held = useApp((s) => s.sliderHeld);
  const live = useApp(useShallow((s) => ({ report: s.main.report, baseline: s.baseline ?? undefined })));
  return useHeldValue(live, held);
}
