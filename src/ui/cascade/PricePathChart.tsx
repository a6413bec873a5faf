// The price path: each asset's market price at the end of each step, as a move from today's, with
// the liquidation waves marked, the step where the user's account went, and the playhead.
import { memo, useMemo } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartTooltip, type TooltipRow } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMove, formatMoveTick, formatPrice } from '../charts/format';
import { COLOR, seriesColor } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { CascadeChartFrame, STEP_CHART_HEIGHT, userLegend, useStepRows } from './CascadeChartFrame';
import { StepPlot, type LineSeries } from './step-plots';
import { moveDomain, type StepRow, type StepRows } from './step-rows';
import { formatCount, pricePathCsv, pricePathText } from './tables';

/** Assets drawn on one chart; the CSV and the table have them all. */
const MAX_LINES = 8;

function priceTooltip(result: CascadeResult, row: StepRow) {
  const rows: TooltipRow[] = result.assets.slice(0, MAX_LINES).map((asset, i) => ({
    label: asset,
    value: `${formatPrice(row.prices[asset])} ${result.quote} (${formatMove((row.movePercents[asset] ?? 0) / 100)})`,
    color: seriesColor(i),
  }));
  rows.push({ label: 'Accounts liquidated', value: formatCount(row.liquidatedAccounts) });
  if (row.liquidatedNotional > 0) rows.push({ label: 'Notional liquidated', value: formatMoneyIn(row.liquidatedNotional, result.quote) });
  if (row.user) rows.push({ label: 'Your account', value: 'liquidated here' });
  return <ChartTooltip title={row.label} rows={rows} />;
}

/** The plot alone, without its frame: the margin comparison draws two of these side by side. */
export const PricePathPlot = memo(function PricePathPlot({ result, rows, domain, playhead = true, height = STEP_CHART_HEIGHT, title }: {
  result: CascadeResult;
  rows: StepRows;
  domain: readonly [number, number];
  playhead?: boolean;
  height?: number;
  title: string;
}) {
  const lines = useMemo(
    (): LineSeries[] => result.assets.slice(0, MAX_LINES).map((asset, i) => ({ key: asset, color: seriesColor(i), values: rows.rows.map((r) => r.movePercents[asset] ?? null) })),
    [result, rows],
  );
  return (
    <StepPlot
      rows={rows}
      title={title}
      height={height}
      yDomain={domain}
      yFormat={formatMoveTick}
      yLabel="Move from today (%)"
      lines={lines}
      waves
      horizontal={[{ y: 0, color: COLOR.today, label: 'today' }]}
      playhead={playhead}
      tooltip={(row) => priceTooltip(result, row)}
    />
  );
});

export const PricePathChart = memo(function PricePathChart({ result, portfolioName }: { result: CascadeResult; portfolioName: string }) {
  const { rows, text } = useStepRows(result, pricePathText);
  const domain = useMemo(() => moveDomain([rows], result.assets.slice(0, MAX_LINES)), [rows, result]);
  const legend: LegendItem[] = [
    ...result.assets.slice(0, MAX_LINES).map((asset, i): LegendItem => ({ label: asset, color: seriesColor(i), shape: 'line' })),
    { label: 'Liquidation wave (size: notional)', color: COLOR.liquidation, shape: 'dot' },
    ...userLegend(rows),
  ];
  const spec = {
    title: 'Price path with liquidation waves',
    file: 'price-path',
    text,
    legend,
    csv: () => pricePathCsv(result),
    caption: (
      <>
        Market price at the end of each step, as a move from today&apos;s price. A dot is a step that liquidated accounts.
        {result.assets.length > MAX_LINES ? ` The first ${MAX_LINES} of ${result.assets.length} assets are drawn; the CSV has them all.` : ''}
        {rows.binSize > 1 ? ` Each point is ${rows.binSize} steps (the last price of the group).` : ''}
      </>
    ),
  };
  return (
    <CascadeChartFrame spec={spec} portfolioName={portfolioName}>
      <PricePathPlot result={result} rows={rows} domain={domain} title={spec.title} />
    </CascadeChartFrame>
  );
});
