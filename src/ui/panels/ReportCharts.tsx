import { memo, type ReactNode } from 'react';
import { EfficiencyChart, HealthCurveChart, LiquidationLadder } from '../charts';
// Imported here, where the charts render: the charts' index re-exports them, and a bundler that
// resolves re-exports to their modules skips the index, and with it a stylesheet imported there.
import '../charts/charts.css';
import { useChartInput, type ChartInput } from './chart-input';

// Memoised: the area re-renders for more than the report (a slider taken or let go, React's
// deferred pass on a large book), the charts only when the report they show changes.
const Charts = memo(function Charts({ report, baseline }: ChartInput) {
  return (
    <div className="charts" data-testid="charts">
      <HealthCurveChart report={report} baseline={baseline} />
      <LiquidationLadder report={report} baseline={baseline} />
      <EfficiencyChart report={report} baseline={baseline} />
    </div>
  );
});

/** Build's three charts; `placeholder` until a report is in. */
export function ChartsArea({ placeholder }: { placeholder: ReactNode }) {
  const { report, baseline } = useChartInput();
  return report ? <Charts report={report} baseline={baseline} /> : placeholder;
}
