// The headline strip's figures, each with its value now and, given a baseline, before.
import type { Report } from '../../engine';
import { describeProblem } from '../../state/paths';
import type { CsvTable } from './csv';
import { formatChange, formatMoney, formatMove, MISSING } from './format';
import { ACCOUNT_ZONE_LABEL, accountZone, healthReading, healthValue, type AccountZone } from './health-reading';
import { fractionToPercent, toFiniteNumber } from './numbers';
import type { TextTable } from './text-table';

export type HeadlineKey = 'equity' | 'maintenanceMargin' | 'initialMargin' | 'freeMargin' | 'health' | 'distanceToLiquidation' | 'collateral' | 'debt' | 'borrowPower';

export interface HeadlineItem {
  key: HeadlineKey;
  label: string;
  /** Unit shown after the value ("USDT"), or empty. */
  unit: string;
  /** Formatted now, "—" when missing. */
  value: string;
  /** Formatted before; undefined without a baseline. */
  before?: string;
  /** "before → now", or now alone. */
  text: string;
  /** The report's raw value (decimal string or fraction) for CSV. */
  raw: string | number | null;
  rawBefore?: string | number | null;
  /** Why the value is missing (the title of the "—"). */
  reason?: string;
  /** Only for the health: the engine's zone, judged by the distance to the nearest liquidation. */
  zone?: AccountZone;
  /** Only for the health: the nearest liquidation in words, and how to read the ratio. */
  nearest?: string;
  scale?: string;
}

interface Spec {
  key: HeadlineKey;
  label: string | ((r: Report) => string);
  money: boolean;
  raw: (r: Report) => string | number | null;
  format: (v: string | number | null) => string;
  reason?: (r: Report) => string | undefined;
}

const SPECS: Spec[] = [
  { key: 'equity', label: 'Equity', money: true, raw: (r) => r.account.equity, format: formatMoney },
  { key: 'maintenanceMargin', label: 'Maintenance margin', money: true, raw: (r) => r.account.maintenanceMargin, format: formatMoney },
  { key: 'initialMargin', label: 'Initial margin', money: true, raw: (r) => r.account.initialMargin, format: formatMoney },
  { key: 'freeMargin', label: 'Free margin', money: true, raw: (r) => r.account.freeMargin, format: formatMoney },
  {
    // Margin ratio (exchanges, portfolio margin) or health factor (lending), as account.health names it.
    key: 'health',
    label: (r) => healthReading(r).label,
    money: false,
    raw: (r) => healthReading(r).raw,
    format: () => MISSING,
    reason: (r) => healthReading(r).reason,
  },
  {
    key: 'distanceToLiquidation',
    label: 'Distance to liquidation',
    money: false,
    raw: (r) => r.account.distanceToLiquidation,
    format: formatMove,
    reason: () => 'No joint price move in range liquidates the account.',
  },
];

// A lending pool has no maintenance or initial margin (they would read 0.00): its figures are the
// collateral, the debt, what more may be borrowed, and the health factor (Aave's dashboard).
const LENDING_SPECS: Spec[] = [
  { key: 'collateral', label: 'Collateral', money: true, raw: (r) => r.lending?.collateralValue ?? null, format: formatMoney },
  { key: 'debt', label: 'Debt', money: true, raw: (r) => r.lending?.debt ?? null, format: formatMoney },
  {
    key: 'borrowPower',
    label: 'Borrow power left',
    money: true,
    raw: (r) => r.lending?.borrowCapacity ?? null,
    format: formatMoney,
  },
  ...SPECS.filter((s) => s.key === 'health' || s.key === 'distanceToLiquidation'),
];

/** The figure as text: the health through its own formatter (percent or ratio, by rule set). */
function formatted(spec: Spec, report: Report): string {
  return spec.key === 'health' ? healthValue(report) : spec.format(spec.raw(report));
}

export function headlineItems(report: Report, baseline?: Report): HeadlineItem[] {
  return (report.lending ? LENDING_SPECS : SPECS).map((spec) => {
    const raw = spec.raw(report);
    const value = formatted(spec, report);
    const before = baseline ? formatted(spec, baseline) : undefined;
    const reason = value === MISSING ? spec.reason?.(report) : undefined;
    const health = spec.key === 'health' ? healthReading(report) : null;
    return {
      key: spec.key,
      label: typeof spec.label === 'function' ? spec.label(report) : spec.label,
      unit: spec.money ? report.quote : '',
      value,
      text: formatChange(before, value),
      raw,
      ...(baseline ? { before, rawBefore: spec.raw(baseline) } : {}),
      ...(reason ? { reason } : {}),
      ...(health ? { zone: health.zone, nearest: health.nearest, scale: health.scale } : {}),
    };
  });
}

/**
 * The engine's warnings that belong to no position row (a position's own show on its row): the
 * book's brackets, its rule set, the account as a whole. Named as the screen names things.
 */
export function accountWarnings(report: Report): string[] {
  return report.warnings.filter((w) => !/^positions\[\d+\]/.test(w.path)).map((w) => describeProblem(w, report.account));
}

/**
 * Each collateral's liquidation threshold on a lending pool: the report's collateral value is the
 * holding × price × threshold (Σ of it is lending.weightedCollateral), so threshold = value ÷
 * (balance × price). Null for debts and empty holdings.
 */
export function liquidationThresholds(report: Report): { asset: string; threshold: number }[] {
  if (!report.lending) return [];
  return report.account.assets.flatMap((a) => {
    const balance = toFiniteNumber(a.balance);
    const price = toFiniteNumber(a.price);
    const value = toFiniteNumber(a.collateralValue);
    if (balance === null || price === null || value === null || balance <= 0 || price <= 0) return [];
    return [{ asset: a.asset, threshold: value / (balance * price) }];
  });
}

const inPercent = (item: HeadlineItem) => item.key === 'distanceToLiquidation' || (item.key === 'health' && item.label === 'Margin ratio');

/** The distance and the margin ratio are fractions in the report; in the CSV, as on screen, percent. */
function csvValue(item: HeadlineItem, raw: string | number | null | undefined): string | number | null {
  if (raw === undefined || raw === null) return null;
  if (!inPercent(item)) return raw;
  const fraction = toFiniteNumber(raw);
  return fraction === null ? null : fractionToPercent(fraction);
}

export function headlineCsv(report: Report, baseline?: Report): CsvTable {
  const items = headlineItems(report, baseline);
  const nearest = (r: Report) => r.account.health?.nearestLiquidation ?? null;
  return {
    header: ['figure', 'unit', 'value', ...(baseline ? ['before'] : [])],
    rows: [
      ...items.map((i) => [i.label, inPercent(i) ? '%' : i.unit, csvValue(i, i.raw), ...(baseline ? [csvValue(i, i.rawBefore)] : [])]),
      ['Zone', '', ACCOUNT_ZONE_LABEL[accountZone(report)], ...(baseline ? [ACCOUNT_ZONE_LABEL[accountZone(baseline)]] : [])],
      ['Nearest liquidation, along', '', nearest(report)?.along ?? null, ...(baseline ? [nearest(baseline)?.along ?? null] : [])],
      ['Nearest liquidation, move', '%', percentOrNull(nearest(report)?.move), ...(baseline ? [percentOrNull(nearest(baseline)?.move)] : [])],
      ['Nearest liquidation, daily σ', 'σ', nearest(report)?.dailySigmas ?? null, ...(baseline ? [nearest(baseline)?.dailySigmas ?? null] : [])],
    ],
  };
}

function percentOrNull(fraction: number | undefined): number | null {
  return fraction === undefined ? null : fractionToPercent(fraction);
}

export function headlineText(report: Report, baseline?: Report): TextTable {
  return {
    caption: `Account headline, in ${report.quote}`,
    columns: ['Figure', ...(baseline ? ['Before'] : []), 'Now'],
    rows: headlineItems(report, baseline).map((i) => [
      i.label,
      ...(baseline ? [i.before ?? MISSING] : []),
      `${i.value}${i.value !== MISSING && i.unit ? ` ${i.unit}` : ''}${zoneNote(i)}${i.reason ? ` (${i.reason})` : ''}`,
    ]),
  };
}

/** " (caution; nearest liquidation: a 7.87% fall in ETH, 2.3 daily σ)" after the health, for text and PNG. */
export function zoneNote(item: HeadlineItem): string {
  if (!item.zone) return '';
  const zone = item.zone === 'none' ? '' : ACCOUNT_ZONE_LABEL[item.zone];
  const nearest = item.nearest && item.nearest !== MISSING ? `nearest liquidation: ${item.nearest}` : '';
  const note = [zone, nearest].filter(Boolean).join('; ');
  return note ? ` (${note})` : '';
}
