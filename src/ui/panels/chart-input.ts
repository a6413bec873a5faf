import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useSettledValue } from '../common/useSettledValue';

// The charts and the headline are fed the report at the what-if prices and, while moves are set,
// today's report as the baseline. They redraw with every report, in a transition (useSettledValue):
// typing interrupts a chart's render rather than waiting for it, and a report that arrives while
// one is drawn replaces it. While a slider is held they keep the last report (a drag must not wait
// for charts that take longer than a frame) and redraw on its release. An edit reaches the charts
// in the engine's time plus one render, not after a fixed pause (150 ms once, which was most of an
// edit's 244 ms to the chart).

const CHART_SETTLE_MS = 0;

export interface ChartInput {
  report: Report;
  baseline: Report | undefined;
}

export function useChartInput(): { report: Report | null; baseline: Report | undefined } {
  const held = useApp((s) => s.sliderHeld);
  const report = useSettledValue(useApp((s) => s.main.report), CHART_SETTLE_MS, held);
  const baseline = useSettledValue(useApp((s) => s.baseline), CHART_SETTLE_MS, held);
  return { report, baseline: baseline ?? undefined };
}
