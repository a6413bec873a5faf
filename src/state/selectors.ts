import type { AssetReport, FieldError, PositionReport, Report } from '../engine';
import type { DraftPosition } from './draft';
import type { AppState } from './store';

// Selectors shared by several components. Each returns a value that keeps its identity while the
// part of the state it reads is unchanged, so subscribers do not re-render for nothing.

/** The engine's message for one path, or undefined. */
export function errorAt(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}

/** Whether the chosen rule set is a lending pool (its parameters differ from an exchange's). */
export const selectIsLending = (s: AppState): boolean => (s.ruleSets.find((r) => r.name === s.draft.rules)?.kind ?? s.draft.rules) === 'lending';

/**
 * The report's row for a draft position: the same index if its id matches, else the row with that
 * id. While the report is older than the book (pending, or the book has an error), a position the
 * report does not know gets null rather than another position's numbers.
 */
export function resultFor(reports: readonly PositionReport[] | undefined, position: DraftPosition, index: number): PositionReport | null {
  if (!reports) return null;
  const same = reports[index];
  if (same && same.id === position.id) return same;
  return reports.find((r) => r.id === position.id) ?? null;
}

// Each asset row and slider asks the report for its asset at every store update: on a book of 100
// assets a linear search each was 30,000 comparisons per update. Indexed once per report instead.
const assetIndexes = new WeakMap<Report, ReadonlyMap<string, AssetReport>>();

/** The report's figures for one asset (a Map by name: "constructor" is an ordinary asset name). */
export function assetResult(report: Report | null | undefined, asset: string): AssetReport | undefined {
  if (!report) return undefined;
  let index = assetIndexes.get(report);
  if (!index) {
    index = new Map(report.account.assets.map((a) => [a.asset, a] as const));
    assetIndexes.set(report, index);
  }
  return index.get(asset);
}
