import type { StateCreator } from 'zustand/vanilla';
import type { FieldError, Report } from '../engine';
import type { RuleSetDescription } from '../worker/api';
import type { AppState } from './store-types';

export interface ExampleEntry {
  file: string;
  name: string;
  description: string;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  title: string;
  /** Lines of detail, such as each field error of a rejected file. */
  details?: string[];
}

/** One evaluation's latest answer. */
export interface EvaluationState {
  /** The last report the engine produced; kept on screen while the portfolio is invalid or updating. */
  report: Report | null;
  /** The engine's messages for the current portfolio, by path; empty when the report is current. */
  errors: FieldError[];
  /** A newer evaluation is on its way. */
  pending: boolean;
}

/** What the engine said: the report at the what-if prices, at today's prices, and with a previewed trade. */
export interface ResultsSlice {
  /** The book at the what-if prices (today's when there are no moves). */
  main: EvaluationState & { millis: number | null };
  /** The book at today's prices, while what-if moves are set; null otherwise. */
  baseline: Report | null;
  /** The book with the previewed trade added, at the what-if prices. */
  preview: EvaluationState;
  /** The engine failed or was restarted: a sentence for the user. */
  engineProblem: string | null;
  ruleSets: RuleSetDescription[];
  examples: ExampleEntry[];
  notices: Notice[];
  pushNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(id: number): void;
}

const idleEvaluation: EvaluationState = { report: null, errors: [], pending: false };

let nextNoticeId = 1;

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice> = (set, get) => ({
  main: { ...idleEvaluation, millis: null },
  baseline: null,
  preview: idleEvaluation,
  engineProblem: null,
  ruleSets: [],
  examples: [],
  notices: [],
  pushNotice(notice) {
    const id = nextNoticeId++;
    set({ notices: [...get().notices, { ...notice, id }] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});
