import type { FieldError } from '../engine';
import type { EngineHandle } from '../worker/engine-handle';
import type { DraftPortfolio } from './draft';
import { nextTask } from '../shared/next-task';
import { isSmallBook } from './book-size';
import { draftFromJson } from './json-form';
import { describeProblem, screenName } from './paths';
import { fieldOf, MAX_PORTFOLIO_DEPTH, tooDeep } from './persistence';

// Opening a document from outside (a file, a link): read it, have the engine check it, and only
// then turn it into a draft. A document that fails leaves the current portfolio as it was.

export type OpenOutcome = { ok: true; draft: DraftPortfolio } | { ok: false; problems: string[] };

/** The positions' ids, as far as a document not yet checked has them: what names its rows. */
interface NamedPositions {
  positions: readonly { id: string }[];
}

/** The ids of an unchecked document's positions (a missing or odd id names the row by number). */
export function namedPositions(document: unknown): NamedPositions {
  const positions = typeof document === 'object' && document !== null && Object.hasOwn(document, 'positions') ? (document as { positions: unknown }).positions : undefined;
  if (!Array.isArray(positions)) return { positions: [] };
  return {
    positions: positions.map((p: unknown) => {
      const id = typeof p === 'object' && p !== null && Object.hasOwn(p, 'id') ? (p as { id: unknown }).id : undefined;
      return { id: typeof id === 'string' ? id : '' };
    }),
  };
}

/**
 * The errors as lines named as the screen names the place ("Position btc-perp, entry price: must
 * be …", never the engine's positions[0].entryPrice), each once (a field may fail two checks with
 * one message). `book` gives the positions' ids.
 */
export function describeErrors(errors: readonly FieldError[], limit = 8, book?: NamedPositions): string[] {
  const unique = [...new Set(errors.map((e) => describeProblem(e, book)))];
  const lines = unique.slice(0, limit);
  if (unique.length > limit) lines.push(`… and ${unique.length - limit} more`);
  return lines;
}

export async function openDocument(engine: EngineHandle, document: unknown): Promise<OpenOutcome> {
  // Checked here, not by the engine: a document nested 100,000 deep cannot even be posted to the
  // worker ("Failed to execute 'postMessage': Maximum call stack size exceeded").
  const deep = tooDeep(document, MAX_PORTFOLIO_DEPTH);
  if (deep !== null) return { ok: false, problems: [`${screenName(fieldOf(deep))}: holds data nested too deeply (a portfolio file is at most ${MAX_PORTFOLIO_DEPTH} levels deep)`] };
  const outcome = await engine.validate(document);
  if (outcome.status === 'failed') return { ok: false, problems: [`the engine could not check it: ${outcome.message}`] };
  if (outcome.status === 'stale') return { ok: false, problems: ['it was superseded'] };
  if (!outcome.value.ok) return { ok: false, problems: describeErrors(outcome.value.errors, 8, namedPositions(document)) };
  // A large book is turned into a draft in a task of its own, apart from the answer's arrival and
  // from the page's redraw with it (the caller's, when this resolves): together they passed the
  // 50 ms long-task goal on 1,000 positions.
  const large = !isSmallBook(namedPositions(document));
  if (large) await nextTask();
  const draft = draftFromJson(document);
  if (large) await nextTask();
  return { ok: true, draft };
}

/** Parse the text of a file; JSON syntax errors become a sentence. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${error instanceof Error ? error.message : 'syntax error'})` };
  }
}
