// The liquidation map: per asset, how much of the crowd's notional is liquidated at each price
// (that asset alone moving), with today's price, the shocked and the lowest price, the critical
// shock, the user's own liquidation price, and where the market is at the step being shown.
import { memo, useMemo } from 'react';
import type { CascadeResult } from '../../engine';
import { ChartTooltip } from '../charts/ChartTooltip';
import { formatMoneyIn, formatMoneyTick, formatMove, formatPrice } from '../charts/format';
import { COLOR, seriesColor } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { useCascade } from '../../state/cascade-store-instance';
import { liquidationMaps, mapTicks, type AssetMap, type MapMark, type MapRow } from './map-data';
import { Plot, type PlotGeometry } from './Plot';
import { CascadeChartFrame } from './CascadeChartFrame';
import { Slot } from './Slot';
import { useStaggered } from './stagger';
import { niceDomain, niceTicks } from './svg-scale';
import { mapCsv, mapText } from './tables';

const LONG = seriesColor(0);
const SHORT = seriesColor(4);

const MARK_STYLE: Record<MapMark['kind'], { color: string; dash: string; legend: LegendItem['shape'] }> = {
  today: { color: COLOR.today, dash: '4 3', legend: 'dashed' },
  shocked: { color: COLOR.caution, dash: '2 3', legend: 'dashed' },
  lowest: { color: COLOR.danger, dash: '6 2', legend: 'dashed' },
  critical: { color: COLOR.position, dash: '8 3 2 3', legend: 'dashed' },
  user: { color: COLOR.liquidation, dash: '', legend: 'line' },
};

function mapTooltip(map: AssetMap, row: MapRow, quote: string) {
  return (
    <ChartTooltip
      title={`${map.asset} ${formatPrice(row.fromPrice)}–${formatPrice(row.toPrice)} ${quote} (${formatMove(row.fromMove)} to ${formatMove(row.toMove)})`}
      rows={[
        { label: 'Longs liquidated here', value: formatMoneyIn(row.long, quote), color: LONG },
        { label: 'Shorts liquidated here', value: formatMoneyIn(row.short, quote), color: SHORT },
      ]}
    />
  );
}

/** Where the market is at the step being shown: the playhead of the map. */
function PricePlayhead({ prices, map, g }: { prices: readonly number[]; map: AssetMap; g: PlotGeometry }) {
  const frame = useCascade((s) => s.frame);
  const price = prices[Math.min(prices.length - 1, Math.max(0, frame))];
  if (price === undefined || !Number.isFinite(price)) return null;
  const x = g.x(Math.min(map.domain[1], Math.max(map.domain[0], price)));
  return (
    <g className="cascade-playhead" pointerEvents="none">
      <line x1={x} x2={x} y1={g.top} y2={g.top + g.plotHeight} stroke={COLOR.text} strokeWidth={2} />
      <text x={x + 4} y={g.top + 11} fontSize={11} className="chart__svg-text">
        now
      </text>
    </g>
  );
}

const AssetMapChart = memo(function AssetMapChart({ map, quote, prices }: { map: AssetMap; quote: string; prices: readonly number[] }) {
  const ticks = useMemo(() => mapTicks(map), [map]);
  const yDomain = useMemo(() => niceDomain(0, Math.max(0, ...map.rows.map((r) => r.long + r.short)), 5, true), [map]);
  const yTicks = useMemo(() => niceTicks(yDomain[0], yDomain[1], 5), [yDomain]);
  const points = useMemo(() => map.rows.map((r) => r.price), [map]);
  return (
    <>
      <h4 className="chart__subtitle">
        {map.asset}: today {formatPrice(map.today)} {quote}
      </h4>
      <Plot
        title={`${map.asset} liquidation map`}
        height={240}
        xDomain={map.domain}
        yDomain={yDomain}
        xTicks={ticks}
        yTicks={yTicks}
        xFormat={(v) => formatMoneyTick(v)}
        yFormat={(v) => formatMoneyTick(v)}
        xLabel={`${map.asset} price (${quote})`}
        yLabel={`Notional (${quote})`}
        points={points}
        tooltip={(i) => mapTooltip(map, map.rows[i]!, quote)}
        overlay={(g) => <PricePlayhead prices={prices} map={map} g={g} />}
      >
        {(g, hover) => {
          const zero = g.y(0);
          return (
            <>
              {map.rows.map((r, i) => {
                const x0 = g.x(r.fromPrice) + 0.5;
                const w = Math.max(0.5, g.x(r.toPrice) - g.x(r.fromPrice) - 1);
                const yLong = g.y(r.long);
                const yTop = g.y(r.long + r.short);
                return r.long + r.short > 0 ? (
                  <g key={r.price} opacity={hover === i ? 0.75 : 1}>
                    {r.long > 0 ? <rect x={x0} y={yLong} width={w} height={Math.max(0.5, zero - yLong)} fill={LONG} /> : null}
                    {r.short > 0 ? <rect x={x0} y={yTop} width={w} height={Math.max(0.5, yLong - yTop)} fill={SHORT} /> : null}
                  </g>
                ) : null;
              })}
              {map.marks.map((m) => {
                const x = g.x(Math.min(map.domain[1], Math.max(map.domain[0], m.price)));
                return (
                  <line
                    key={m.kind}
                    x1={x}
                    x2={x}
                    y1={g.top}
                    y2={g.top + g.plotHeight}
                    stroke={MARK_STYLE[m.kind].color}
                    strokeWidth={m.kind === 'user' ? 2.5 : 2}
                    strokeDasharray={MARK_STYLE[m.kind].dash || undefined}
                    pointerEvents="none"
                  />
                );
              })}
            </>
          );
        }}
      </Plot>
      <ul className="chart__notes">
        {map.marks.map((m) => (
          <li key={m.kind}>
            {m.label}: {formatPrice(m.price)} {quote} ({formatMove(m.move)}){m.price < map.domain[0] || m.price > map.domain[1] ? ', off the chart' : ''}
          </li>
        ))}
        {map.longBeyond > 0 || map.shortBeyond > 0 ? (
          <li>
            Beyond ±50 %: longs {formatMoneyIn(map.longBeyond, quote)}, shorts {formatMoneyIn(map.shortBeyond, quote)}.
          </li>
        ) : null}
      </ul>
    </>
  );
});

export const LiquidationMapChart = memo(function LiquidationMapChart({ result, portfolioName }: { result: CascadeResult; portfolioName: string }) {
  const maps = useMemo(() => liquidationMaps(result), [result]);
  // Each asset's chart with the prices its playhead follows, one value per chart for its turn to draw.
  const charts = useMemo(() => maps.map((map) => ({ map, prices: result.steps.map((s) => s.prices[map.asset] ?? Number.NaN) })), [maps, result]);
  const text = useStaggered(useMemo(() => mapText(maps, result.quote), [maps, result.quote]));
  const kinds = new Set(maps.flatMap((m) => m.marks.map((k) => k.kind)));
  const legend: LegendItem[] = [
    { label: 'Longs (liquidated as the price falls)', color: LONG, shape: 'square' },
    { label: 'Shorts (as it rises)', color: SHORT, shape: 'square' },
    ...(['today', 'shocked', 'lowest', 'critical', 'user'] as const)
      .filter((k) => kinds.has(k))
      .map((k): LegendItem => ({
        label: { today: "Today's price", shocked: 'After the shock', lowest: 'Furthest reached', critical: 'Critical shock', user: 'Your liquidation price' }[k],
        color: MARK_STYLE[k].color,
        shape: MARK_STYLE[k].legend,
      })),
    { label: 'Price at the step shown', color: COLOR.text, shape: 'line' },
  ];
  const spec = {
    title: 'Liquidation map',
    file: 'liquidation-map',
    text,
    legend,
    csv: () => mapCsv(maps, result.quote),
    caption: (
      <>
        Where the crowd&apos;s liquidation prices lie today: the notional that would be liquidated if this asset alone moved to each price (bins of 2.5 % of
        today&apos;s price). A cascade runs through the tall bars just under today&apos;s price.
      </>
    ),
  };
  return (
    <CascadeChartFrame spec={spec} portfolioName={portfolioName}>
      {charts.map((chart) => (
        <Slot key={chart.map.asset} value={chart} minHeight={300}>
          {(c) => <AssetMapChart map={c.map} quote={result.quote} prices={c.prices} />}
        </Slot>
      ))}
    </CascadeChartFrame>
  );
});
