import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useHeldValue } from '../common/useHeldValue';

// The charts and the headline are fed the report at the what-if prices and, while moves are set,
// today's report as the baseline. They redraw with every report in React's deferred render
// (useDeferredValue): typing interrupts it rather than waiting for it, and a report that arrives
// while one is drawn replaces it. The positions table defers through the same render
// (useShownReport), so an edit reaches table, headline and charts in one commit and one paint: a
// timer and a transition each, as before, drew them in three commits, each with its own layout.
// While a slider is held they keep the last report (a drag must not wait for charts that take
// longer than a frame) and redraw on its release.

export interface ChartInput {
  report: Report;
  baseline: Report | undefined;
}

export function useChartInput(): { report: Report | null; baseline: Report | undefined } {
  const held = useApp((s) => s.sliderHeld);
  const live = useApp(useShallow((s) => ({ report: s.main.report, baseline: s.baseline ?? undefined })));
  return useDeferredValue(useHeldValue(live, held));
}
