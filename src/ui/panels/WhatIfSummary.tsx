import type { Report } from '../../engine';
import { formatMoney, formatMove, formatRatio } from '../common/format';

interface Row {
  label: string;
  testId: string;
  value: (r: Report) => string;
}

const ROWS: readonly Row[] = [
  { label: 'Health factor', testId: 'whatif-health', value: (r) => formatRatio(r.account.healthFactor) },
  { label: 'Equity', testId: 'whatif-equity', value: (r) => formatMoney(r.account.equity) },
  { label: 'Maintenance margin', testId: 'whatif-maintenance', value: (r) => formatMoney(r.account.maintenanceMargin) },
  { label: 'Free margin', testId: 'whatif-free', value: (r) => formatMoney(r.account.freeMargin) },
  { label: 'Joint move to liquidation', testId: 'whatif-distance', value: (r) => formatMove(r.account.distanceToLiquidation) },
];

// A lending pool has no maintenance margin to show (it would read 0.00): its debt and what more
// may be borrowed instead.
const LENDING_ROWS: readonly Row[] = [
  ROWS[0]!,
  ROWS[1]!,
  { label: 'Debt', testId: 'whatif-debt', value: (r) => formatMoney(r.lending?.debt) },
  { label: 'Borrow power left', testId: 'whatif-borrow-power', value: (r) => formatMoney(r.lending?.borrowCapacity) },
  ROWS[4]!,
];

/** The headline figures now and at the what-if prices, side by side, from the two reports. */
export function WhatIfSummary({ now, moved }: { now: Report; moved: Report | null }) {
  const rows = now.lending ? LENDING_ROWS : ROWS;
  return (
    <table className="grid grid--compact" data-testid="whatif-summary">
      <caption className="visually-hidden">Figures now and at the what-if prices</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="number">
            Now
          </th>
          {moved ? (
            <th scope="col" className="number">
              What-if
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="number" data-testid={`${row.testId}-now`}>
              {row.value(now)}
            </td>
            {moved ? (
              <td className="number" data-testid={`${row.testId}-moved`}>
                {row.value(moved)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
