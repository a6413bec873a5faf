import type { Remote } from 'comlink';
import type { EvaluateOptions, EvaluateResult } from '../engine';
import type { ImportOptions, ImportResult } from '../engine/venues/types';
import type { CompareResult, EngineApi, HealthGridResult, RuleSetDescription, Timed, ValidationResult } from './api';
import { createEngineClient, type ClientEvent, type EndpointFactory, type Outcome } from './client';

/** The evaluations the page keeps running, each superseding its own older calls only. */
export type EvaluationChannel = 'main' | 'baseline' | 'preview';

/** The engine as the app sees it: typed calls that answer with an outcome, never throw. */
export interface EngineHandle {
  evaluate(channel: EvaluationChannel, portfolio: unknown, options?: EvaluateOptions): Promise<Outcome<Timed<EvaluateResult>>>;
  validate(portfolio: unknown): Promise<Outcome<ValidationResult>>;
  ruleSets(): Promise<Outcome<RuleSetDescription[]>>;
  /** The health-factor heatmap over two assets' moves; a newer request supersedes an older one. */
  healthGrid(portfolio: unknown, first: string, second: string, moves: number[]): Promise<Outcome<Timed<HealthGridResult>>>;
  /** One book under several rule sets (all when `names` is absent); a newer request supersedes an older one. */
  compare(portfolio: unknown, names?: readonly string[]): Promise<Outcome<Timed<CompareResult>>>;
  /** A venue's export read into a portfolio; nothing supersedes it. */
  importVenue(exported: unknown, options?: ImportOptions): Promise<Outcome<ImportResult>>;
  dispose(): void;
}

export function createEngineHandle(
  factory: EndpointFactory<Remote<EngineApi>>,
  onEvent: (event: ClientEvent) => void,
  timeoutMs?: number,
): EngineHandle {
  const client = createEngineClient(factory, { onEvent, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  return {
    evaluate: (channel, portfolio, options) => client.latest<Timed<EvaluateResult>>(channel, (api) => api.evaluate(portfolio, options)),
    validate: (portfolio) => client.once<ValidationResult>((api) => api.validate(portfolio) as Promise<ValidationResult>),
    ruleSets: () => client.once<RuleSetDescription[]>((api) => api.ruleSets()),
    healthGrid: (portfolio, first, second, moves) => client.latest<Timed<HealthGridResult>>('healthGrid', (api) => api.healthGrid(portfolio, first, second, moves) as Promise<Timed<HealthGridResult>>),
    compare: (portfolio, names) => client.latest<Timed<CompareResult>>('compare', (api) => api.compare(portfolio, names ? [...names] : undefined) as Promise<Timed<CompareResult>>),
    importVenue: (exported, options) => client.once<ImportResult>((api) => api.importVenue(exported, options) as Promise<ImportResult>),
    dispose: () => client.dispose(),
  };
}
