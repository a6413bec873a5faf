// The same crowd, every multi-asset trader isolated, then cross-margined: the two price paths side
// by side on one scale, what the liquidations sold of each asset, and the totals.
import { memo, useMemo } from 'react';
import type { MarginComparison } from '../../worker/cascade-api';
import { ChartFrame } from '../charts/ChartFrame';
import { ChartTooltip } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMoneyTick, formatMove } from '../charts/format';
import { COLOR, seriesColor } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { marginComparison, type AssetComparison, type ComparisonTotals } from './comparison-data';
import { CascadeChartFrame } from './CascadeChartFrame';
import { Plot } from './Plot';
import { PricePathPlot } from './PricePathChart';
import { Slot } from './Slot';
import { moveDomain, stepRows } from './step-rows';
import { niceDomain, niceTicks } from './svg-scale';
import { comparisonCsv, comparisonText, formatCount } from './tables';

const ISOLATED = COLOR.baseline;
const CROSS = COLOR.danger;

function soldTooltip(row: AssetComparison, quote: string) {
  return (
    <ChartTooltip
      title={row.asset}
      rows={[
        { label: 'Sold, isolated', value: formatMoneyIn(row.isolatedSold, quote), color: ISOLATED },
        { label: 'Sold, cross', value: formatMoneyIn(row.crossSold, quote), color: CROSS },
        { label: 'Largest move, isolated', value: formatMove(row.isolatedMove) },
        { label: 'Largest move, cross', value: formatMove(row.crossMove) },
      ]}
    />
  );
}

/** Net notional sold per asset: a pair of bars (isolated, cross) for each. */
const SoldPlot = memo(function SoldPlot({ assets, quote }: { assets: AssetComparison[]; quote: string }) {
  const yDomain = useMemo(() => {
    const values = assets.flatMap((a) => [a.isolatedSold, a.crossSold]);
    return niceDomain(Math.min(0, ...values), Math.max(0, ...values), 4, true);
  }, [assets]);
  const points = useMemo(() => assets.map((_, i) => i + 0.5), [assets]);
  return (
    <Plot
      title="Notional sold by asset"
      height={200}
      xDomain={[0, Math.max(1, assets.length)]}
      yDomain={yDomain}
      xTicks={points}
      yTicks={niceTicks(yDomain[0], yDomain[1], 4)}
      xFormat={(v) => assets[Math.floor(v)]?.asset ?? ''}
      yFormat={(v) => formatMoneyTick(v)}
      xLabel="Asset"
      yLabel={`Sold (${quote})`}
      points={points}
      tooltip={(i) => soldTooltip(assets[i]!, quote)}
    >
      {(g, hover) => {
        const band = g.x(1) - g.x(0);
        const w = Math.min(56, band * 0.35);
        const zero = g.y(0);
        const bar = (x: number, value: number, color: string, key: string) => {
          const y = g.y(value);
          return <rect key={key} x={x} y={Math.min(y, zero)} width={w} height={Math.max(0.5, Math.abs(zero - y))} fill={color} />;
        };
        return assets.map((a, i) => {
          const centre = g.x(i + 0.5);
          return (
            <g key={a.asset} opacity={hover === i ? 0.75 : 1}>
              {bar(centre - w - 1, a.isolatedSold, ISOLATED, 'isolated')}
              {bar(centre + 1, a.crossSold, CROSS, 'cross')}
            </g>
          );
        });
      }}
    </Plot>
  );
});

function TotalsTable({ isolated, cross, quote }: { isolated: ComparisonTotals; cross: ComparisonTotals; quote: string }) {
  const rows: [string, string, string][] = [
    ['Accounts liquidated', formatCount(isolated.liquidatedAccounts), formatCount(cross.liquidatedAccounts)],
    ['Notional liquidated', formatMoneyIn(isolated.liquidatedNotional, quote), formatMoneyIn(cross.liquidatedNotional, quote)],
    ['Bad debt', formatMoneyIn(isolated.badDebt, quote), formatMoneyIn(cross.badDebt, quote)],
    ['Auto-deleveraging', formatMoneyIn(isolated.adl, quote), formatMoneyIn(cross.adl, quote)],
    ['Insurance fund at the end', formatMoneyIn(isolated.insuranceFundEnd, quote), formatMoneyIn(cross.insuranceFundEnd, quote)],
    ['Steps', formatCount(isolated.steps), formatCount(cross.steps)],
    ['Your account liquidated at', isolated.userStep === null ? 'never' : `step ${isolated.userStep}`, cross.userStep === null ? 'never' : `step ${cross.userStep}`],
  ];
  return (
    <div className="cascade-table-wrap">
      <table className="cascade-table">
        <caption className="visually-hidden">Totals of the two runs</caption>
        <thead>
          <tr>
            <th scope="col">Same crowd</th>
            <th scope="col">Isolated margin</th>
            <th scope="col">Cross margin</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, a, b]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const MarginComparisonView = memo(function MarginComparisonView({ comparison, portfolioName }: { comparison: MarginComparison; portfolioName: string }) {
  const title = 'Isolated against cross margin';
  const done = comparison.status === 'done' ? comparison : null;
  const shaped = useMemo(() => {
    if (!done) return null;
    const isolatedRows = stepRows(done.isolated);
    const crossRows = stepRows(done.cross);
    const assets = done.cross.assets.slice(0, 8);
    return { isolated: done.isolated, cross: done.cross, data: marginComparison(done.isolated, done.cross), isolatedRows, crossRows, domain: moveDomain([isolatedRows, crossRows], assets), assets };
  }, [done]);
  if (comparison.status !== 'done' || !done || !shaped) {
    return (
      <ChartFrame title={title} fileStem="cascade-margin-comparison" portfolioName={portfolioName}>
        <p className="chart__empty">Not compared: {comparison.status === 'same-accounts' ? comparison.reason : 'no comparison'}.</p>
      </ChartFrame>
    );
  }
  const { data, assets } = shaped;
  const quote = done.cross.quote;
  const legend: LegendItem[] = [
    ...assets.map((asset, i): LegendItem => ({ label: asset, color: seriesColor(i), shape: 'line' })),
    { label: 'Sold, isolated', color: ISOLATED, shape: 'square' },
    { label: 'Sold, cross', color: CROSS, shape: 'square' },
  ];
  const spec = {
    title,
    file: 'margin-comparison',
    text: comparisonText(data, quote),
    legend,
    csv: () => comparisonCsv(data, quote),
    className: 'cascade-comparison',
    captionTestId: 'cascade-comparison-summary',
    caption: `${data.summary} Both runs use the same traders from the same seed, without a critical-shock search; only the margin of the multi-asset traders differs.`,
  };
  return (
    <CascadeChartFrame spec={spec} portfolioName={portfolioName}>
      <div className="cascade-side-by-side">
        <div>
          <h4 className="chart__subtitle">Isolated margin: each position its own account</h4>
          <Slot value={shaped} minHeight={220}>
            {(v) => <PricePathPlot result={v.isolated} rows={v.isolatedRows} domain={v.domain} playhead={false} height={220} title="Price path with isolated margin" />}
          </Slot>
        </div>
        <div>
          <h4 className="chart__subtitle">Cross margin: one account per trader</h4>
          <Slot value={shaped} minHeight={220}>
            {(v) => <PricePathPlot result={v.cross} rows={v.crossRows} domain={v.domain} playhead={false} height={220} title="Price path with cross margin" />}
          </Slot>
        </div>
      </div>
      <h4 className="chart__subtitle">Net notional the liquidations sold, by asset</h4>
      <Slot value={shaped} minHeight={200}>
        {(v) => <SoldPlot assets={v.data.assets} quote={v.cross.quote} />}
      </Slot>
      <TotalsTable isolated={data.isolated} cross={data.cross} quote={quote} />
    </CascadeChartFrame>
  );
});
