// Shaping a portfolio-margin risk array (report.portfolioMargin.assets[i]) into a heatmap: price
// move across, volatility shock down, each cell the scenario's weighted loss. Also the sentence
// that says why the requirement is what it is, and the CSV / screen-reader forms of every array.
import type { PortfolioMarginReport, RiskArrayReport } from '../../engine';
import type { CsvTable } from '../charts/csv';
import { formatMoney, formatMove, formatPercent } from '../charts/format';
import { fractionToPercent, toFiniteNumber } from '../charts/numbers';
import type { TextTable } from '../charts/text-table';
import { largestMagnitude } from './heat-scale';

export type VolatilityShock = -1 | 0 | 1;

export interface RiskArrayCell {
  move: number;
  volatility: VolatilityShock;
  extreme: boolean;
  weight: number;
  /** Weighted loss (positive: lost) as a chart number; null if the engine's string is not a number. */
  loss: number | null;
  /** The engine's exact decimal string. */
  lossText: string;
  worst: boolean;
}

export interface RiskArrayGrid {
  asset: string;
  /** Price moves of the columns, ascending (falls on the left). */
  moves: number[];
  /** Volatility shocks of the rows: up, unchanged, down (only those the grid uses). */
  volatilities: VolatilityShock[];
  /** cells[row][column]; null where the grid has no such scenario. */
  cells: (RiskArrayCell | null)[][];
  /** The end of the colour scale. */
  largestLoss: number;
  worst: RiskArrayCell | null;
}

const ROW_ORDER: readonly VolatilityShock[] = [1, 0, -1];
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/** A move as an axis tick: "−15%", "+3.8%" (one decimal at most). */
export function moveTick(move: number): string {
  if (!Number.isFinite(move)) return '—';
  const points = Math.round(move * 1000) / 10;
  const text = `${Math.abs(points)}%`;
  return points > 0 ? `+${text}` : points < 0 ? `−${text}` : text;
}

const VOLATILITY_LABEL: Record<VolatilityShock, string> = { 1: 'volatility up', 0: 'volatility unchanged', [-1]: 'volatility down' };

/** The row label: "Vol +25%", with the shock of the settings. */
export function volatilityRowLabel(v: VolatilityShock, shock: number): string {
  if (v === 0) return 'Vol same';
  return `Vol ${formatMove(v * shock)}`;
}

function isWorst(s: RiskArrayReport['scenarios'][number], w: RiskArrayReport['worstScenario']): boolean {
  return same(s.move, w.move) && s.volatility === w.volatility && s.extreme === w.extreme;
}

export function riskArrayGrid(array: RiskArrayReport): RiskArrayGrid {
  const moves: number[] = [];
  for (const s of array.scenarios) if (Number.isFinite(s.move) && !moves.some((m) => same(m, s.move))) moves.push(s.move);
  moves.sort((a, b) => a - b);
  const volatilities = ROW_ORDER.filter((v) => array.scenarios.some((s) => s.volatility === v));
  const cells: (RiskArrayCell | null)[][] = volatilities.map(() => moves.map(() => null));
  let worst: RiskArrayCell | null = null;
  for (const s of array.scenarios) {
    const row = volatilities.indexOf(s.volatility);
    const column = moves.findIndex((m) => same(m, s.move));
    if (row < 0 || column < 0) continue;
    const cell: RiskArrayCell = {
      move: s.move, volatility: s.volatility, extreme: s.extreme, weight: s.weight,
      loss: toFiniteNumber(s.loss), lossText: s.loss, worst: worst === null && isWorst(s, array.worstScenario),
    };
    if (cell.worst) worst = cell;
    cells[row]![column] = cell;
  }
  return { asset: array.asset, moves, volatilities, cells, largestLoss: largestMagnitude(cells.flat().map((c) => c?.loss ?? null)), worst };
}

/** "price −15.0%, volatility up" (+ ", an extreme move counted at 35.0%"). */
export function scenarioText(s: { move: number; volatility: VolatilityShock; extreme: boolean; weight: number }): string {
  const extreme = s.extreme ? `, an extreme move counted at ${formatPercent(s.weight)}` : '';
  return `price ${formatMove(s.move)}, ${VOLATILITY_LABEL[s.volatility]}${extreme}`;
}

/** Why the asset's requirement is what it is, in one or two sentences. */
export function requirementText(array: RiskArrayReport, quote: string): string {
  const money = (x: string) => `${formatMoney(x)} ${quote}`;
  const charge = toFiniteNumber(array.shortOptionCharge) ?? 0;
  const worstLoss = toFiniteNumber(array.worstLoss) ?? 0;
  const chargeText = charge > 0 ? ` + short option charge ${money(array.shortOptionCharge)}` : '';
  if (worstLoss <= 0) {
    return charge > 0
      ? `No scenario loses money, so the requirement ${money(array.requirement)} is the short option charge alone.`
      : `No scenario of the grid loses money: the requirement is ${money(array.requirement)}.`;
  }
  return `Requirement ${money(array.requirement)} = the worst loss ${money(array.worstLoss)} (${scenarioText(array.worstScenario)})${chargeText}.`;
}

/**
 * Which assets' arrays to draw: every one on a book of up to `limit` + 1 assets, in the report's
 * order; on a larger book the `limit` largest requirements, largest first (ties in the report's
 * order). A 50-asset book drew 50 heatmaps, a page of 17,000 px laid out in one 80 ms task.
 */
export function largestArrays(assets: readonly RiskArrayReport[], limit: number): RiskArrayReport[] {
  if (assets.length <= limit + 1) return [...assets];
  const requirement = (a: RiskArrayReport) => toFiniteNumber(a.requirement) ?? -Infinity;
  return assets
    .map((array, index) => ({ array, index }))
    .sort((a, b) => requirement(b.array) - requirement(a.array) || a.index - b.index)
    .slice(0, limit)
    .map((a) => a.array);
}

/** How the account's figure follows from the assets': the sum, the offset (if enabled), initial and maintenance. */
export function accountText(pm: PortfolioMarginReport, quote: string): string {
  const money = (x: string) => `${formatMoney(x)} ${quote}`;
  const offset = pm.interAssetOffset
    ? `minus the inter-asset offset ${money(pm.offset)} (bounded by the correlations and capped)`
    : 'with no inter-asset offset (not enabled)';
  return `The assets' requirements add up to ${money(pm.sumOfRequirements)}, ${offset}: initial margin ${money(pm.initialMargin)}, maintenance ${money(pm.maintenanceMargin)}.`;
}

export function riskArraysCsv(pm: PortfolioMarginReport, quote: string): CsvTable {
  return {
    header: ['asset', 'price move (%)', 'volatility shock', 'extreme', 'weight', `weighted loss (${quote})`, 'worst'],
    rows: pm.assets.flatMap((a) => {
      const grid = riskArrayGrid(a);
      return grid.cells.flat().flatMap((c) =>
        c ? [[a.asset, fractionToPercent(c.move), c.volatility === 0 ? 'unchanged' : c.volatility > 0 ? 'up' : 'down', c.extreme, c.weight, c.lossText, c.worst]] : [],
      );
    }),
  };
}

export function riskArraysText(pm: PortfolioMarginReport, quote: string): TextTable {
  return {
    caption: `Risk arrays: the weighted loss of each asset's book in each scenario, in ${quote} (positive: money lost). ${accountText(pm, quote)}`,
    columns: ['Asset and scenario', `Weighted loss (${quote})`, 'Worst'],
    rows: pm.assets.flatMap((a) =>
      riskArrayGrid(a).cells.flat().flatMap((c) => (c ? [[`${a.asset}: ${scenarioText(c)}`, formatMoney(c.lossText), c.worst ? 'worst: sets the requirement' : '']] : [])),
    ),
  };
}
