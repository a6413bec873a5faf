// The insurance fund over the steps, with the bad debt and the auto-deleveraging it could not cover.
import { memo, useMemo } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartTooltip } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMoneyTick } from '../charts/format';
import { COLOR } from '../charts/palette';
import { StepChartFrame, useStepRows } from './CascadeChartFrame';
import type { LineSeries } from './step-plots';
import type { StepRow } from './step-rows';
import { niceDomain } from './svg-scale';
import { fundCsv, fundText } from './tables';

const SERIES = [
  { key: 'insuranceFund', label: 'Insurance fund', color: COLOR.healthy, dashed: false },
  { key: 'badDebtToDate', label: 'Bad debt to date', color: COLOR.liquidation, dashed: false },
  { key: 'adlToDate', label: 'Auto-deleveraging to date', color: COLOR.caution, dashed: true },
] as const;

function fundTooltip(row: StepRow, quote: string) {
  return <ChartTooltip title={row.label} rows={SERIES.map((s) => ({ label: s.label, value: formatMoneyIn(row[s.key], quote), color: s.color }))} />;
}

export const FundChart = memo(function FundChart({ result, portfolioName }: { result: CascadeResult; portfolioName: string }) {
  const { rows, text } = useStepRows(result, fundText);
  const lines = useMemo(
    (): LineSeries[] => SERIES.map((s) => ({ key: s.key, color: s.color, dashed: s.dashed, stepped: true, values: rows.rows.map((r) => r[s.key]) })),
    [rows],
  );
  const domain = useMemo(() => {
    let high = result.totals.insuranceFundStart;
    for (const r of rows.rows) high = Math.max(high, r.insuranceFund, r.badDebtToDate, r.adlToDate);
    return niceDomain(0, high, 5, true);
  }, [rows, result]);
  const t = result.totals;
  const emptied = t.insuranceFundStart > 0 ? rows.rows.find((r) => r.insuranceFund <= 0) : undefined;
  const spec = {
    title: 'Insurance fund and bad debt',
    file: 'insurance-fund',
    text,
    legend: SERIES.map((s) => ({ label: s.label, color: s.color, shape: s.dashed ? ('dashed' as const) : ('line' as const) })),
    csv: () => fundCsv(result),
    caption: (
      <>
        The fund went from <strong>{formatMoneyIn(t.insuranceFundStart, result.quote)}</strong> to <strong>{formatMoneyIn(t.insuranceFundEnd, result.quote)}</strong>
        {emptied ? ` and ran dry at ${emptied.label.toLowerCase()}` : ''}. Left unpaid: bad debt <strong>{formatMoneyIn(t.badDebt, result.quote)}</strong>; levied on
        the other side (auto-deleveraging): <strong>{formatMoneyIn(t.adl, result.quote)}</strong>.
      </>
    ),
  };
  const plot = { rows, yDomain: domain, yFormat: formatMoneyTick, yLabel: `Amount (${result.quote})`, lines, tooltip: (row: StepRow) => fundTooltip(row, result.quote) };
  return <StepChartFrame spec={spec} portfolioName={portfolioName} plot={plot} />;
});
