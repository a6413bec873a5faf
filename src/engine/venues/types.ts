import type { PortfolioInput } from '../format/schema';
import type { FieldError } from '../report-types';

export type VenueName = 'hyperliquid' | 'binance-usdm' | 'bybit-linear';

export interface ImportOptions {
  /** Valuation time when the export carries none (ISO 8601); the command line passes the current time. */
  asOf?: string;
  /** The portfolio's name; defaults to "<venue> account". */
  name?: string;
}

/**
 * An export turned into a format-v1 portfolio (JSON-ready, decimal strings), with what was
 * approximated or left out as warnings; or every problem of the export as `path: reason`.
 */
export type ImportResult =
  | { ok: true; venue: VenueName; portfolio: PortfolioInput; warnings: FieldError[] }
  | { ok: false; venue: VenueName | null; errors: FieldError[] };
