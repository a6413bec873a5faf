// The headline strip's figures, each with its value now and, given a baseline, before.
import type { Report } from '../../engine';
import type { CsvTable } from './csv';
import { formatChange, formatHealthFactor, formatMoney, formatMove, MISSING } from './format';
import { healthZone, ZONE_LABEL, type HealthZone } from './health-zone';
import { fractionToPercent, toFiniteNumber } from './numbers';
import type { TextTable } from './text-table';

export type HeadlineKey = 'equity' | 'maintenanceMargin' | 'initialMargin' | 'freeMargin' | 'healthFactor' | 'distanceToLiquidation' | 'collateral' | 'debt' | 'borrowPower';

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
  /** Only for the health factor. */
  zone?: HealthZone;
}

interface Spec {
  key: HeadlineKey;
  label: string;
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
    key: 'healthFactor',
    label: 'Health factor',
    money: false,
    raw: (r) => r.account.healthFactor,
    format: formatHealthFactor,
    reason: (r) => r.account.healthFactorReason,
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
  ...SPECS.filter((s) => s.key === 'healthFactor' || s.key === 'distanceToLiquidation'),
];

export function headlineItems(report: Report, baseline?: Report): HeadlineItem[] {
  return (report.lending ? LENDING_SPECS : SPECS).map((spec) => {
    const raw = spec.raw(report);
    const value = spec.format(raw);
    const before = baseline ? spec.format(spec.raw(baseline)) : undefined;
    const reason = value === MISSING ? spec.reason?.(report) : undefined;
    return {
      key: spec.key,
      label: spec.label,
      unit: spec.money ? report.quote : '',
      value,
      text: formatChange(before, value),
      raw,
      ...(baseline ? { before, rawBefore: spec.raw(baseline) } : {}),
      ...(reason ? { reason } : {}),
      ...(spec.key === 'healthFactor' ? { zone: healthZone(toFiniteNumber(raw)) } : {}),
    };
  });
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

/** The distance is a fraction in the report; in the CSV, like every move of the charts, percent. */
function csvValue(item: HeadlineItem, raw: string | number | null | undefined): string | number | null {
  if (raw === undefined) return null;
  return item.key === 'distanceToLiquidation' && typeof raw === 'number' ? fractionToPercent(raw) : raw;
}

export function headlineCsv(report: Report, baseline?: Report): CsvTable {
  const items = headlineItems(report, baseline);
  return {
    header: ['figure', 'unit', 'value', ...(baseline ? ['before'] : [])],
    rows: items.map((i) => [
      i.label,
      i.key === 'distanceToLiquidation' ? '%' : i.unit,
      csvValue(i, i.raw),
      ...(baseline ? [csvValue(i, i.rawBefore)] : []),
    ]),
  };
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

function zoneNote(item: HeadlineItem): string {
  return item.zone && item.zone !== 'none' ? ` (${ZONE_LABEL[item.zone]})` : '';
}
