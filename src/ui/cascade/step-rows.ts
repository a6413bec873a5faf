// The cascade's steps as chart rows. A run may take up to 100,000 steps; a chart draws at most
// MAX_ROWS rows, each a bin of consecutive steps (sums for flows, end-of-bin values for levels), so
// that drawing a long run costs the same as a short one and never holds up the page.
import type { CascadeResult } from '../../engine';
import { fractionToPercent } from '../charts/numbers';

const MAX_ROWS = 120;

export interface StepRow {
  /** Position on the x axis: the bin's first step. */
  key: number;
  from: number;
  to: number;
  /** "Step 3" or "Steps 40–43". */
  label: string;
  /** Market price at the end of the bin, by asset. */
  prices: Record<string, number>;
  /** That price as percent points from today's (−4.2 for a 4.2 % fall), by asset. */
  movePercents: Record<string, number>;
  liquidatedAccounts: number;
  liquidatedNotional: number;
  /** The fund's balance at the end of the bin. */
  insuranceFund: number;
  /** Bad debt and auto-deleveraging in the bin, and since the start. */
  badDebt: number;
  adl: number;
  badDebtToDate: number;
  adlToDate: number;
  /** Single-step rows only: liquidations of the step ÷ those of the wave that set them off. */
  amplification: number | null;
  /** Some account was liquidated in the bin: a wave. */
  wave: boolean;
  /** The user's account was liquidated in the bin. */
  user: boolean;
}

export interface StepRows {
  rows: StepRow[];
  /** Steps per row (1 when every step has its own row). */
  binSize: number;
  /** x-axis domain: half a bin beyond the first and last rows, so the end bars are whole. */
  domain: [number, number];
  /** Row index of the user's liquidation, or null. */
  userRow: number | null;
}

const finite = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function stepLabel(from: number, to: number): string {
  return from === to ? `Step ${from}` : `Steps ${from}–${to}`;
}

/** The move from today's price in percent points; 0 where today's price is missing. */
function movePoints(price: number, today: number | undefined): number {
  return today && today > 0 && Number.isFinite(price) ? fractionToPercent(price / today - 1) : 0;
}

export function stepRows(result: CascadeResult, maxRows = MAX_ROWS): StepRows {
  const steps = result.steps;
  const binSize = Math.max(1, Math.ceil(steps.length / Math.max(1, maxRows)));
  const rows: StepRow[] = [];
  let badDebtToDate = 0;
  let adlToDate = 0;
  let userRow: number | null = null;
  for (let start = 0; start < steps.length; start += binSize) {
    const bin = steps.slice(start, start + binSize);
    const first = bin[0]!;
    const last = bin[bin.length - 1]!;
    let liquidatedAccounts = 0, liquidatedNotional = 0, badDebt = 0, adl = 0, user = false;
    for (const s of bin) {
      liquidatedAccounts += finite(s.liquidatedAccounts);
      liquidatedNotional += finite(s.liquidatedNotional);
      badDebt += finite(s.badDebt);
      adl += finite(s.adl);
      user ||= s.userLiquidated;
    }
    badDebtToDate += badDebt;
    adlToDate += adl;
    const prices: Record<string, number> = {};
    const movePercents: Record<string, number> = {};
    for (const asset of result.assets) {
      const price = finite(last.prices[asset]);
      prices[asset] = price;
      movePercents[asset] = movePoints(price, result.todayPrices[asset]);
    }
    if (user && userRow === null) userRow = rows.length;
    rows.push({
      key: first.step,
      from: first.step,
      to: last.step,
      label: stepLabel(first.step, last.step),
      prices,
      movePercents,
      liquidatedAccounts,
      liquidatedNotional,
      insuranceFund: finite(last.insuranceFund),
      badDebt,
      adl,
      badDebtToDate,
      adlToDate,
      amplification: bin.length === 1 && typeof first.amplification === 'number' && Number.isFinite(first.amplification) ? first.amplification : null,
      wave: liquidatedAccounts > 0,
      user,
    });
  }
  const firstKey = rows[0]?.key ?? 0;
  const lastKey = rows[rows.length - 1]?.key ?? 0;
  return { rows, binSize, domain: [firstKey - binSize / 2, lastKey + binSize / 2], userRow };
}

/** The row that holds a step (for the playhead), clamped to the rows there are. */
export function rowOfStep(rows: StepRows, step: number): StepRow | null {
  if (rows.rows.length === 0) return null;
  const index = Math.min(rows.rows.length - 1, Math.max(0, Math.floor(step / rows.binSize)));
  return rows.rows[index] ?? null;
}

/** Lowest and highest move of any asset over the run, padded a little, for a shared y axis. */
export function moveDomain(rowsList: StepRows[], assets: readonly string[]): [number, number] {
  let low = 0, high = 0;
  for (const { rows } of rowsList) {
    for (const row of rows) {
      for (const asset of assets) {
        const m = row.movePercents[asset] ?? 0;
        if (m < low) low = m;
        if (m > high) high = m;
      }
    }
  }
  const pad = Math.max(0.5, (high - low) * 0.05);
  return [Math.floor(low - pad), Math.ceil(high + pad)];
}
