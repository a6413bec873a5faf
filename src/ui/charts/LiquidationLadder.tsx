// The liquidation ladder: per non-stable asset, a price axis with today's price, the account's
// liquidation prices (this asset alone moving) and those of its isolated positions; on a large book
// the nearest assets and positions only, with a caption for the rest.
import { useMemo } from 'react';
import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { ChartFrame } from './ChartFrame';
import { ChartTooltip, type TooltipRow } from './ChartTooltip';
import { formatExact, formatMove, formatPrice } from './format';
import { labelSides, pointTag, type AssetLadder, type LabelSide, type LadderKind, type LadderPoint } from './liquidation-ladder-data';
import { drawnLadders, omittedAssetsCaption, omittedPositionsCaption } from './liquidation-ladder-groups';
import { beforeOf, ladderCsv, ladderText } from './liquidation-ladder-table';
import { toFiniteNumber } from './numbers';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

const TITLE = 'Liquidation ladder';
const LANE_HEIGHT = 36;

const KINDS: { kind: LadderKind; label: string; color: string }[] = [
  { kind: 'today', label: "Today's price", color: COLOR.today },
  { kind: 'account', label: 'Account liquidation, this asset alone', color: COLOR.liquidation },
  { kind: 'joint', label: 'Account liquidation, all assets together', color: COLOR.danger },
  { kind: 'position', label: 'Isolated position liquidation', color: COLOR.position },
];

function LadderTooltip({ active, payload, ladder, quote }: Partial<TooltipContentProps> & { ladder: AssetLadder; quote: string }) {
  const point = payload?.[0]?.payload as LadderPoint | undefined;
  if (!active || !point) return null;
  const rows: TooltipRow[] = [{ label: 'Price', value: `${formatExact(point.price)} ${quote}` }];
  if (point.distance !== null) rows.push({ label: 'From today', value: formatMove(point.distance) });
  const before = point.baseline ? undefined : beforeOf(ladder, point);
  if (before) rows.push({ label: 'Before', value: `${formatExact(before.price)} ${quote}` });
  return <ChartTooltip title={`${ladder.asset}: ${point.label}${point.baseline ? ' (before)' : ''}`} rows={rows} />;
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
  value?: unknown;
}

/** One line beside the dot, on the side labelSides chose; nothing for a dot left bare. */
function PointLabel({ x, y, width, height, index, value, points }: LabelProps & { points: (LadderPoint & { side: LabelSide })[] }) {
  const side = index === undefined ? null : points[index]?.side;
  if (!side) return null;
  const cx = Number(x) + Number(width ?? 0) / 2;
  const cy = Number(y) + Number(height ?? 0) / 2;
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (
    <text x={side === 'right' ? cx + 8 : cx - 8} y={cy} dy="0.35em" textAnchor={side === 'right' ? 'start' : 'end'} fill={COLOR.text} fontSize={11}>
      {String(value)}
    </text>
  );
}

function AssetLadderChart({ ladder, quote }: { ladder: AssetLadder; quote: string }) {
  const today = toFiniteNumber(ladder.price);
  const labelled = useMemo(() => {
    const sides = labelSides(ladder.points, ladder.domain);
    return ladder.points.map((p, i) => ({ ...p, side: sides[i] ?? null }));
  }, [ladder]);
  const laneLabel = (y: number) => {
    const label = ladder.lanes.find((lane) => lane.y === y)?.label ?? '';
    return label.length > 12 ? `${label.slice(0, 11)}…` : label;
  };
  return (
    <>
      <h4 className="chart__subtitle">
        {ladder.asset}: today {formatPrice(ladder.price)} {quote}
      </h4>
      <ScatterChart
        responsive
        style={{ width: '100%', height: 56 + ladder.lanes.length * LANE_HEIGHT }}
        margin={{ top: 18, right: 28, bottom: 24, left: 4 }}
        title={`${ladder.asset} liquidation prices`}
        desc="The numbers are in the table that follows the chart."
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={ladder.domain}
          ticks={ladder.ticks}
          tickFormatter={(v: number) => formatPrice(v)}
          label={{ value: `${ladder.asset} price (${quote})`, position: 'insideBottom', offset: -14 }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, ladder.lanes.length - 0.5]}
          ticks={ladder.lanes.map((lane) => lane.y)}
          interval={0}
          reversed
          width={84}
          tickFormatter={laneLabel}
        />
        {today !== null ? <ReferenceLine x={today} stroke={COLOR.today} strokeDasharray="4 3" /> : null}
        {ladder.before.length > 0 ? (
          <Scatter name="Before" data={ladder.before} fill={COLOR.surface} stroke={COLOR.baseline} strokeWidth={2} isAnimationActive={false} />
        ) : null}
        {KINDS.map(({ kind, label, color }) => {
          const points = labelled.filter((p) => p.kind === kind);
          return points.length === 0 ? null : (
            <Scatter key={kind} name={label} data={points} fill={color} isAnimationActive={false}>
              <LabelList dataKey={pointTag} content={(props) => <PointLabel {...(props as LabelProps)} points={points} />} />
            </Scatter>
          );
        })}
        <Tooltip content={<LadderTooltip ladder={ladder} quote={quote} />} cursor={false} />
      </ScatterChart>
      {ladder.omitted ? <p className="chart__caption" data-testid="ladder-omitted">{omittedPositionsCaption(ladder, quote)}</p> : null}
      {ladder.notes.length > 0 ? (
        <ul className="chart__notes">
          {ladder.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function LiquidationLadder({ report, baseline }: ChartProps) {
  // A large book draws its nearest assets and positions only (liquidation-ladder-groups.ts); the CSV has all.
  const drawn = useMemo(() => drawnLadders(report, baseline), [report, baseline]);
  const ladders = drawn.ladders;
  const text = useMemo(() => ladderText(report, baseline, drawn), [report, baseline, drawn]);
  const leftOff = omittedAssetsCaption(drawn);
  if (ladders.length === 0) {
    return (
      <ChartFrame title={TITLE} fileStem="liquidation-ladder" portfolioName={report.name}>
        <p className="chart__empty">No non-stable assets: nothing has a liquidation price.</p>
      </ChartFrame>
    );
  }
  const legend: LegendItem[] = [
    ...KINDS.map(({ label, color }): LegendItem => ({ label, color, shape: 'dot' })),
    ...(baseline ? [{ label: 'Before', color: COLOR.baseline, shape: 'dot' } satisfies LegendItem] : []),
  ];
  return (
    <ChartFrame
      title={TITLE}
      fileStem="liquidation-ladder"
      portfolioName={report.name}
      text={text}
      legend={legend}
      csv={() => ladderCsv(report, baseline)}
      caption={
        <p className="chart__caption">
          Account: this asset moves alone, the others held. Joint move: every non-stable asset moves by the same fraction. Percentages are the
          distance from today&apos;s price.{leftOff ? ` ${leftOff}` : ''}
        </p>
      }
    >
      {ladders.map((ladder) => (
        <AssetLadderChart key={ladder.asset} ladder={ladder} quote={report.quote} />
      ))}
    </ChartFrame>
  );
}
