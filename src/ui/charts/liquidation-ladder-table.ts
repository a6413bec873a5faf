// The liquidation ladder's numbers: CSV rows and the screen-reader table.
import type { Report } from '../../engine';
import type { CsvTable } from './csv';
import { formatMove, formatPrice, MISSING } from './format';
import { liquidationLadders, type AssetLadder, type LadderPoint } from './liquidation-ladder-data';
import { drawnLadders, omittedAssetsCaption, omittedPositionsCaption, type DrawnLadders } from './liquidation-ladder-groups';
import { fractionToPercent } from './numbers';
import type { TextTable } from './text-table';

/** The baseline point matching a point of now: same lane, same label. */
export function beforeOf(ladder: AssetLadder, point: LadderPoint): LadderPoint | undefined {
  return ladder.before.find((b) => b.y === point.y && b.label === point.label);
}

/** Every marker of every asset, drawn or not: the export is complete even when the chart is not. */
export function ladderCsv(report: Report, baseline?: Report): CsvTable {
  const rows = liquidationLadders(report, baseline).flatMap((ladder) =>
    [...ladder.points, ...ladder.before].map((p) => [
      ladder.asset,
      p.baseline ? 'before' : 'now',
      p.label,
      p.price,
      p.distance === null ? null : fractionToPercent(p.distance),
    ]),
  );
  return { header: ['asset', 'book', 'marker', `price (${report.quote})`, 'distance from today (%)'], rows };
}

/** The markers drawn, for screen readers, with a line for what is left off (as the chart's captions say). */
export function ladderText(report: Report, baseline?: Report, drawn: DrawnLadders = drawnLadders(report, baseline)): TextTable {
  const blank = () => [MISSING, MISSING, ...(baseline ? [MISSING] : [])];
  const leftOff = omittedAssetsCaption(drawn);
  const rows = drawn.ladders.flatMap((ladder) => [
    ...ladder.points.map((p) => {
      const before = beforeOf(ladder, p);
      return [
        `${ladder.asset}: ${p.label}`,
        formatPrice(p.price),
        p.distance === null ? MISSING : formatMove(p.distance),
        ...(baseline ? [before ? formatPrice(before.price) : MISSING] : []),
      ];
    }),
    ...ladder.notes.map((note) => [`${ladder.asset}: ${note}`, ...blank()]),
    ...[omittedPositionsCaption(ladder, report.quote)].flatMap((line) => (line ? [[`${ladder.asset}: ${line}`, ...blank()]] : [])),
  ]);
  if (leftOff) rows.push([leftOff, ...blank()]);
  return {
    caption: `Liquidation prices by asset, in ${report.quote}`,
    columns: ['Marker', `Price (${report.quote})`, 'Distance from today', ...(baseline ? [`Before (${report.quote})`] : [])],
    rows,
  };
}
