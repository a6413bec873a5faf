// The liquidation ladder's numbers: CSV rows and the screen-reader table.
import type { Report } from '../../engine';
import type { CsvTable } from './csv';
import { formatMove, formatPrice, MISSING } from './format';
import { liquidationLadders, type AssetLadder, type LadderPoint } from './liquidation-ladder-data';
import { fractionToPercent } from './numbers';
import type { TextTable } from './text-table';

/** The baseline point matching a point of now: same lane, same label. */
export function beforeOf(ladder: AssetLadder, point: LadderPoint): LadderPoint | undefined {
  return ladder.before.find((b) => b.y === point.y && b.label === point.label);
}

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

export function ladderText(report: Report, baseline?: Report): TextTable {
  const rows = liquidationLadders(report, baseline).flatMap((ladder) => [
    ...ladder.points.map((p) => {
      const before = beforeOf(ladder, p);
      return [
        `${ladder.asset}: ${p.label}`,
        formatPrice(p.price),
        p.distance === null ? MISSING : formatMove(p.distance),
        ...(baseline ? [before ? formatPrice(before.price) : MISSING] : []),
      ];
    }),
    ...ladder.notes.map((note) => [`${ladder.asset}: ${note}`, MISSING, MISSING, ...(baseline ? [MISSING] : [])]),
  ]);
  return {
    caption: `Liquidation prices by asset, in ${report.quote}`,
    columns: ['Marker', `Price (${report.quote})`, 'Distance from today', ...(baseline ? [`Before (${report.quote})`] : [])],
    rows,
  };
}
