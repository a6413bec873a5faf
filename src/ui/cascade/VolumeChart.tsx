// Liquidated notional per step, as bars, with the user's step and the playhead.
import { memo, useMemo } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartTooltip, type TooltipRow } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMoneyTick } from '../charts/format';
import { COLOR } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { STEP_CHART_HEIGHT } from './PricePathChart';
import { useStaggered } from './stagger';
import { StepPlot } from './step-plots';
import { stepRows, type StepRow } from './step-rows';
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
  const rows = useMemo(() => stepRows(result), [result]);
  const text = useStaggered(useMemo(() => volumeText(result, rows), [result, rows]));
  const bars = useMemo(() => ({ values: rows.rows.map((r) => r.liquidatedNotional), color: COLOR.bar }), [rows]);
  const domain = useMemo(() => niceDomain(0, Math.max(0, ...bars.values), 5, true), [bars]);
  const title = 'Liquidated volume per step';
  const legend: LegendItem[] = [
    { label: `Notional liquidated (${result.quote})`, color: COLOR.bar, shape: 'square' },
    ...(rows.userRow !== null ? [{ label: 'Your account liquidated', color: COLOR.liquidation, shape: 'dashed' } satisfies LegendItem] : []),
  ];
  return (
    <ChartFrame
      title={title}
      fileStem="cascade-liquidated-volume"
      portfolioName={portfolioName}
      text={text ?? undefined}
      legend={legend}
      csv={() => volumeCsv(result)}
      caption={
        <p className="chart__caption">
          The shock liquidated <strong>{formatMoneyIn(result.totals.directNotional, result.quote)}</strong> directly (step 0); the cascade&apos;s own forced
          orders liquidated <strong>{formatMoneyIn(result.totals.inducedNotional, result.quote)}</strong> more.
          {rows.binSize > 1 ? ` Each bar sums ${rows.binSize} steps.` : ''}
        </p>
      }
    >
      <StepPlot
        rows={rows}
        title={title}
        height={STEP_CHART_HEIGHT}
        yDomain={domain}
        yFormat={(v) => formatMoneyTick(v)}
        yLabel={`Liquidated (${result.quote})`}
        bars={bars}
        tooltip={(row) => volumeTooltip(row, result.quote)}
      />
    </ChartFrame>
  );
});
