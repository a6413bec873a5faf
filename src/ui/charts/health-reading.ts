// The account's health as the screen names it, from the report's `account.health`: the ratio under
// its rule set's own name (exchanges and portfolio margin: the margin ratio, maintenance ÷ adjusted
// equity, as a percent like Binance and Bybit show it, lower is safer and 100 % is liquidation;
// lending: the health factor, Aave's, higher is safer and below 1 is liquidation), the zone the
// engine judged by the distance to the nearest liquidation in daily σ (never by the ratio: 9.87 of
// cover can be a 2 σ day from liquidation), and that distance in words.
import type { NearestLiquidationReport, Report } from '../../engine';
import { formatMove, formatPercent, formatRatio, MINUS, MISSING } from '../common/format';

export type AccountZone = 'safe' | 'caution' | 'danger' | 'liquidated' | 'none';

export const ACCOUNT_ZONE_LABEL: Record<AccountZone, string> = {
  safe: 'safe',
  caution: 'caution',
  danger: 'danger',
  liquidated: 'liquidated',
  none: 'not judged',
};

export type HealthMeasure = 'Margin ratio' | 'Health factor';

export interface HealthReading {
  label: HealthMeasure;
  /** "10.13%" (margin ratio) or "1.54" (health factor); "—" where there is none. */
  value: string;
  /** The report's decimal string (a fraction for the margin ratio), for CSV. */
  raw: string | null;
  zone: AccountZone;
  /** How to read the number: which way is safer, where liquidation is. */
  scale: string;
  /** "a 7.87% fall in ETH, 2.3 daily σ", or what stands in its place. */
  nearest: string;
  /** Why `value` is missing. */
  reason?: string;
}

const SCALE: Record<HealthMeasure, string> = {
  'Margin ratio': 'maintenance ÷ equity: lower is safer, liquidation at 100%',
  'Health factor': 'collateral × liquidation threshold ÷ debt: higher is safer, liquidation below 1',
};

/** The measure the book's rule set shows its health in. */
export function measureOf(report: Report): HealthMeasure {
  const measure = report.account.health?.measure ?? (report.rules.kind === 'lending' ? 'health factor' : 'margin ratio');
  return measure === 'health factor' ? 'Health factor' : 'Margin ratio';
}

const MARGIN_RATIO = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A margin ratio (a fraction) in percent with 2 decimals, as Binance and Bybit show it: 0.1013 → "10.13%". */
export function formatMarginRatio(fraction: string | number | null | undefined): string {
  const n = typeof fraction === 'string' ? Number(fraction) : fraction;
  if (n === null || n === undefined || !Number.isFinite(n) || (typeof fraction === 'string' && fraction.trim() === '')) return MISSING;
  return MARGIN_RATIO.format(n).replaceAll('-', MINUS);
}

/** The ratio alone, as a table cell shows it: "10.13%", "1.54", or "—". */
export function healthValue(report: Report): string {
  const health = report.account.health;
  if (measureOf(report) === 'Health factor') return formatRatio(health ? health.value : report.account.healthFactor);
  return formatMarginRatio(health ? health.value : report.account.marginRatio);
}

/**
 * A top-up's target as the book's own measure shows it. The engine takes every target as a health
 * factor (numerator ÷ requirement); under exchange rules that is 1 ÷ the margin ratio.
 */
export function healthTargetText(report: Report, targetHealthFactor: number): string {
  if (measureOf(report) === 'Health factor') return formatRatio(targetHealthFactor);
  return targetHealthFactor > 0 ? formatMarginRatio(1 / targetHealthFactor) : MISSING;
}

/** Daily σ as people read a count of them: 2 decimals under 1 (0.03), 1 under 10 (2.3), whole beyond (655). */
export function formatSigmas(sigmas: number): string {
  if (!Number.isFinite(sigmas) || sigmas < 0) return MISSING;
  if (sigmas < 1) return sigmas.toFixed(2);
  if (sigmas < 10) return sigmas.toFixed(1);
  return Math.round(sigmas).toLocaleString('en-US');
}

/**
 * The nearest liquidation in the words of `say`, or what stands in its place: at or past it now,
 * no move in range, or nothing to judge (a report from before account.health).
 */
function nearestIn(report: Report, instead: { liquidated: string; none: string }, say: (n: NearestLiquidationReport, sigmas: string) => string): string {
  const health = report.account.health;
  if (!health) return MISSING;
  if (health.liquidated) return instead.liquidated;
  const n = health.nearestLiquidation;
  if (!n) return instead.none;
  const sigmas = formatSigmas(n.dailySigmas);
  return say(n, sigmas === MISSING ? '' : `, ${sigmas} daily σ`);
}

/** "a 7.87% fall in ETH, 2.3 daily σ": the nearest move to liquidation in words. */
export function nearestLiquidationText(report: Report): string {
  return nearestIn(
    report,
    { liquidated: 'at or past liquidation now', none: 'no price move in range liquidates the account' },
    (n, sigmas) => `a ${formatPercent(Math.abs(n.move))} ${n.move < 0 ? 'fall' : 'rise'} ${n.along === 'joint' ? 'of every non-stable asset together' : `in ${n.along}`}${sigmas}`,
  );
}

/** The same, short enough for a table cell: "ETH −7.87%, 2.3 daily σ". */
export function nearestLiquidationShort(report: Report): string {
  return nearestIn(report, { liquidated: 'liquidated now', none: 'none in range' }, (n, sigmas) => `${n.along === 'joint' ? 'all together' : n.along} ${formatMove(n.move)}${sigmas}`);
}

export function accountZone(report: Report): AccountZone {
  return report.account.health?.zone ?? 'none';
}

export function healthReading(report: Report): HealthReading {
  const label = measureOf(report);
  const health = report.account.health;
  const value = healthValue(report);
  const reason = value === MISSING ? (health?.reason ?? report.account.healthFactorReason) : undefined;
  return {
    label,
    value,
    raw: health ? health.value : label === 'Health factor' ? report.account.healthFactor : report.account.marginRatio,
    zone: accountZone(report),
    scale: SCALE[label],
    nearest: nearestLiquidationText(report),
    ...(reason ? { reason } : {}),
  };
}
