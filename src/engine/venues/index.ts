// Import a real account from what a venue's API returned: detect the venue by the export's shape,
// read it with the venue's own schema, and build a format-v1 portfolio under the venue's rule set,
// with every parameter the export carries in `overrides`. Nothing is fetched.
import type { FieldError } from '../report-types';
import { importBinance, isBinanceShape } from './binance';
import { importBybit, isBybitShape } from './bybit';
import { venueErrorMessage } from './common';
import { importHyperliquid, isHyperliquidShape } from './hyperliquid';
import type { ImportOptions, ImportResult, VenueName } from './types';

export type { ImportOptions, ImportResult, VenueName } from './types';
export { compareRuleSets, ruleSetNames, type Comparison, type CompareZone, type RuleSetComparison } from './compare';

const EXPECTED = 'a Hyperliquid clearinghouseState response (or { "clearinghouseState", "spotClearinghouseState" }), '
  + 'a Binance bundle { "positionRisk", "account" | "balance", "leverageBracket" }, or a Bybit bundle { "positions", "wallet", "riskLimit"? }';

/** Which venue an export comes from, by its shape; null when none fits. */
export function detectVenue(json: unknown): VenueName | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  if (isHyperliquidShape(record)) return 'hyperliquid';
  if (isBinanceShape(record)) return 'binance-usdm';
  if (isBybitShape(record)) return 'bybit-linear';
  return null;
}

function refuse(errors: FieldError[]): ImportResult {
  return { ok: false, venue: null, errors };
}

/** A venue's export as a portfolio, or every problem as `path: reason`. Never throws on user input. */
export function importVenue(json: unknown, options: ImportOptions = {}): ImportResult {
  const venueError = venueErrorMessage(json);
  if (venueError) return refuse([{ path: '(file)', message: venueError }]);
  if (Array.isArray(json)) {
    const looksLikePositionRisk = json.some((x) => typeof x === 'object' && x !== null && 'positionAmt' in x);
    return refuse([{ path: '(file)', message: looksLikePositionRisk
      ? 'a bare Binance positionRisk array: bundle it as { "positionRisk": […], "account": {…}, "leverageBracket": […] } (the wallet balance is in account)'
      : `is an array: expected ${EXPECTED}` }]);
  }
  if (typeof json !== 'object' || json === null || Object.keys(json).length === 0) return refuse([{ path: '(file)', message: `is empty: expected ${EXPECTED}` }]);
  const record = json as Record<string, unknown>;
  switch (detectVenue(json)) {
    case 'hyperliquid': return importHyperliquid(record, options);
    case 'binance-usdm': return importBinance(record, options);
    case 'bybit-linear': return importBybit(record, options);
    default: return refuse([{ path: '(file)', message: `is not a venue export this import reads: expected ${EXPECTED}` }]);
  }
}
