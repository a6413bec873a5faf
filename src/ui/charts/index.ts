// The charts of Margin Lab. Each takes { report, baseline? }: baseline is the book before a
// what-if or a trade preview, and the chart shows the change.
import './charts.css';

export { HealthCurveChart } from './HealthCurveChart';
export { LiquidationLadder } from './LiquidationLadder';
export { EfficiencyChart } from './EfficiencyChart';
export type { ChartProps } from './types';
