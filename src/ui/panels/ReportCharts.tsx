import { useApp } from '../../state/app-store';
import { memo } from 'react';
import type { Report } from '../../engine';
import { useSettledValue } from '../common/useSettledValue';
import { EfficiencyChart, HeadlineStrip, HealthCurveChart, LiquidationLadder } from '../charts';
// Imported here, where the charts render: the charts' index re-exports them, and a bundler that
// resolves re-exports to their modules skips the index, and with it a stylesheet imported there.
import '../charts/charts.css';

// The charts, fed the report at the what-if prices and, while moves are set, today's report as the
// baseline. They redraw once the reports rest (CHART_SETTLE_MS without a new one): a chart of a
// large book takes longer to draw than a frame, and must not hold up a slider being dragged (they
// wait for its release). The tables and the what-if figures follow every report at once.

const CHART_SETTLE_MS = 150;

function useChartInput() {
  const held = useApp((s) => s.sliderHeld);
  const report = useSettledValue(useApp((s) => s.main.report), CHART_SETTLE_MS, held);
  const baseline = useSettledValue(useApp((s) => s.baseline), CHART_SETTLE_MS, held);
  return { report, baseline: baseline ?? undefined };
}

interface ChartInput {
  report: Report;
  baseline: Report | undefined;
}

// Memoised: the areas re-render on every report (to time the settling), the charts only when the
// settled input changes.
const Headline = memo(function Headline({ report, baseline }: ChartInput) {
  return <HeadlineStrip report={report} baseline={baseline} />;
});

const Charts = memo(function Charts({ report, baseline }: ChartInput) {
  return (
    <div className="charts" data-testid="charts">
      <HealthCurveChart report={report} baseline={baseline} />
      <LiquidationLadder report={report} baseline={baseline} />
      <EfficiencyChart report={report} baseline={baseline} />
    </div>
  );
});

export function HeadlineArea() {
  const { report, baseline } = useChartInput();
  return report ? <Headline report={report} baseline={baseline} /> : null;
}

export function ChartsArea() {
  const { report, baseline } = useChartInput();
  return report ? <Charts report={report} baseline={baseline} /> : null;
}

export default ChartsArea;
