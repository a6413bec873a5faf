// The cascade panel's own store: the scenario being set up, the run in progress, the last result
// and where playback is. Apart from the app store because none of it is the portfolio (nothing
// here is undone, saved or shared), and because it only exists once the panel's code has loaded.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CascadeResult, FieldError } from '../engine';
import type { CascadeCatalogue, CascadeRunProgress, MarginComparison } from '../worker/cascade-api';
import type { CascadeClient } from '../worker/cascade-client';
import { placesPortfolio, scenarioRuleKind } from './cascade-placement';
import { clampFrame, playStart, type Speed } from './cascade-playback';
import { typedProblem } from './cascade-field-words';
import { applyEdits, getAt, type Edits, type FieldSpec, type ScenarioDocument } from './cascade-scenario-form';
import { isRecord } from './is-record';

export interface CascadeRun {
  result: CascadeResult;
  comparison: MarginComparison | null;
  /** In the worker: the cascade with its critical-shock search, and the margin comparison; and the whole round trip. */
  millis: { cascade: number; comparison: number; roundTrip: number };
  /** The portfolio placed in the crowd (its document), or null when it was left out. */
  portfolio: unknown;
}

export interface CascadeMessage {
  tone: 'info' | 'error';
  text: string;
}

export interface CascadeState {
  catalogue: CascadeCatalogue | null;
  catalogueError: string | null;
  /** The preset the document started from ('' for pasted JSON), and whether it has been edited since. */
  presetId: string;
  edited: boolean;
  base: ScenarioDocument;
  edits: Edits;
  /** The user's choice of placing their portfolio; null until they make one (then the rule kinds decide). */
  includePortfolio: boolean | null;
  compareMargin: boolean;
  /** The JSON box's text while the user edits it; null: it shows the form's document. */
  jsonText: string | null;
  jsonProblem: string | null;
  running: boolean;
  progress: CascadeRunProgress | null;
  run: CascadeRun | null;
  /** The engine's problems with the last scenario sent, each with its path. */
  errors: FieldError[];
  message: CascadeMessage | null;
  frame: number;
  playing: boolean;
  speed: Speed;

  loadCatalogue(): Promise<void>;
  choosePreset(id: string): void;
  setText(field: FieldSpec, text: string): void;
  /** A change of structure (a model, a kind, a checkbox): edits are folded into the document first. */
  change(update: (doc: ScenarioDocument) => ScenarioDocument): void;
  setIncludePortfolio(include: boolean): void;
  /** Whether the next run places the user's portfolio. */
  placesPortfolio(): boolean;
  setCompareMargin(compare: boolean): void;
  setJsonText(text: string | null): void;
  applyJson(): void;
  /** The document the form shows, with the edits laid over it (the portfolio not included). */
  scenario(): ScenarioDocument;
  runScenario(): Promise<void>;
  cancel(): void;
  setFrame(frame: number): void;
  stepBy(delta: number): void;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
}

export interface CascadeStoreDeps {
  client: CascadeClient;
  /** The user's portfolio as a file document, read when a run starts. */
  portfolio: () => unknown;
  /** The rule kind of the user's book ('exchange', 'lending', 'portfolio'), or null when not known. */
  portfolioRuleKind?: () => string | null;
  now?: () => number;
}

export type CascadeStore = StoreApi<CascadeState>;


/** Problems of the typed boxes, and a crowd of no traders however it was written (a pasted file too). */
export function typedErrors(edits: Edits, document: ScenarioDocument): FieldError[] {
  const errors: FieldError[] = [];
  for (const [path, edit] of Object.entries(edits)) {
    const problem = typedProblem({ path, keys: edit.keys, unit: edit.unit, label: path, placeholder: 'default' }, edit.text);
    if (problem) errors.push({ path, message: problem });
  }
  const count = getAt(document, ['crowd', 'count']);
  if (!errors.some((e) => e.path === 'crowd.count') && typeof count === 'number' && count < 1) {
    errors.push({ path: 'crowd.count', message: 'at least 1 trader (a crowd of 0 cannot cascade)' });
  }
  return errors;
}

export function createCascadeStore({ client, portfolio, portfolioRuleKind = () => null, now = () => performance.now() }: CascadeStoreDeps): CascadeStore {
  let token = 0;
  return createStore<CascadeState>()((set, get) => {
    const frameCount = () => get().run?.result.steps.length ?? 0;
    return {
      catalogue: null,
      catalogueError: null,
      presetId: '',
      edited: false,
      base: {},
      edits: {},
      includePortfolio: null,
      compareMargin: true,
      jsonText: null,
      jsonProblem: null,
      running: false,
      progress: null,
      run: null,
      errors: [],
      message: null,
      frame: 0,
      playing: false,
      speed: 1,

      async loadCatalogue() {
        if (get().catalogue) return;
        const outcome = await client.catalogue();
        if (outcome.status !== 'done') {
          set({ catalogueError: `The cascade worker did not start: ${outcome.message}` });
          return;
        }
        const first = outcome.catalogue.presets[0];
        set({ catalogue: outcome.catalogue, catalogueError: null });
        // The first preset, unless the user has already started on a document of their own.
        if (first && Object.keys(get().base).length === 0) get().choosePreset(first.id);
      },
      choosePreset(id) {
        const preset = get().catalogue?.presets.find((p) => p.id === id);
        if (!preset) return;
        set({ presetId: id, edited: false, base: structuredClone(preset.scenario) as ScenarioDocument, edits: {}, jsonText: null, jsonProblem: null, errors: [], includePortfolio: null });
      },
      setText(field, text) {
        set((s) => ({ edits: { ...s.edits, [field.path]: { keys: field.keys, unit: field.unit, text } }, edited: true }));
      },
      change(update) {
        set((s) => ({ base: update(applyEdits(s.base, s.edits)), edits: {}, edited: true }));
      },
      setIncludePortfolio: (includePortfolio) => set({ includePortfolio }),
      placesPortfolio: () => placesPortfolio(get().includePortfolio, scenarioRuleKind(get().scenario()), portfolioRuleKind()),
      setCompareMargin: (compareMargin) => set({ compareMargin }),
      setJsonText: (jsonText) => set({ jsonText, jsonProblem: null }),
      applyJson() {
        const text = get().jsonText;
        if (text === null) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          set({ jsonProblem: `This is not JSON: ${error instanceof Error ? error.message : String(error)}` });
          return;
        }
        if (!isRecord(parsed)) {
          set({ jsonProblem: 'A scenario is a JSON object: { "format": "margin-lab/cascade-scenario", … }' });
          return;
        }
        // A portfolio in the pasted file is the file's own; the checkbox places the user's instead.
        set({ base: parsed, edits: {}, jsonText: null, jsonProblem: null, presetId: '', edited: true, errors: [] });
      },
      scenario: () => applyEdits(get().base, get().edits),

      async runScenario() {
        const state = get();
        const document = state.scenario();
        // What can be told from the text alone is refused here, before the worker is asked.
        const typed = typedErrors(state.edits, document);
        if (typed.length > 0) {
          const n = typed.length;
          set({ errors: typed, message: { tone: 'error', text: `The scenario was not run: ${n} problem${n === 1 ? '' : 's'}, listed below.` } });
          return;
        }
        const placed = state.placesPortfolio() ? portfolio() : null;
        const scenario = placed === null ? document : { ...document, portfolio: placed };
        const mine = (token += 1);
        set({ running: true, progress: null, errors: [], message: null });
        const started = now();
        const outcome = await client.run(scenario, { compareMargin: state.compareMargin }, (progress) => {
          if (mine === token) set({ progress });
        });
        if (mine !== token) return;
        const roundTrip = now() - started;
        if (outcome.status === 'done') {
          const steps = outcome.result.steps.length;
          set((s) => ({
            running: false,
            progress: null,
            run: { result: outcome.result, comparison: outcome.comparison, millis: { ...outcome.millis, roundTrip }, portfolio: placed },
            // Playing on: the new run plays from its start. Otherwise it opens on its last step, the whole picture.
            frame: s.playing ? 0 : Math.max(0, steps - 1),
            message: null,
          }));
        } else if (outcome.status === 'invalid') {
          const n = outcome.errors.length;
          set({ running: false, progress: null, errors: outcome.errors, message: { tone: 'error', text: `The scenario was not run: ${n} problem${n === 1 ? '' : 's'}, listed below.` } });
        } else if (outcome.status === 'cancelled') {
          set({ running: false, progress: null, message: { tone: 'info', text: 'Run cancelled.' } });
        } else {
          set({ running: false, progress: null, message: { tone: 'error', text: `The run failed: ${outcome.message}` } });
        }
      },
      cancel() {
        token += 1;
        client.cancel();
        set({ running: false, progress: null, message: { tone: 'info', text: 'Run cancelled.' } });
      },

      // Moving the frame by hand stops playback: the user has taken over.
      setFrame: (frame) => set({ frame: clampFrame(frame, frameCount()), playing: false }),
      stepBy: (delta) => set((s) => ({ frame: clampFrame(s.frame + delta, frameCount()), playing: false })),
      play() {
        if (frameCount() === 0) return;
        set((s) => ({ playing: true, frame: playStart(s.frame, frameCount()) }));
      },
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
    };
  });
}
