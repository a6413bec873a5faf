// Capital each margin regime needs for the same book, side by side, with what cross saves and
// the adverse joint move each survives with the account's actual capital.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps, type XAxisTickContentProps } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip, type TooltipRow } from './ChartTooltip';
import { accountCash, efficiencyRows, savingText, survivalText, WHY_CROSS_NEEDS_LESS, type EfficiencyRow } from './efficiency-data';
import { efficiencyCsv, efficiencyText } from './efficiency-table';
import { formatExact, formatMoney, formatMoneyTick } from './format';
import { toFiniteNumber } from './numbers';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

const TITLE = 'Capital needed and cash to add, by margin regime';
const HEIGHT = 300;

function EfficiencyTooltip({ active, payload, quote, hasBaseline }: Partial<TooltipContentProps> & { quote: string; hasBaseline: boolean }) {
  const row = payload?.[0]?.payload as EfficiencyRow | undefined;
  if (!active || !row) return null;
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

function RegimeTick({ x, y, payload, rows }: XAxisTickContentProps & { rows: EfficiencyRow[] }) {
  const row = rows.find((r) => r.label === payload.value);
  return (
    <g transform={`translate(${x},${y})`}>
      <text className="chart__svg-text" textAnchor="middle" dy={14} fontWeight={600}>
        {String(payload.value)}
      </text>
      {row ? (
        <text textAnchor="middle" dy={30} fontSize={11} fill={COLOR.muted}>
          {survivalText(row.survivableMove)}
        </text>
      ) : null}
    </g>
  );
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
      <BarChart
        data={rows}
        responsive
        style={{ width: '100%', height: HEIGHT }}
        margin={{ top: 20, right: 16, bottom: 8, left: 8 }}
        barCategoryGap="25%"
        title={TITLE}
        desc="The numbers are in the table that follows the chart."
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" type="category" height={44} interval={0} tick={(props: XAxisTickContentProps) => <RegimeTick {...props} rows={rows} />} />
        <YAxis
          type="number"
          width={72}
          tickFormatter={(v: number) => formatMoneyTick(v)}
          label={{ value: `Capital (${quote})`, angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
        />
        {baseline ? <Bar dataKey="before" name="Before" fill={COLOR.baseline} fillOpacity={0.7} isAnimationActive={false} /> : null}
        <Bar dataKey="required" name="Capital needed" fill={COLOR.bar} isAnimationActive={false}>
          <LabelList dataKey={(row: EfficiencyRow) => formatMoneyTick(row.required ?? 0)} position="top" fill={COLOR.text} fontSize={11} />
        </Bar>
        <Bar dataKey="cashToAdd" name="Cash to add" fill={COLOR.liquidation} isAnimationActive={false}>
          <LabelList dataKey={(row: EfficiencyRow) => (row.cashToAdd ? formatMoneyTick(row.cashToAdd) : 'none')} position="top" fill={COLOR.text} fontSize={11} />
        </Bar>
        <Tooltip content={<EfficiencyTooltip quote={quote} hasBaseline={baseline !== undefined} />} cursor={{ fill: COLOR.muted, fillOpacity: 0.12 }} />
      </BarChart>
    </ChartFrame>
  );
}
