import type { FieldError, PortfolioInput } from '../engine';
import type { VenueName } from '../worker/api';
import type { EngineHandle } from '../worker/engine-handle';
import { openDocument, parseJsonText } from './documents';
import { fieldOf, tooDeep } from './persistence';
import type { AppStore } from './store';
import type { DraftPortfolio } from './draft';

// "Import from a venue": what the venue's API returned, pasted or dropped, read by the engine's
// importer, shown as the trader would check it (positions, balances, prices, the importer's
// warnings), and only then loaded, as one undoable edit. A refused export changes nothing.

const VENUE_TITLE: Record<VenueName, string> = {
  hyperliquid: 'Hyperliquid',
  'binance-usdm': 'Binance USDⓈ-M',
  'bybit-linear': 'Bybit v5',
};

/** Deeper than any venue's answer nests (Bybit's whole answers: about 5 levels); far below what breaks postMessage. */
const MAX_EXPORT_DEPTH = 16;

export interface ImportedPosition {
  id: string;
  asset: string;
  type: string;
  quantity: string;
  entryPrice: string | null;
  /** "cross", or "isolated" with its collateral. */
  mode: 'cross' | 'isolated';
  collateral: string | null;
}

export interface VenueImportPreview {
  venue: VenueName;
  venueTitle: string;
  name: string;
  quote: string;
  rules: string;
  positions: ImportedPosition[];
  balances: { asset: string; amount: string }[];
  prices: { asset: string; price: string }[];
  /** The importer's warnings as "field: reason": what it approximated or left out. */
  warnings: string[];
  /** The draft that loading puts in place (already checked by the engine). */
  draft: DraftPortfolio;
}

export type VenueImportOutcome = { ok: true; preview: VenueImportPreview } | { ok: false; problems: string[] };

function entries<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
  return record ? Object.keys(record).map((k) => [k, record[k] as T]) : [];
}

function summarise(venue: VenueName, portfolio: PortfolioInput, warnings: string[], draft: DraftPortfolio): VenueImportPreview {
  const positions = (portfolio.positions ?? []).map((p): ImportedPosition => {
    const margin = p.margin;
    const isolated = margin !== undefined && margin.mode === 'isolated';
    return {
      id: p.id,
      asset: p.asset,
      type: p.type,
      quantity: p.quantity,
      entryPrice: 'entryPrice' in p && typeof p.entryPrice === 'string' ? p.entryPrice : null,
      mode: isolated ? 'isolated' : 'cross',
      collateral: isolated && 'collateral' in margin ? margin.collateral : null,
    };
  });
  return {
    venue,
    venueTitle: VENUE_TITLE[venue],
    name: portfolio.name,
    quote: portfolio.quote,
    rules: typeof portfolio.rules === 'string' ? portfolio.rules : venue,
    positions,
    balances: entries(portfolio.balances).map(([asset, amount]) => ({ asset, amount })),
    prices: entries(portfolio.assets).map(([asset, a]) => ({ asset, price: a.price })),
    warnings,
    draft,
  };
}

/**
 * The importer's problems as lines: "(file)" is the dialog's box, "Export"; other paths are the
 * export's own fields (the venue's names, which the trader pasted), not a portfolio's, so they are
 * shown as they are rather than through the portfolio's screen names.
 */
function exportLines(errors: readonly FieldError[], limit: number): string[] {
  const unique = [...new Set(errors.map((e) => `${e.path === '(file)' ? 'Export' : e.path}: ${e.message}`))];
  return unique.length > limit ? [...unique.slice(0, limit), `… and ${unique.length - limit} more`] : unique;
}

/**
 * Read an export's text: JSON, then the engine's importer, then the engine's check of the portfolio
 * it made. `now` values an export that carries no time of its own (the engine has no clock).
 */
export async function readVenueExport(engine: EngineHandle, text: string, now: Date): Promise<VenueImportOutcome> {
  if (text.trim() === '') return { ok: false, problems: ['Export: paste what the venue’s API returned, or drop its file here.'] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problems: [`Export: ${parsed.problem}`] };
  const deep = tooDeep(parsed.value, MAX_EXPORT_DEPTH);
  if (deep !== null) return { ok: false, problems: [`${fieldOf(deep)}: holds data nested too deeply for a venue export`] };
  const asOf = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const outcome = await engine.importVenue(parsed.value, { asOf });
  if (outcome.status === 'failed') return { ok: false, problems: [`the engine could not read it: ${outcome.message}`] };
  if (outcome.status === 'stale') return { ok: false, problems: ['it was superseded'] };
  const result = outcome.value;
  if (!result.ok) return { ok: false, problems: exportLines(result.errors, 12) };
  // The importer's output goes through the same check as any file: what loads is what evaluates.
  const opened = await openDocument(engine, result.portfolio);
  if (!opened.ok) return { ok: false, problems: opened.problems.map((p) => `the imported account does not evaluate: ${p}`) };
  return { ok: true, preview: summarise(result.venue, result.portfolio, exportLines(result.warnings, 50), opened.draft) };
}

/** Put the imported account in place of the current book, as one undoable edit, and say how to go back. */
export function loadVenueImport(store: AppStore, preview: VenueImportPreview): void {
  const state = store.getState();
  const previous = state.draft.name;
  state.replacePortfolio(preview.draft);
  state.resetMoves();
  state.dropPreview();
  state.setTopUpRequest(null);
  state.pushNotice({ tone: 'info', title: `Imported “${preview.name}” from a ${preview.venueTitle} export. Undo brings back “${previous}”.` });
}
