// The liquidation ladder: per non-stable asset, a price axis with today's price, the account's
// liquidation prices (this asset alone moving) and those of its isolated positions; on a large book
// the nearest assets and positions only, with a caption for the rest.
import { useMemo } from 'react';
import { AssetLadderChart, LADDER_KIND_COLOR } from './AssetLadderChart';
import { ChartFrame } from './ChartFrame';
import type { LadderKind } from './liquidation-ladder-data';
import { drawnLadders, omittedAssetsCaption, omittedPositionsCaption } from './liquidation-ladder-groups';
import { ladderCsv, ladderText } from './liquidation-ladder-table';
import { COLOR } from './palette';
import type { ChartProps, LegendItem } from './types';

const TITLE = 'Liquidation ladder';

const KINDS: { kind: LadderKind; label: string; color: string }[] = [
  { kind: 'today', label: "Today's price", color: LADDER_KIND_COLOR.today },
  { kind: 'account', label: 'Account liquidation, this asset alone', color: LADDER_KIND_COLOR.account },
  { kind: 'joint', label: 'Account liquidation, all assets together', color: LADDER_KIND_COLOR.joint },
  { kind: 'position', label: 'Isolated position liquidation', color: LADDER_KIND_COLOR.position },
];

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
        <div key={ladder.asset} className="chart__ladder-asset">
          <AssetLadderChart ladder={ladder} quote={report.quote} />
          {ladder.omitted ? (
            <p className="chart__caption" data-testid="ladder-omitted">
              {omittedPositionsCaption(ladder, report.quote)}
            </p>
          ) : null}
          {ladder.notes.length > 0 ? (
            <ul className="chart__notes">
              {ladder.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </ChartFrame>
  );
}
