// The comparison as text a trader reads, one row per rule set: every figure in the app's one number
// format, with the engine's exact value kept beside it for the tooltip. Derived here, tested apart
// from the component.
import type { Comparison, RuleSetComparison } from '../../state/venue-compare';
import { ZONE_LABEL } from '../charts/health-zone';
import type { TextTable } from '../charts/text-table';
import { formatExact, formatMoney, formatMove, formatPercent, formatPrice, MISSING } from '../common/format';

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
  /** Maintenance ÷ adjusted equity (lending: debt ÷ weighted collateral): 100 % is liquidation. */
  ratio: Figure;
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

export function compareRows(comparison: Comparison, quote: string): CompareRow[] {
  const assets = liquidatingAssets(comparison);
  return comparison.rules.map((rule) => {
    const liquidation = Object.create(null) as CompareRow['liquidation'];
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
      ratio: rule.ratio === null ? { text: MISSING, exact: 'no requirement' } : { text: formatPercent(rule.ratio), exact: `${formatExact(rule.ratio)} (1 = liquidation)` },
      zone: rule.zone,
      zoneLabel: ZONE_LABEL[rule.zone],
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
