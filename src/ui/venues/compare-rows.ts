// The comparison as text a trader reads, one row per rule set: every figure in the app's one number
// format, with the engine's exact value kept beside it for the tooltip. Derived here, tested apart
// from the component.
import type { Comparison, RuleSetComparison } from '../../state/venue-compare';
import { ACCOUNT_ZONE_LABEL, formatMarginRatio, type HealthMeasure } from '../charts/health-reading';
import type { TextTable } from '../charts/text-table';
import { formatExact, formatMoney, formatMove, formatPrice, formatRatio, MISSING } from '../common/format';

export interface Figure {
  text: string;
  /** Every digit the engine gave, for the tooltip. */
  exact: string;
}

export interface CompareRow {
  name: string;
  title: string;
  overridesApplied: boolean;
  initialMargin: Figure;
  maintenanceMargin: Figure;
  /** What this venue's rules call the ratio: "Margin ratio" (exchanges) or "Health factor" (lending). */
  measure: HealthMeasure;
  /** The ratio as the headline shows it: a margin ratio in percent, a health factor as a number. */
  ratio: Figure;
  /** The venue's own zone, by distance to its nearest liquidation in daily σ, never by the ratio. */
  zone: RuleSetComparison['zone'];
  zoneLabel: string;
  cashNeeded: Figure;
  liquidation: Record<string, { down: Figure; up: Figure }>;
  jointMove: { down: Figure; up: Figure };
}

const NO_PRICE = 'none';

function money(value: string, quote: string): Figure {
  return { text: formatMoney(value), exact: `${formatExact(value)} ${quote}` };
}

function price(value: string | null): Figure {
  return value === null ? { text: NO_PRICE, exact: 'no liquidation price this way' } : { text: formatPrice(value), exact: formatExact(value) };
}

function move(value: number | null): Figure {
  return value === null ? { text: NO_PRICE, exact: 'no joint move liquidates the book this way' } : { text: formatMove(value), exact: formatExact(value * 100) + ' %' };
}

/** The assets with a liquidation price under some rule set, in the comparison's order. */
export function liquidatingAssets(comparison: Comparison): string[] {
  const assets: string[] = [];
  for (const rule of comparison.rules) {
    for (const [asset, prices] of Object.entries(rule.liquidationPrices)) {
      if ((prices.down !== null || prices.up !== null) && !assets.includes(asset)) assets.push(asset);
    }
  }
  return assets;
}

const MEASURE: Record<RuleSetComparison['measure'], HealthMeasure> = { 'margin ratio': 'Margin ratio', 'health factor': 'Health factor' };

const READ: Record<HealthMeasure, string> = {
  'Margin ratio': 'margin ratio, maintenance ÷ adjusted equity: liquidation at 100%',
  'Health factor': 'health factor, collateral × threshold ÷ debt: liquidation below 1',
};

function ratio(rule: RuleSetComparison, measure: HealthMeasure): Figure {
  if (rule.ratio === null) return { text: MISSING, exact: rule.ratioReason ?? 'no ratio' };
  const text = measure === 'Margin ratio' ? formatMarginRatio(rule.ratio) : formatRatio(rule.ratio);
  return { text, exact: `${formatExact(rule.ratio)}: ${READ[measure]}` };
}

export function compareRows(comparison: Comparison, quote: string): CompareRow[] {
  const assets = liquidatingAssets(comparison);
  return comparison.rules.map((rule) => {
    const liquidation = Object.create(null) as CompareRow['liquidation'];
    const measure = MEASURE[rule.measure];
    for (const asset of assets) {
      const prices = Object.hasOwn(rule.liquidationPrices, asset) ? rule.liquidationPrices[asset] : undefined;
      liquidation[asset] = { down: price(prices?.down ?? null), up: price(prices?.up ?? null) };
    }
    return {
      name: rule.name,
      title: rule.title,
      overridesApplied: rule.overridesApplied,
      initialMargin: money(rule.initialMargin, quote),
      maintenanceMargin: money(rule.maintenanceMargin, quote),
      measure,
      ratio: ratio(rule, measure),
      zone: rule.zone,
      zoneLabel: ACCOUNT_ZONE_LABEL[rule.zone],
      cashNeeded: money(rule.cashNeeded, quote),
      liquidation,
      jointMove: { down: move(rule.jointMove.down), up: move(rule.jointMove.up) },
    };
  });
}

/** The chart's figures for screen readers: one line per rule set and asset. */
export function liquidationTextTable(comparison: Comparison): TextTable {
  const rows = compareRows(comparison, '');
  const assets = liquidatingAssets(comparison);
  return {
    caption: 'Liquidation prices under each rule set',
    columns: ['Rule set', 'Asset', 'Liquidation going down', 'Liquidation going up'],
    rows: rows.flatMap((row) => assets.map((asset) => [row.name, asset, row.liquidation[asset]?.down.text ?? NO_PRICE, row.liquidation[asset]?.up.text ?? NO_PRICE])),
  };
}
