import type { Report } from '../../engine';
import { formatMoney, formatMove } from '../common/format';
import { FiguresTable, type FigureRow } from './FiguresTable';
import { healthRows } from './health-rows';

interface Row {
  label: string;
  testId: string;
  value: (r: Report) => string;
}

const EQUITY: Row = { label: 'Equity', testId: 'whatif-equity', value: (r) => formatMoney(r.account.equity) };
const DISTANCE: Row = { label: 'Joint move to liquidation', testId: 'whatif-distance', value: (r) => formatMove(r.account.distanceToLiquidation) };

const ROWS: readonly Row[] = [
  EQUITY,
  { label: 'Maintenance margin', testId: 'whatif-maintenance', value: (r) => formatMoney(r.account.maintenanceMargin) },
  { label: 'Free margin', testId: 'whatif-free', value: (r) => formatMoney(r.account.freeMargin) },
  DISTANCE,
];

// A lending pool has no maintenance margin to show (it would read 0.00): its debt and what more
// may be borrowed instead.
const LENDING_ROWS: readonly Row[] = [
  EQUITY,
  { label: 'Debt', testId: 'whatif-debt', value: (r) => formatMoney(r.lending?.debt) },
  { label: 'Borrow power left', testId: 'whatif-borrow-power', value: (r) => formatMoney(r.lending?.borrowCapacity) },
  DISTANCE,
];

/** The headline figures now and at the what-if prices, side by side, from the two reports. */
export function WhatIfSummary({ now, moved }: { now: Report; moved: Report | null }) {
  const rows: FigureRow[] = [
    ...healthRows(now, moved, 'whatif'),
    ...(now.lending ? LENDING_ROWS : ROWS).map((row) => ({
      key: row.testId,
      label: row.label,
      first: row.value(now),
      ...(moved ? { second: row.value(moved) } : {}),
      testId: row.testId,
    })),
  ];
  return (
    <FiguresTable
      caption="Figures now and at the what-if prices"
      headings={['Now', moved ? 'What-if' : null]}
      rows={rows}
      cellSuffixes={['now', 'moved']}
      testId="whatif-summary"
    />
  );
}
