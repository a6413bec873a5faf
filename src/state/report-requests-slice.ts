import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_SPAN } from './curve-range';
import { addDecimalText, roundUpDecimalText } from './decimal-text';
import type { AppState } from './store-types';
import type { Report } from '../engine';
import type { TopUpRequest } from './top-up';

/** What the page asks of the engine beyond the book itself: the health chart's span and a top-up. Not undoable. */
export interface ReportRequestsSlice {
  /** Half-width of the health curves' axis (fraction), chosen from the last report. */
  curveSpan: number;
  topUpRequest: TopUpRequest | null;
  setCurveSpan(span: number): void;
  setTopUpRequest(request: TopUpRequest | null): void;
  /**
   * Add the engine's answer for the current request to the balance, rounded up, as one undoable
   * edit, and say what changed; false (with a notice) when there is no answer to apply.
   */
  applyTopUp(): boolean;
}

/** Decimals a top-up is rounded up to: cents of a stablecoin, a millionth of anything else. */
export function topUpPlaces(report: Report, asset: string): number {
  return report.account.assets.find((a) => a.asset === asset)?.stable ? 2 : 6;
}

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
/** A decimal string with thousands separators, read exactly (Intl takes the string, not a float). */
const readable = (text: string) => grouping.format(text as Intl.StringNumericLiteral);

export const createReportRequestsSlice: StateCreator<AppState, [], [], ReportRequestsSlice> = (set, get) => ({
  curveSpan: DEFAULT_SPAN,
  topUpRequest: null,
  setCurveSpan: (span) => {
    if (get().curveSpan !== span) set({ curveSpan: span });
  },
  setTopUpRequest: (request) => set({ topUpRequest: request }),
  applyTopUp() {
    const { topUpRequest: request, main, draft } = get();
    const report = main.report;
    const answer = report?.topUps.find((t) => request && t.asset === request.asset && t.targetHealthFactor === request.targetHealthFactor);
    if (!request || !report || main.pending || main.errors.length > 0 || !answer?.quantity) return false;
    const added = roundUpDecimalText(answer.quantity, topUpPlaces(report, request.asset));
    const before = draft.balances[request.asset] ?? '0';
    const after = added === null ? null : addDecimalText(before, added);
    if (added === null || after === null || Number(added) === 0) return false;
    get().replacePortfolio({ ...draft, balances: { ...draft.balances, [request.asset]: after } });
    const asset = request.asset;
    get().pushNotice({
      tone: 'info',
      title: `Added ${readable(added)} ${asset} to the balance (${readable(before)} → ${readable(after)} ${asset}). Undo brings back the balance of ${readable(before)} ${asset}.`,
    });
    set({ topUpRequest: null });
    return true;
  },
});
