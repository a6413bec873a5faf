import { useApp } from '../../state/app-store';
import type { Report } from '../../engine';
import { useSettledValue } from '../common/useSettledValue';

// The charts and the headline are fed the report at the what-if prices and, while moves are set,
// today's report as the baseline. They redraw once the reports rest (CHART_SETTLE_MS without a new
// one): a chart of a large book takes longer to draw than a frame, and must not hold up a slider
// being dragged (they wait for its release). The tables and the what-if figures follow every
// report at once.

const CHART_SETTLE_MS = 150;

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
