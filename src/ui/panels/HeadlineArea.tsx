import { memo } from 'react';
import { HeadlineStrip } from '../charts/HeadlineStrip';
// The headline's styles live with the charts'; imported where it renders (see ReportCharts). Imported
// from its own module, not the charts' index, which re-exports the charts.
import '../charts/charts.css';
import { useChartInput, type ChartInput } from './chart-input';

// Memoised: the area re-renders for more than the report (a slider taken or let go, React's
// deferred pass on a large book), the strip only when the report it shows changes. It draws no
// chart, so it comes with Build's first load, without Recharts.
const Headline = memo(function Headline({ report, baseline }: ChartInput) {
  return <HeadlineStrip report={report} baseline={baseline} />;
});

export function HeadlineArea() {
  const { report, baseline } = useChartInput();
  return report ? <Headline report={report} baseline={baseline} /> : null;
}
