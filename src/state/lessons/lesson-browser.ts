import { appStore } from '../app-store';
import type { FetchJson } from '../examples';
import { draftFromJson } from '../json-form';
import { createCascadeClient, type CascadeClient } from '../../worker/cascade-client';
import { createEngineHandle, type EngineHandle } from '../../worker/engine-handle';
import { createRiskClient, type RiskClient } from '../../worker/risk-client';
import { spawnEngineWorker } from '../../worker/spawn';
import type { LessonEngines } from './lesson-runner';
import { runInput } from './lesson-run-input';
import { parseLesson, parseLessonIndex, type Lesson, type LessonIndexEntry, type LessonStep, type Parsed } from './lesson-schema';

// The lessons in the browser: files fetched beside the app, steps answered by workers of their
// own (so a lesson never supersedes the Build view's evaluations), and a step's book opened in
// Build as one undoable replacement. This module loads with the Learn view only.

let engines: LessonEngines | null = null;

/** The lesson engines, started on first use: the engine worker now, risk and cascade at their first run. */
export function lessonEngines(): LessonEngines {
  if (engines) return engines;
  let handle: EngineHandle | null = null;
  let risk: RiskClient | null = null;
  let cascade: CascadeClient | null = null;
  const engine = () => (handle ??= createEngineHandle(spawnEngineWorker, (event) => {
    appStore.getState().pushNotice({ tone: 'error', title: `The lesson's engine stopped (${event.message}) and was restarted.` });
  }));
  engines = {
    async evaluate(portfolio, options) {
      const outcome = await engine().evaluate('main', portfolio, options);
      if (outcome.status === 'done') return outcome.value.value;
      return { failed: outcome.status === 'stale' ? 'stale' : outcome.message };
    },
    risk: (portfolio, options, settings) => (risk ??= createRiskClient()).run(portfolio, options, () => undefined, settings),
    cascade: (scenario, settings) => (cascade ??= createCascadeClient()).run(scenario, settings, () => undefined),
  };
  return engines;
}

const problemsText = (file: string, errors: { path: string; message: string }[]) =>
  new Error(`${file}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);

function unwrap<T>(file: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw problemsText(file, parsed.errors);
  return parsed.value;
}

export async function loadLessonIndex(fetchJson: FetchJson): Promise<LessonIndexEntry[]> {
  return unwrap('lessons/index.json', parseLessonIndex(await fetchJson('lessons/index.json')));
}

export async function loadLesson(fetchJson: FetchJson, id: string): Promise<Lesson> {
  // Only ids of the lesson format: the address bar must not point the app at another file.
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`“${id}” is not the name of a lesson`);
  return unwrap(`lessons/${id}.json`, parseLesson(await fetchJson(`lessons/${id}.json`)));
}

/** The book or scenario a step runs on: an example file (the schema allows plain names only) or inline. */
export async function loadStepSource(fetchJson: FetchJson, step: LessonStep): Promise<Record<string, unknown>> {
  if ('inline' in step.source) return step.source.inline;
  const document = await fetchJson(`examples/${step.source.example}`);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new Error(`examples/${step.source.example} is not a book`);
  return document as Record<string, unknown>;
}

/** Open the step's book, as the step has it now, in Build: one undoable replacement with a notice. */
export function openStepBookInBuild(step: LessonStep, source: Record<string, unknown>, position: number, lessonTitle: string): void {
  const { document } = runInput(step, source, position);
  const state = appStore.getState();
  const previous = state.draft.name;
  state.replacePortfolio(draftFromJson(document));
  state.resetMoves();
  state.dropPreview();
  state.setTopUpRequest(null);
  state.pushNotice({ tone: 'info', title: `Opened the book of “${lessonTitle}” (${step.title}). Undo brings back “${previous}”.` });
}
