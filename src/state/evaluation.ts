import type { EvaluateOptions, EvaluateResult } from '../engine';
import type { Timed } from '../worker/api';
import type { Outcome } from '../worker/client';
import type { EngineHandle, EvaluationChannel } from '../worker/engine-handle';
import { nextTask } from '../shared/next-task';
import { isSmallBook } from './book-size';
import type { DraftPortfolio, DraftPosition } from './draft';
import { draftToJson, positionToJson } from './json-form';
import { curveRangeOf, curveSpanFor, DEFAULT_SPAN, nearestLiquidation } from './curve-range';
import type { AppState, AppStore } from './store';

// Keeps the engine's answers in step with the store: every change of the portfolio, the what-if
// moves or the previewed trade asks the worker again. The client drops superseded answers, so
// what lands in the store is always for the latest input; until it lands, the old report stays,
// marked pending.

/** The what-if moves and regime as engine options; moves of assets no longer in the book are left out. */
export function whatIfOptions(state: Pick<AppState, 'draft' | 'priceMoves' | 'jointMove' | 'regime'>): EvaluateOptions | undefined {
  const priceMoves = Object.fromEntries(
    Object.entries(state.priceMoves).filter(([asset, move]) => asset in state.draft.assets && move !== 0),
  );
  const options: EvaluateOptions = {};
  if (Object.keys(priceMoves).length > 0) options.priceMoves = priceMoves;
  if (state.jointMove !== 0) options.jointMove = state.jointMove;
  const { volatilityMultiplier, correlationFloor } = state.regime;
  if (volatilityMultiplier !== 1 || correlationFloor !== null) {
    options.regime = { ...(volatilityMultiplier !== 1 ? { volatilityMultiplier } : {}), ...(correlationFloor !== null ? { correlationFloor } : {}) };
  }
  return Object.keys(options).length > 0 ? options : undefined;
}

/** The document with the previewed trade appended as the last position. */
function withPreviewTrade(portfolio: Record<string, unknown>, trade: DraftPosition): Record<string, unknown> {
  const positions = Array.isArray(portfolio.positions) ? portfolio.positions : [];
  return { ...portfolio, positions: [...positions, positionToJson(trade)] };
}

/** The main report's options: the what-if moves, the health chart's range, and a top-up if one is asked. */
function mainOptions(state: Pick<AppState, 'draft' | 'priceMoves' | 'jointMove' | 'regime' | 'curveSpan' | 'topUpRequest'>): EvaluateOptions | undefined {
  const options: EvaluateOptions = { ...whatIfOptions(state) };
  if (state.curveSpan !== DEFAULT_SPAN) options.curveRange = curveRangeOf(state.curveSpan);
  const request = state.topUpRequest;
  if (request && request.asset in state.draft.assets) options.topUps = [{ asset: request.asset, targetHealthFactor: request.targetHealthFactor }];
  return Object.keys(options).length > 0 ? options : undefined;
}

/** Today's report needs the same curve range as the main one, so both curves share the axis. */
function baselineOptions(state: Pick<AppState, 'curveSpan'>): EvaluateOptions | undefined {
  return state.curveSpan === DEFAULT_SPAN ? undefined : { curveRange: curveRangeOf(state.curveSpan) };
}

function sameOptions(a: EvaluateOptions | undefined, b: EvaluateOptions | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Start evaluating and keep at it; returns the function that stops listening. */
export function connectEvaluation(store: AppStore, engine: EngineHandle): () => void {
  let documentOf: { draft: DraftPortfolio; json: Record<string, unknown> } | null = null;
  const toJson = (draft: DraftPortfolio) => {
    if (documentOf?.draft !== draft) documentOf = { draft, json: draftToJson(draft) };
    return documentOf.json;
  };

  // A large book's report is read (the worker's message: 650 KB for 1,000 positions) in one task and
  // drawn in the next: together they made one task of 60-90 ms on 1,000 positions. A small book's
  // report is drawn in the task it arrives in, which an edit → chart waits for. An answer whose
  // input changed before it is drawn is stale: a large book's next call is sent a task after the
  // change, so the engine's client cannot know of it yet.
  const asked: Record<EvaluationChannel, number> = { main: 0, baseline: 0, preview: 0 };
  async function evaluate(channel: EvaluationChannel, portfolio: unknown, options: EvaluateOptions | undefined): Promise<Outcome<Timed<EvaluateResult>>> {
    const call = asked[channel];
    const outcome = await engine.evaluate(channel, portfolio, options);
    if (outcome.status !== 'done' || isSmallBook(store.getState().draft)) return outcome;
    await nextTask();
    return asked[channel] === call ? outcome : { status: 'stale' };
  }

  const problem = (channel: EvaluationChannel, message: string) =>
    store.setState({ engineProblem: `The engine could not evaluate the ${channel === 'main' ? 'portfolio' : channel === 'preview' ? 'previewed trade' : 'book at today’s prices'}: ${message}` });

  function markMainPending(): void {
    const main = store.getState().main;
    if (!main.pending) store.setState({ main: { ...main, pending: true } });
  }

  async function runMain(): Promise<void> {
    markMainPending();
    const state = store.getState();
    const outcome = await evaluate('main', toJson(state.draft), mainOptions(state));
    if (outcome.status === 'stale') return;
    const main = store.getState().main;
    if (outcome.status === 'failed') {
      store.setState({ main: { ...main, pending: false } });
      problem('main', outcome.message);
      return;
    }
    const { value: result, millis } = outcome.value;
    store.setState({
      main: result.ok ? { report: result.report, errors: [], pending: false, millis } : { ...main, errors: result.errors, pending: false, millis },
      engineProblem: null,
    });
    // The axis follows the book: a new span asks once more (the span comes from distances the
    // range does not change, so this settles after one step). Not while a slider is held: a new
    // axis redraws every chart, which a drag must not wait for; the release sets it.
    if (result.ok && !store.getState().sliderHeld) store.getState().setCurveSpan(curveSpanFor(nearestLiquidation(result.report)));
  }

  async function runBaseline(): Promise<void> {
    const state = store.getState();
    if (!whatIfOptions(state)) {
      store.setState({ baseline: null });
      return;
    }
    const outcome = await evaluate('baseline', toJson(state.draft), baselineOptions(state));
    if (outcome.status === 'failed') problem('baseline', outcome.message);
    if (outcome.status !== 'done') return;
    // Moves cleared while it ran: today's report is the main one again.
    if (!whatIfOptions(store.getState())) return;
    if (outcome.value.value.ok) store.setState({ baseline: outcome.value.value.report });
  }

  async function runPreview(): Promise<void> {
    const state = store.getState();
    const trade = state.previewTrade;
    if (!trade) {
      store.setState({ preview: { report: null, errors: [], pending: false } });
      return;
    }
    store.setState({ preview: { ...state.preview, pending: true } });
    const outcome = await evaluate('preview', withPreviewTrade(toJson(state.draft), trade), whatIfOptions(state));
    if (outcome.status === 'stale') return;
    const preview = store.getState().preview;
    if (!store.getState().previewTrade) return;
    if (outcome.status === 'failed') {
      store.setState({ preview: { ...preview, pending: false } });
      problem('preview', outcome.message);
      return;
    }
    const result = outcome.value.value;
    store.setState({ preview: result.ok ? { report: result.report, errors: [], pending: false } : { ...preview, errors: result.errors, pending: false } });
  }

  // A large book goes to the worker in a task of its own, after the edit that changed it is drawn:
  // on a 2,000-position book, writing it out and posting it (a structured clone) was a third of the
  // keystroke's task, which then passed 50 ms. A small one (book-size.ts) goes at the end of the
  // edit's own task, so the worker evaluates while the page paints the edit: waiting for that paint
  // was about 10 ms of an edit → chart.
  // Either way the page shows the edit pending at once, and several changes in one task (an
  // import, a reset) send the book once.
  let queued: Set<() => Promise<void>> | null = null;
  const soon = (run: () => Promise<void>) => {
    if (!queued) {
      const runs = (queued = new Set());
      const send = () => {
        queued = null;
        for (const next of runs) void next();
      };
      if (isSmallBook(store.getState().draft)) queueMicrotask(send);
      else setTimeout(send, 0);
    }
    queued.add(run);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (previous.sliderHeld && !state.sliderHeld && state.main.report) {
      state.setCurveSpan(curveSpanFor(nearestLiquidation(state.main.report)));
      return;
    }
    const draftChanged = state.draft !== previous.draft;
    const movesChanged = !sameOptions(whatIfOptions(state), whatIfOptions(previous));
    const requestsChanged = state.curveSpan !== previous.curveSpan || state.topUpRequest !== previous.topUpRequest;
    const previewChanged = state.previewTrade !== previous.previewTrade;
    if (draftChanged || movesChanged || requestsChanged) {
      asked.main += 1;
      markMainPending();
      soon(runMain);
    }
    // Today's report depends on the book alone; it is needed only while moves are set.
    const movesToggled = Boolean(whatIfOptions(state)) !== Boolean(whatIfOptions(previous));
    // Moves just set on an unchanged, settled book: its current report is today's, at once.
    if (movesToggled && !draftChanged && whatIfOptions(state) && !previous.main.pending && previous.main.errors.length === 0) {
      store.setState({ baseline: previous.main.report });
    }
    if (draftChanged || movesToggled || state.curveSpan !== previous.curveSpan) {
      asked.baseline += 1;
      soon(runBaseline);
    }
    if (draftChanged || movesChanged || previewChanged) {
      asked.preview += 1;
      soon(runPreview);
    }
  });

  void runMain();
  void runBaseline();
  void runPreview();
  return unsubscribe;
}
