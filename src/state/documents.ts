import type { FieldError } from '../engine';
import type { EngineHandle } from '../worker/engine-handle';
import type { DraftPortfolio } from './draft';
import { draftFromJson } from './json-form';
import { fieldOf, MAX_PORTFOLIO_DEPTH, tooDeep } from './persistence';

// Opening a document from outside (a file, a link): read it, have the engine check it, and only
// then turn it into a draft. A document that fails leaves the current portfolio as it was.

export type OpenOutcome = { ok: true; draft: DraftPortfolio } | { ok: false; problems: string[] };

/** The errors as lines "path: message", each once (a field may fail two checks with one message). */
export function describeErrors(errors: readonly FieldError[], limit = 8): string[] {
  const unique = [...new Set(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)))];
  const lines = unique.slice(0, limit);
  if (unique.length > limit) lines.push(`… and ${unique.length - limit} more`);
  return lines;
}

export async function openDocument(engine: EngineHandle, document: unknown): Promise<OpenOutcome> {
  // Checked here, not by the engine: a document nested 100,000 deep cannot even be posted to the
  // worker ("Failed to execute 'postMessage': Maximum call stack size exceeded").
  const deep = tooDeep(document, MAX_PORTFOLIO_DEPTH);
  if (deep !== null) return { ok: false, problems: [`${fieldOf(deep)}: holds data nested too deeply (a portfolio file is at most ${MAX_PORTFOLIO_DEPTH} levels deep)`] };
  const outcome = await engine.validate(document);
  if (outcome.status === 'failed') return { ok: false, problems: [`the engine could not check it: ${outcome.message}`] };
  if (outcome.status === 'stale') return { ok: false, problems: ['it was superseded'] };
  if (!outcome.value.ok) return { ok: false, problems: describeErrors(outcome.value.errors) };
  return { ok: true, draft: draftFromJson(document) };
}

/** Parse the text of a file; JSON syntax errors become a sentence. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: `it is not valid JSON (${error instanceof Error ? error.message : 'syntax error'})` };
  }
}
