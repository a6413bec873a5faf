// The Monte Carlo loss distribution: bars of scenarios per loss bin, with the VaR and ES lines.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { RiskReport } from '../../engine';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartTooltip } from '../charts/ChartTooltip';
import { formatExact, formatMoney, formatMoneyTick, formatPercent } from '../charts/format';
import { COLOR } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { confidenceText, histogramBins, histogramCsv, histogramDomain, histogramText, niceTicks, tailLines, type HistogramBin } from './histogram-data';

const TITLE = 'Monte Carlo loss distribution';
const HEIGHT = 280;
const count = new Intl.NumberFormat('en-US');

function BinTooltip({ active, payload, quote }: Partial<TooltipContentProps> & { quote: string }) {
  const bin = payload?.[0]?.payload as HistogramBin | undefined;
  if (!active || !bin) return null;
  return (
    <ChartTooltip
      title={`Loss ${formatExact(bin.from)} to ${formatExact(bin.to)} ${quote}`}
      rows={[
        { label: 'Scenarios', value: count.format(bin.count), color: COLOR.bar },
        { label: 'Share', value: formatPercent(bin.share) },
      ]}
    />
  );
}

export function LossHistogram({ risk, quote, portfolioName }: { risk: RiskReport; quote: string; portfolioName: string }) {
  const bins = useMemo(() => histogramBins(risk.monteCarlo?.histogram), [risk]);
  const lines = tailLines(risk);
  const domain = histogramDomain(bins, lines);
  const level = confidenceText(risk.confidence);
  const days = `${risk.horizonDays} day${risk.horizonDays === 1 ? '' : 's'}`;
  if (!risk.monteCarlo || bins.length === 0 || !domain) {
    return (
      <ChartFrame title={TITLE} fileStem="loss-distribution" portfolioName={portfolioName}>
        <p className="chart__empty">No Monte Carlo distribution yet: press Run.</p>
      </ChartFrame>
    );
  }
  const legend: LegendItem[] = [
    { label: 'Scenarios per loss bin', color: COLOR.bar, shape: 'square' },
    { label: `VaR ${level}: ${formatMoney(risk.monteCarlo.var)} ${quote}`, color: COLOR.danger, shape: 'dashed' },
    { label: `ES ${level}: ${formatMoney(risk.monteCarlo.es)} ${quote}`, color: COLOR.liquidation, shape: 'line' },
  ];
  return (
    <ChartFrame
      title={TITLE}
      fileStem="loss-distribution"
      portfolioName={portfolioName}
      text={histogramText(risk, quote)}
      legend={legend}
      csv={() => histogramCsv(risk, quote)}
      caption={
        <p className="chart__caption">
          {count.format(risk.monteCarlo.scenarios)} scenarios over {days}; losses right of zero, gains left. One scenario in {Math.round(1 / (1 - risk.confidence))} loses more
          than the VaR line; ES is the average loss beyond it. The outermost 0.05% on each side are left off the bars.
        </p>
      }
    >
      <BarChart data={bins} responsive style={{ width: '100%', height: HEIGHT }} margin={{ top: 12, right: 16, bottom: 24, left: 8 }} barCategoryGap={0} title={TITLE} desc="The numbers are in the table that follows the chart.">
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis type="number" dataKey="mid" domain={domain} ticks={niceTicks(domain[0], domain[1])} interval="preserveStartEnd" tickFormatter={(v: number) => formatMoneyTick(v)} label={{ value: `Loss over ${days} (${quote})`, position: 'insideBottom', offset: -14 }} />
        <YAxis type="number" width={64} tickFormatter={(v: number) => formatMoneyTick(v)} label={{ value: 'Scenarios', angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' } }} />
        <Bar dataKey="count" name="Scenarios" fill={COLOR.bar} isAnimationActive={false} />
        {lines.var !== null ? <ReferenceLine x={lines.var} stroke={COLOR.danger} strokeWidth={2} strokeDasharray="6 3" ifOverflow="extendDomain" /> : null}
        {lines.es !== null ? <ReferenceLine x={lines.es} stroke={COLOR.liquidation} strokeWidth={2} ifOverflow="extendDomain" /> : null}
        <Tooltip content={<BinTooltip quote={quote} />} cursor={{ fill: COLOR.muted, fillOpacity: 0.12 }} />
      </BarChart>
    </ChartFrame>
  );
}
