// The frame of every cascade chart: downloads named "cascade-…", the caption in its paragraph, and
// the screen-reader table handed over in a turn of its own after the chart (stagger.ts).
import { useMemo, type ReactNode } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartFrame } from '../charts/ChartFrame';
import type { CsvTable } from '../charts/csv';
import type { TextTable } from '../charts/text-table';
import { COLOR } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { useStaggered } from './stagger';
import { StepPlot, type StepPlotProps } from './step-plots';
import { stepRows, type StepRows } from './step-rows';

/** What a cascade chart says about itself; the frame does the rest. */
export interface CascadeChartSpec {
  title: string;
  /** The download names' part after "cascade-": "insurance-fund" → "my-book-cascade-insurance-fund.png". */
  file: string;
  legend: LegendItem[];
  csv: () => CsvTable;
  /** The caption's sentences (the frame puts them in the caption paragraph). */
  caption: ReactNode;
  /** The numbers as a table, built only once the chart has been drawn; null until then. */
  text: TextTable | null;
  className?: string;
  captionTestId?: string;
}

export function CascadeChartFrame({ spec, portfolioName, children }: { spec: CascadeChartSpec; portfolioName: string; children: ReactNode }) {
  return (
    <ChartFrame
      title={spec.title}
      fileStem={`cascade-${spec.file}`}
      portfolioName={portfolioName}
      text={spec.text ?? undefined}
      legend={spec.legend}
      csv={spec.csv}
      className={spec.className}
      caption={
        <p className="chart__caption" data-testid={spec.captionTestId}>
          {spec.caption}
        </p>
      }
    >
      {children}
    </ChartFrame>
  );
}

export const STEP_CHART_HEIGHT = 260;

/** The legend's line for the user's own liquidation, when the run has one. */
export function userLegend(rows: StepRows): LegendItem[] {
  return rows.userRow !== null ? [{ label: 'Your account liquidated', color: COLOR.liquidation, shape: 'dashed' }] : [];
}

/** A run's rows (binned for a long run) and their screen-reader table, staggered after the chart. */
export function useStepRows(result: CascadeResult, textOf: (result: CascadeResult, rows: StepRows) => TextTable): { rows: StepRows; text: TextTable | null } {
  const rows = useMemo(() => stepRows(result), [result]);
  const text = useStaggered(useMemo(() => textOf(result, rows), [textOf, result, rows]));
  return { rows, text };
}

/** A step chart in its frame: the plot at the step charts' height, titled as the frame is. */
export function StepChartFrame({ spec, portfolioName, plot }: { spec: CascadeChartSpec; portfolioName: string; plot: Omit<StepPlotProps, 'title' | 'height'> }) {
  return (
    <CascadeChartFrame spec={spec} portfolioName={portfolioName}>
      <StepPlot {...plot} title={spec.title} height={STEP_CHART_HEIGHT} />
    </CascadeChartFrame>
  );
}
