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

/** The headline figures now and at the what-if prices, side by side, from the two reports. */
export function WhatIfSummary({ now, moved }: { now: Report; moved: Report | null }) {
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
        {ROWS.map((row) => (
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
