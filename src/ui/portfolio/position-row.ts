import type { PositionReport, Report, ReportWarning } from '../../engine';
import type { DraftPosition } from '../../state/draft';
import { describeProblem } from '../../state/paths';
import { resultFor } from '../../state/selectors';

// A row of the positions table: the draft position beside what the report says of it, read into
// the words and figures a trader scans (side, mark, the liquidation that threatens it, how far away,
// flags). Nothing is valued here: the figures are the report's, picked and put side by side.

export type PositionFlag = 'liquidatable' | 'expired' | 'no collateral';

/** The liquidation that threatens a position: its own (isolated) or the account's for its asset (cross). */
export interface RowLiquidation {
  /** The nearest liquidation price, as the report gave it; null where no price liquidates it. */
  price: string | null;
  /** 'down' when the price must fall to it, 'up' when it must rise. */
  direction: 'down' | 'up' | null;
  /** Signed fraction from today's price to that price (−0.128 is 12.8 % below); null where none. */
  distance: number | null;
  /** Cross: both of the account's prices for the asset, for the tooltip. */
  down: string | null;
  up: string | null;
  /** Why there is no price, in words. */
  reason: string | null;
}

export interface PositionRow {
  /** Index in the portfolio's positions: what edits address, and the engine's path. */
  index: number;
  position: DraftPosition;
  /** The report's row for it; null while the report does not know it (pending or invalid). */
  result: PositionReport | null;
  side: 'long' | 'short' | null;
  /** Mark price per unit: the asset's price, or the option's model value per unit. */
  mark: number | string | null;
  liquidation: RowLiquidation | null;
  flags: PositionFlag[];
  /** Every engine warning about this position, as a line naming the field as the screen shows it. */
  warnings: string[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal string as a number for ordering rows only (display keeps the string); undefined sorts last. */
export function sortKey(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}

function finite(value: string | null | undefined): number | null {
  const n = sortKey(value);
  return n === undefined ? null : n;
}

/** Long or short from the signed quantity the user typed; null while it is not a number or is zero. */
export function sideOf(quantity: string): 'long' | 'short' | null {
  const q = finite(quantity);
  if (q === null || q === 0) return null;
  return q > 0 ? 'long' : 'short';
}

/** An option's model value per unit (markValue ÷ quantity); null for other positions or a zero quantity. */
export function optionValuePerUnit(result: PositionReport | null): number | null {
  if (!result || result.type !== 'option') return null;
  const value = finite(result.markValue);
  const quantity = finite(result.quantity);
  if (value === null || quantity === null || quantity === 0) return null;
  const perUnit = value / quantity;
  return Number.isFinite(perUnit) ? perUnit : null;
}

/** The premium a new option starts from: its model value per unit, written as the format wants it (a decimal string). */
export function modelPremium(result: PositionReport | null): string | null {
  const perUnit = optionValuePerUnit(result);
  if (perUnit === null || perUnit < 0) return null;
  // Cents for a premium of a dollar or more, 6 decimals below (what the page shows at most).
  const text = perUnit >= 1 ? perUnit.toFixed(2) : perUnit.toFixed(6);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Warnings of the report grouped by the position they name (positions[3].expiry → 3). Built once per report. */
export function warningsByPosition(warnings: readonly ReportWarning[]): Map<number, ReportWarning[]> {
  const out = new Map<number, ReportWarning[]>();
  for (const w of warnings) {
    const m = /^positions\[(\d+)\]/.exec(w.path);
    if (!m) continue;
    const index = Number(m[1]);
    const list = out.get(index);
    if (list) list.push(w);
    else out.set(index, [w]);
  }
  return out;
}

function liquidationOf(result: PositionReport, report: Report, price: number | null): RowLiquidation {
  if (result.marginMode === 'isolated') {
    const liq = finite(result.liquidationPrice);
    // The isolated price as a move from today's: liq ÷ price − 1 (a fraction, Float64 as every move).
    const distance = liq !== null && price !== null && price > 0 ? liq / price - 1 : null;
    return {
      price: result.liquidationPrice,
      direction: distance === null ? null : distance <= 0 ? 'down' : 'up',
      distance,
      down: null,
      up: null,
      reason: result.liquidationPrice === null ? (result.liquidationPriceReason ?? 'no price liquidates it') : null,
    };
  }
  const account = report.account.liquidationPrices[result.asset];
  const down = account?.downMove ?? null;
  const up = account?.upMove ?? null;
  // The nearer of the two: a cross position is threatened by whichever move comes first.
  const useDown = down !== null && (up === null || Math.abs(down) <= Math.abs(up));
  const useUp = !useDown && up !== null;
  return {
    price: useDown ? (account?.down ?? null) : useUp ? (account?.up ?? null) : null,
    direction: useDown ? 'down' : useUp ? 'up' : null,
    distance: useDown ? down : useUp ? up : null,
    down: account?.down ?? null,
    up: account?.up ?? null,
    reason: useDown || useUp ? null : 'no move of this asset alone liquidates the account',
  };
}

/** `asOf`: the report's asOf as epoch milliseconds (NaN without one), parsed once per report, not per row. */
function flagsOf(position: DraftPosition, result: PositionReport | null, report: Report | null, asOf: number): PositionFlag[] {
  const flags: PositionFlag[] = [];
  if (result && report) {
    const liquidatable = result.marginMode === 'isolated' ? (finite(result.healthFactor) ?? Infinity) < 1 : report.account.liquidatable;
    if (liquidatable) flags.push('liquidatable');
  }
  // The engine's rule for expiry (at or past asOf), read from the report's own asOf.
  const expiry = Date.parse(position.expiry ?? '');
  if (position.type !== 'perpetual' && Number.isFinite(asOf) && Number.isFinite(expiry) && expiry <= asOf) flags.push('expired');
  const noCollateral =
    position.margin?.mode === 'isolated'
      ? !((finite(position.margin.collateral) ?? 0) > 0)
      : report !== null && result !== null && !((finite(report.account.pool.collateralValue) ?? 0) > 0);
  if (noCollateral) flags.push('no collateral');
  return flags;
}

/** Rows already read from one report, by the draft position they show (edits keep untouched positions' objects). */
export type RowCache = WeakMap<DraftPosition, PositionRow>;

/** What every row read from one report shares: the report and its indexes, made once per report. */
interface ReportContext {
  report: Report | null;
  prices: ReadonlyMap<string, string>;
  warned: ReadonlyMap<number, ReportWarning[]>;
  reported: readonly PositionReport[];
  asOf: number;
}

const UNREAD = Symbol('unread');

/**
 * A new report reads every row of the book; the table draws two dozen. The figures a row derives
 * (mark, liquidation, flags, warnings) are read when first asked for, by a cell in view or a sort:
 * on a 2,000-position book reading them all was most of a 40 ms render at each report. Getters of
 * a class, not properties defined on each row: four closures and four defineProperty calls per
 * row were 9 ms of each report of a 1,000-position book.
 */
class ReportedRow implements PositionRow {
  readonly side: PositionRow['side'];
  #mark: PositionRow['mark'] | typeof UNREAD = UNREAD;
  #liquidation: PositionRow['liquidation'] | typeof UNREAD = UNREAD;
  #flags: PositionRow['flags'] | typeof UNREAD = UNREAD;
  #warnings: PositionRow['warnings'] | typeof UNREAD = UNREAD;

  constructor(
    readonly index: number,
    readonly position: DraftPosition,
    readonly result: PositionReport | null,
    private readonly context: ReportContext,
  ) {
    this.side = sideOf(position.quantity);
  }

  private priceText(): string | null {
    return this.result ? (this.context.prices.get(this.result.asset) ?? null) : null;
  }

  get mark(): PositionRow['mark'] {
    if (this.#mark === UNREAD) this.#mark = this.result?.type === 'option' ? optionValuePerUnit(this.result) : this.priceText();
    return this.#mark;
  }

  get liquidation(): PositionRow['liquidation'] {
    if (this.#liquidation === UNREAD) {
      const { result } = this, { report } = this.context;
      this.#liquidation = result && report ? liquidationOf(result, report, finite(this.priceText())) : null;
    }
    return this.#liquidation;
  }

  get flags(): PositionRow['flags'] {
    if (this.#flags === UNREAD) this.#flags = flagsOf(this.position, this.result, this.context.report, this.context.asOf);
    return this.#flags;
  }

  get warnings(): PositionRow['warnings'] {
    if (this.#warnings === UNREAD) {
      const { result, index } = this, { reported, warned } = this.context;
      // The report's warnings are indexed by its own order, which is the book's unless the book moved on.
      const reportIndex = result === null ? -1 : reported[index] === result ? index : reported.indexOf(result);
      this.#warnings = (warned.get(reportIndex) ?? []).map((w) => describeProblem(w, { positions: reported }));
    }
    return this.#warnings;
  }
}

/**
 * The rows of the table for a book and its latest report (null while there is none). With a cache
 * made for this report, a keystroke in one row of a 2,000-row book reads that row again, not all.
 */
export function positionRows(book: { positions: readonly DraftPosition[] }, report: Report | null, cache?: RowCache): PositionRow[] {
  const prices = new Map<string, string>();
  for (const a of report?.account.assets ?? []) prices.set(a.asset, a.price);
  const reported = report?.account.positions ?? [];
  const context: ReportContext = { report, prices, warned: warningsByPosition(report?.warnings ?? []), reported, asOf: Date.parse(report?.asOf ?? '') };
  return book.positions.map((position, index) => {
    const cached = cache?.get(position);
    if (cached && cached.index === index) return cached;
    const row = new ReportedRow(index, position, resultFor(reported, position, index), context);
    cache?.set(position, row);
    return row;
  });
}
