// Liquidated notional per step, as bars, with the user's step and the playhead.
import { memo, useMemo } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartTooltip, type TooltipRow } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMoneyTick } from '../charts/format';
import { COLOR } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { StepChartFrame, userLegend, useStepRows } from './CascadeChartFrame';
import type { StepRow } from './step-rows';
import { niceDomain } from './svg-scale';
import { formatCount, formatRatio, volumeCsv, volumeText } from './tables';

function volumeTooltip(row: StepRow, quote: string) {
  const rows: TooltipRow[] = [
    { label: 'Notional liquidated', value: formatMoneyIn(row.liquidatedNotional, quote), color: COLOR.bar },
    { label: 'Accounts liquidated', value: formatCount(row.liquidatedAccounts) },
  ];
  if (row.amplification !== null) rows.push({ label: 'Amplification', value: formatRatio(row.amplification) });
  if (row.user) rows.push({ label: 'Your account', value: 'liquidated here' });
  return <ChartTooltip title={row.label} rows={rows} />;
}

export const VolumeChart = memo(function VolumeChart({ result, portfolioName }: { result: CascadeResult; portfolioName: string }) {
  const { rows, text } = useStepRows(result, volumeText);
  const bars = useMemo(() => ({ values: rows.rows.map((r) => r.liquidatedNotional), color: COLOR.bar }), [rows]);
  const domain = useMemo(() => niceDomain(0, Math.max(0, ...bars.values), 5, true), [bars]);
  const legend: LegendItem[] = [
    { label: `Notional liquidated (${result.quote})`, color: COLOR.bar, shape: 'square' },
    ...userLegend(rows),
  ];
  const spec = {
    title: 'Liquidated volume per step',
    file: 'liquidated-volume',
    text,
    legend,
    csv: () => volumeCsv(result),
    caption: (
      <>
        The shock liquidated <strong>{formatMoneyIn(result.totals.directNotional, result.quote)}</strong> directly (step 0); the cascade&apos;s own forced
        orders liquidated <strong>{formatMoneyIn(result.totals.inducedNotional, result.quote)}</strong> more.
        {rows.binSize > 1 ? ` Each bar sums ${rows.binSize} steps.` : ''}
      </>
    ),
  };
  const plot = { rows, yDomain: domain, yFormat: formatMoneyTick, yLabel: `Liquidated (${result.quote})`, bars, tooltip: (row: StepRow) => volumeTooltip(row, result.quote) };
  return <StepChartFrame spec={spec} portfolioName={portfolioName} plot={plot} />;
});
