// The numbers behind the cascade's charts: CSV for Save CSV (every step, full precision) and text
// tables for screen readers (the rows the chart draws, formatted).
import type { CascadeResult } from '../../engine';
import type { CsvTable } from '../charts/csv';
import { formatMoney, formatMove, formatPrice, MISSING } from '../charts/format';
import type { TextTable } from '../charts/text-table';
import type { MarginComparisonData } from './comparison-data';
import type { AssetMap } from './map-data';
import type { StepRows } from './step-rows';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? count.format(value) : MISSING;
}

const ratio = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export function formatRatio(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${ratio.format(value)}×` : MISSING;
}

const move = (price: number | undefined, today: number | undefined): number | null =>
  price !== undefined && today !== undefined && today > 0 ? price / today - 1 : null;

export function pricePathCsv(result: CascadeResult): CsvTable {
  const header = ['step', ...result.assets.flatMap((a) => [`${a} price (${result.quote})`, `${a} oracle price (${result.quote})`, `${a} fill price (${result.quote})`, `${a} move from today`]), 'accounts liquidated', 'your account liquidated'];
  const rows = result.steps.map((s) => [
    s.step,
    ...result.assets.flatMap((a) => [s.prices[a], s.oraclePrices[a], s.averagePrices[a], move(s.prices[a], result.todayPrices[a])]),
    s.liquidatedAccounts,
    s.userLiquidated,
  ]);
  return { header, rows };
}

export function volumeCsv(result: CascadeResult): CsvTable {
  return {
    header: ['step', 'newly liquidatable', 'accounts liquidated', `notional liquidated (${result.quote})`, 'amplification', ...result.assets.map((a) => `${a} net units sold`), 'your account liquidated'],
    rows: result.steps.map((s) => [s.step, s.newlyLiquidatable, s.liquidatedAccounts, s.liquidatedNotional, s.amplification, ...result.assets.map((a) => s.netSold[a]), s.userLiquidated]),
  };
}

export function fundCsv(result: CascadeResult): CsvTable {
  let badDebt = 0, adl = 0;
  return {
    header: ['step', `insurance fund (${result.quote})`, `bad debt this step (${result.quote})`, `bad debt to date (${result.quote})`, `auto-deleveraging this step (${result.quote})`, `auto-deleveraging to date (${result.quote})`],
    rows: result.steps.map((s) => {
      badDebt += s.badDebt;
      adl += s.adl;
      return [s.step, s.insuranceFund, s.badDebt, badDebt, s.adl, adl];
    }),
  };
}

export function pricePathText(result: CascadeResult, rows: StepRows): TextTable {
  return {
    caption: `Market price at the end of each step, and its move from today's price${rows.binSize > 1 ? ` (${rows.binSize} steps a row)` : ''}`,
    columns: ['Step', ...result.assets.map((a) => `${a} (${result.quote})`), 'Accounts liquidated', 'Your account'],
    rows: rows.rows.map((r) => [
      r.label,
      ...result.assets.map((a) => `${formatPrice(r.prices[a])} (${formatMove((r.movePercents[a] ?? 0) / 100)})`),
      formatCount(r.liquidatedAccounts),
      r.user ? 'liquidated' : '',
    ]),
  };
}

export function volumeText(result: CascadeResult, rows: StepRows): TextTable {
  return {
    caption: `Accounts and notional liquidated per step${rows.binSize > 1 ? ` (${rows.binSize} steps a row)` : ''}`,
    columns: ['Step', 'Accounts liquidated', `Notional (${result.quote})`, 'Amplification'],
    rows: rows.rows.map((r) => [r.label, formatCount(r.liquidatedAccounts), formatMoney(r.liquidatedNotional), formatRatio(r.amplification)]),
  };
}

export function fundText(result: CascadeResult, rows: StepRows): TextTable {
  return {
    caption: `Insurance fund at the end of each step, and bad debt and auto-deleveraging to date${rows.binSize > 1 ? ` (${rows.binSize} steps a row)` : ''}`,
    columns: ['Step', `Insurance fund (${result.quote})`, `Bad debt to date (${result.quote})`, `Auto-deleveraging to date (${result.quote})`],
    rows: rows.rows.map((r) => [r.label, formatMoney(r.insuranceFund), formatMoney(r.badDebtToDate), formatMoney(r.adlToDate)]),
  };
}

export function mapCsv(maps: AssetMap[], quote: string): CsvTable {
  return {
    header: ['asset', 'band', `from price (${quote})`, `to price (${quote})`, 'from move', 'to move', `long notional liquidated (${quote})`, `short notional liquidated (${quote})`],
    rows: maps.flatMap((m) => [
      ...m.rows.map((r) => [m.asset, 'bin', r.fromPrice, r.toPrice, r.fromMove, r.toMove, r.long, r.short]),
      [m.asset, 'beyond ±50 %', null, null, null, null, m.longBeyond, m.shortBeyond],
    ]),
  };
}

export function mapText(maps: AssetMap[], quote: string): TextTable {
  return {
    caption: `The crowd's notional by the price at which it is liquidated (each asset alone moving), in bins of 2.5 % of today's price, in ${quote}`,
    columns: ['Asset and price band', 'Long notional', 'Short notional'],
    rows: maps.flatMap((m) =>
      m.rows
        .filter((r) => r.long > 0 || r.short > 0)
        .map((r) => [`${m.asset} ${formatPrice(r.fromPrice)}–${formatPrice(r.toPrice)} (${formatMove(r.fromMove)} to ${formatMove(r.toMove)})`, formatMoney(r.long), formatMoney(r.short)]),
    ),
  };
}

export function comparisonCsv(data: MarginComparisonData, quote: string): CsvTable {
  const t = (key: keyof MarginComparisonData['cross']) => [data.isolated[key], data.cross[key]];
  return {
    header: ['measure', 'isolated margin', 'cross margin'],
    rows: [
      ['accounts liquidated', ...t('liquidatedAccounts')],
      ['liquidation events', ...t('liquidations')],
      [`notional liquidated (${quote})`, ...t('liquidatedNotional')],
      [`bad debt (${quote})`, ...t('badDebt')],
      [`auto-deleveraging (${quote})`, ...t('adl')],
      [`insurance fund at the end (${quote})`, ...t('insuranceFundEnd')],
      ['steps', ...t('steps')],
      ['your account liquidated at step', ...t('userStep')],
      ...data.assets.flatMap((a) => [
        [`${a.asset} net notional sold (${quote})`, a.isolatedSold, a.crossSold],
        [`${a.asset} largest move`, a.isolatedMove, a.crossMove],
      ]),
    ],
  };
}

export function comparisonText(data: MarginComparisonData, quote: string): TextTable {
  return {
    caption: `The same crowd with isolated and with cross margin, by asset, in ${quote}`,
    columns: ['Asset', 'Sold, isolated', 'Sold, cross', 'Largest move, isolated', 'Largest move, cross'],
    rows: data.assets.map((a) => [a.asset, formatMoney(a.isolatedSold), formatMoney(a.crossSold), formatMove(a.isolatedMove), formatMove(a.crossMove)]),
  };
}
