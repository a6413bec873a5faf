import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldError, RiskReport } from '../engine';
import type { RiskProgress } from '../worker/risk-api';
import type { RiskClient, RiskOutcome } from '../worker/risk-client';
import type { DraftPortfolio } from './draft';
import { draftToJson } from './json-form';
import { DEFAULT_RISK_FORM, EMPTY_CUSTOM_SCENARIO, inFormUnits, riskOptionsFromForm, type CustomScenarioForm, type HistoryFile, type RiskForm } from './risk-form';
import type { AppStore } from './store';

// The risk panel's own store: its settings, the run in progress and the last report. Apart from
// the app store because none of it is the portfolio (nothing here is undone, saved or shared) and
// because it only exists once the panel's code has loaded. The runs go to the risk worker, on the
// book as it is in the portfolio (today's prices: what-if moves are not applied).

export type RiskRunKind = 'all' | 'stress';

export interface RiskMessage {
  tone: 'info' | 'error';
  text: string;
}

export interface RiskState {
  form: RiskForm;
  history: HistoryFile | null;
  custom: CustomScenarioForm;
  /** What is running now, if anything. */
  running: RiskRunKind | null;
  progress: RiskProgress | null;
  report: RiskReport | null;
  /** The portfolio the report was computed on: after an edit, the figures are out of date. */
  reportFor: DraftPortfolio | null;
  /** Problems of the settings, the imported CSV or the portfolio, by path. */
  errors: FieldError[];
  /** How the last run ended, when it did not simply finish. */
  message: RiskMessage | null;
  /** Time the last completed run took in the worker. */
  millis: number | null;
  setForm(patch: Partial<RiskForm>): void;
  setHistory(file: HistoryFile | null): void;
  setCustom(patch: Partial<Omit<CustomScenarioForm, 'movePercents'>>): void;
  setCustomMove(asset: string, text: string): void;
  /** VaR / ES by every method, the histogram and the stress table. */
  run(): Promise<void>;
  /** The stress table alone (after building a custom scenario); the Monte Carlo figures are kept. */
  rerunStress(): Promise<void>;
  cancel(): void;
}

export interface RiskStoreDeps {
  app: AppStore;
  client: RiskClient;
}

export type RiskStore = StoreApi<RiskState>;

const count = new Intl.NumberFormat('en-US');

/** True for problems of the risk settings or the CSV rather than of the portfolio. */
function isRiskSettingError(error: FieldError): boolean {
  return error.path.startsWith('risk.') || error.path.startsWith('history');
}

export function createRiskStore({ app, client }: RiskStoreDeps): RiskStore {
  let token = 0;
  return createStore<RiskState>()((set, get) => {
    async function start(kind: RiskRunKind): Promise<void> {
      const { form, history, custom } = get();
      const draft = app.getState().draft;
      const checked = riskOptionsFromForm(form, history, custom, Object.keys(draft.assets));
      if (!checked.ok) {
        set({ errors: checked.errors, message: { tone: 'error', text: 'Check the settings marked below.' } });
        return;
      }
      const mine = (token += 1);
      const total = kind === 'all' ? (checked.options.scenarios ?? 0) : 0;
      set({ running: kind, progress: kind === 'all' ? { done: 0, total } : null, errors: [], message: null });
      const outcome = await client.run(
        draftToJson(draft),
        checked.options,
        (progress) => {
          if (mine === token) set({ progress });
        },
        kind === 'stress' ? { monteCarlo: false } : undefined,
      );
      if (mine !== token) return;
      finish(kind, draft, outcome);
    }

    function finish(kind: RiskRunKind, draft: DraftPortfolio, outcome: RiskOutcome): void {
      const done = { running: null, progress: null } as const;
      switch (outcome.status) {
        case 'done': {
          const previous = get();
          // A stress rerun on the same book keeps the Monte Carlo figures of the last full run.
          const keep = kind === 'stress' && previous.report && previous.reportFor === draft ? previous.report.monteCarlo : null;
          const report = kind === 'stress' ? { ...outcome.report, monteCarlo: keep } : outcome.report;
          set({ ...done, report, reportFor: draft, millis: outcome.millis });
          return;
        }
        case 'invalid': {
          const ofPortfolio = outcome.errors.some((e) => !isRiskSettingError(e));
          set({
            ...done,
            errors: outcome.errors.map(inFormUnits),
            message: {
              tone: 'error',
              text: ofPortfolio ? 'The portfolio has problems (listed at the top of the page): fix them to run risk.' : 'Check the settings marked below.',
            },
          });
          return;
        }
        case 'cancelled':
          set({
            ...done,
            message: {
              tone: 'info',
              text: `Cancelled after ${count.format(outcome.done)} of ${count.format(outcome.total)} scenarios.${get().report ? ' The figures shown are from the last completed run.' : ''}`,
            },
          });
          return;
        case 'failed':
          set({ ...done, message: { tone: 'error', text: `The risk run failed: ${outcome.message}` } });
      }
    }

    return {
      form: DEFAULT_RISK_FORM,
      history: null,
      custom: EMPTY_CUSTOM_SCENARIO,
      running: null,
      progress: null,
      report: null,
      reportFor: null,
      errors: [],
      message: null,
      millis: null,
      setForm: (patch) => set({ form: { ...get().form, ...patch } }),
      setHistory: (history) => set({ history, errors: get().errors.filter((e) => !e.path.startsWith('history')) }),
      setCustom: (patch) => set({ custom: { ...get().custom, ...patch } }),
      setCustomMove: (asset, text) => set({ custom: { ...get().custom, movePercents: { ...get().custom.movePercents, [asset]: text } } }),
      run: () => start('all'),
      rerunStress: () => start('stress'),
      cancel() {
        // The client resolves the run as cancelled at once; its handler says so.
        client.cancel();
      },
    };
  });
}
