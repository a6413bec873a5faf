// Capital each margin regime needs for the same book, side by side, with what cross saves and
// the adverse joint move each survives with the account's actual capital.
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip, type TooltipRow } from './ChartTooltip';
import { EfficiencyPlot } from './EfficiencyPlot';
import { accountCash, efficiencyRows, savingText, survivalText, WHY_CROSS_NEEDS_LESS, type EfficiencyRow } from './efficiency-data';
import { efficiencyCsv, efficiencyText } from './efficiency-table';
import { formatExact, formatMoney } from './format';
import { toFiniteNumber } from './numbers';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

const TITLE = 'Capital needed and cash to add, by margin regime';

function efficiencyTooltip(row: EfficiencyRow, quote: string, hasBaseline: boolean) {
  const rows: TooltipRow[] = [
    { label: 'Capital needed', value: `${formatExact(row.requiredText)} ${quote}`, color: COLOR.bar },
    { label: 'Cash to add', value: `${formatExact(row.cashToAddText)} ${quote}`, color: COLOR.liquidation },
    { label: 'Adverse move', value: survivalText(row.survivableMove, row.survivableMoveReason) },
  ];
  if (hasBaseline) {
    rows.push(
      { label: 'Before', value: row.beforeText === null ? '—' : `${formatExact(row.beforeText)} ${quote}`, color: COLOR.baseline },
      { label: 'Adverse move before', value: survivalText(row.beforeSurvivableMove) },
    );
  }
  return <ChartTooltip title={`${row.label} margin`} rows={rows} />;
}

export function EfficiencyChart({ report, baseline }: ChartProps) {
  const rows = useMemo(() => efficiencyRows(report, baseline), [report, baseline]);
  const text = useMemo(() => efficiencyText(report, baseline), [report, baseline]);
  if (rows === null) {
    return (
      <ChartFrame title={TITLE} fileStem="efficiency" portfolioName={report.name}>
        <p className="chart__empty">{report.efficiencyReason ?? 'No comparison of margin regimes for this book.'}</p>
      </ChartFrame>
    );
  }
  const quote = report.quote;
  const legend: LegendItem[] = [
    ...(baseline ? [{ label: 'Before', color: COLOR.baseline, shape: 'square' } satisfies LegendItem] : []),
    { label: baseline ? 'Capital needed now' : 'Capital needed', color: COLOR.bar, shape: 'square' },
    { label: 'Cash to add (beyond the cash held)', color: COLOR.liquidation, shape: 'square' },
  ];
  return (
    <ChartFrame
      title={TITLE}
      fileStem="efficiency"
      portfolioName={report.name}
      text={text}
      legend={legend}
      csv={() => efficiencyCsv(report, baseline)}
      caption={
        <div className="chart__caption">
          <p>
            <strong>{savingText(report)}</strong>
            {baseline?.efficiency ? ` Before: ${savingText(baseline)}` : ''}
          </p>
          {(toFiniteNumber(report.efficiency?.crossSaving.money) ?? 0) > 0 ? <p>{WHY_CROSS_NEEDS_LESS}</p> : null}
          <p className="muted">
            Capital needed: the cash the book needs beyond its own coins to meet initial margin; cash to add: what that is beyond the {formatMoney(accountCash(report))}{' '}
            {quote} of stablecoins held. “Survives”: the joint move of every non-stable asset before the first liquidation, with the account&apos;s actual cash.
          </p>
        </div>
      }
    >
      <EfficiencyPlot title={TITLE} rows={rows} quote={quote} withBaseline={baseline !== undefined} tooltip={(row) => efficiencyTooltip(row, quote, baseline !== undefined)} />
    </ChartFrame>
  );
}
