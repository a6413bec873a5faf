import type { Report } from '../../engine';
import { ACCOUNT_ZONE_LABEL, accountZone, healthReading, healthValue, nearestLiquidationShort } from '../charts/health-reading';
import type { FigureRow } from './FiguresTable';

/**
 * The account's health as three rows of a panel's table: the ratio under its rule set's name
 * (margin ratio in percent, or health factor), the engine's zone, and the nearest liquidation.
 * `second` is the report after a what-if, a trade or a top-up, or null for one column.
 */
export function healthRows(first: Report, second: Report | null, testIdPrefix: string): [FigureRow, FigureRow, FigureRow] {
  const zone = (r: Report) => ACCOUNT_ZONE_LABEL[accountZone(r)];
  const row = (key: string, label: string, value: (r: Report) => string): FigureRow => ({
    key,
    label,
    ...(key === 'nearest' ? { words: true } : {}),
    first: value(first),
    ...(second ? { second: value(second) } : {}),
    testId: `${testIdPrefix}-${key}`,
  });
  return [row('health', healthReading(first).label, healthValue), row('zone', 'Zone', zone), row('nearest', 'Nearest liquidation', nearestLiquidationShort)];
}
