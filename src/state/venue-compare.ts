import type { Comparison, CompareZone, RuleSetComparison } from '../worker/api';
import type { EngineHandle } from '../worker/engine-handle';
import { describeErrors } from './documents';

// One book under several venues' rule sets: asked of the engine (its own latest-wins channel), then
// shaped for a table a trader reads and a chart with one price axis per asset.

export type { Comparison, CompareZone, RuleSetComparison };

export type CompareOutcome =
  | { status: 'done'; comparison: Comparison; millis: number }
  /** The book itself does not evaluate: the problems in words, each with its field. */
  | { status: 'invalid'; problems: string[] }
  | { status: 'stale' }
  | { status: 'failed'; message: string };

/** The book (as the file format) under `names`, or all rule sets when `names` is absent. */
export async function requestComparison(engine: EngineHandle, book: unknown, names?: readonly string[]): Promise<CompareOutcome> {
  if (names !== undefined && names.length === 0) return { status: 'invalid', problems: ['Choose at least one rule set to compare.'] };
  const outcome = await engine.compare(book, names);
  if (outcome.status !== 'done') return outcome;
  const { value, millis } = outcome.value;
  return value.ok ? { status: 'done', comparison: value.value, millis } : { status: 'invalid', problems: describeErrors(value.errors) };
}

/** A liquidation price on an asset's axis: which venue, which way, where. */
export interface LiquidationMark {
  ruleSet: string;
  /** Index of the rule set in the comparison (its colour and row on the axis). */
  row: number;
  side: 'down' | 'up';
  price: number;
  /** The engine's decimal string, for the tooltip. */
  exact: string;
}

export interface LiquidationAxis {
  asset: string;
  /** Today's mark price, when the book gives a usable one. */
  today: number | null;
  marks: LiquidationMark[];
  /** Axis ends, with today and every mark inside. */
  min: number;
  max: number;
  /** Venues under which this asset has no liquidation price either way. */
  none: string[];
}

function positiveNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * One axis per asset that some venue would liquidate at a price, in the comparison's asset order.
 * An asset no venue liquidates (a stablecoin, a hedged leg) gets no axis. The axis starts at 0 when
 * a mark is below half of today's price, so a far-away price is not drawn beside today's.
 */
export function liquidationAxes(comparison: Comparison, todayPrices: Readonly<Record<string, string>>): LiquidationAxis[] {
  const assets: string[] = [];
  for (const rule of comparison.rules) for (const asset of Object.keys(rule.liquidationPrices)) if (!assets.includes(asset)) assets.push(asset);
  const axes: LiquidationAxis[] = [];
  for (const asset of assets) {
    const marks: LiquidationMark[] = [];
    const none: string[] = [];
    comparison.rules.forEach((rule, row) => {
      const prices = Object.hasOwn(rule.liquidationPrices, asset) ? rule.liquidationPrices[asset] : undefined;
      let found = false;
      for (const side of ['down', 'up'] as const) {
        const exact = prices?.[side] ?? null;
        const price = positiveNumber(exact);
        if (exact !== null && price !== null) {
          marks.push({ ruleSet: rule.name, row, side, price, exact });
          found = true;
        }
      }
      if (!found) none.push(rule.name);
    });
    if (marks.length === 0) continue;
    const today = Object.hasOwn(todayPrices, asset) ? positiveNumber(todayPrices[asset]) : null;
    const values = marks.map((m) => m.price).concat(today === null ? [] : [today]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const pad = (high - low) * 0.08 || high * 0.1;
    const min = today !== null && low < today / 2 ? 0 : Math.max(0, low - pad);
    axes.push({ asset, today, marks, min, max: high + pad, none });
  }
  return axes;
}

/** Where a price sits on an axis, 0 (left) to 1 (right). */
export function axisPosition(axis: Pick<LiquidationAxis, 'min' | 'max'>, price: number): number {
  const span = axis.max - axis.min;
  return span > 0 ? Math.min(1, Math.max(0, (price - axis.min) / span)) : 0.5;
}

/** How far a liquidation price is from today's, as a fraction (−0.23: a 23 % fall); null without a price today. */
export function moveFromToday(today: number | null, price: number): number | null {
  return today === null ? null : price / today - 1;
}
