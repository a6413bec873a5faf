import type { Remote } from 'comlink';
import { describe, expect, it } from 'vitest';
import { draftFromJson } from '../../src/state/json-form';
import { requestHealthGrid } from '../../src/state/risk-health-grid';
import { createRiskStore } from '../../src/state/risk-store';
import { createAppStore } from '../../src/state/store';
import { createRiskApi, yieldToEvents, type RiskApi } from '../../src/worker/risk-api';
import { createRiskClient } from '../../src/worker/risk-client';
import { example, inProcessEngine } from './helpers';

/** The risk store over the real risk API, in-process (no worker). */
function setup(file = 'hedged-options-book.json') {
  const app = createAppStore(draftFromJson(example(file)));
  const client = createRiskClient(() => {
    const api = createRiskApi(yieldToEvents);
    return { api: api as unknown as Remote<RiskApi>, terminate: () => api.cancel() };
  });
  return { app, risk: createRiskStore({ app, client }) };
}

describe('the risk panel’s store', () => {
  it('runs risk on the current portfolio, with progress while it runs, and keeps the report', async () => {
    const { app, risk } = setup();
    risk.getState().setForm({ scenarios: '12000' });
    const progress: number[] = [];
    const unsubscribe = risk.subscribe((s) => {
      if (s.progress) progress.push(s.progress.done);
    });
    const running = risk.getState().run();
    expect(risk.getState().running).toBe('all');
    await running;
    unsubscribe();
    const state = risk.getState();
    expect(state.running).toBeNull();
    expect(state.report?.monteCarlo?.scenarios).toBe(12_000);
    expect(state.reportFor).toBe(app.getState().draft);
    expect(progress).toEqual(expect.arrayContaining([0, 5_000, 10_000, 12_000]));
  });

  it('stops a long run on cancel, says where it stopped, and keeps the last completed figures', async () => {
    const { risk } = setup();
    risk.getState().setForm({ scenarios: '5000' });
    await risk.getState().run();
    const kept = risk.getState().report;
    risk.getState().setForm({ scenarios: '2000000' });
    const unsubscribe = risk.subscribe((s) => {
      if ((s.progress?.done ?? 0) >= 10_000) risk.getState().cancel();
    });
    await risk.getState().run();
    unsubscribe();
    const state = risk.getState();
    expect(state.running).toBeNull();
    expect(state.message?.text).toMatch(/^Cancelled after 10,000 of 2,000,000 scenarios\. The figures shown are from the last completed run\.$/);
    expect(state.report).toBe(kept);
  });

  it('shows bad settings by path, in the form\'s units, and does not run', async () => {
    const { risk } = setup();
    risk.getState().setForm({ confidence: '120' });
    await risk.getState().run();
    // The range is the engine's; its message is said in percent, as the box holds.
    expect(risk.getState().errors).toEqual([{ path: 'risk.confidence', message: 'must be a percentage of at least 50 and below 100 (99 for 99 %)' }]);
    expect(risk.getState().report).toBeNull();
  });

  it('shows the engine\'s range errors of a custom scenario by path', async () => {
    const { risk } = setup();
    risk.getState().setCustom({ name: 'x', volatilityFactor: '0' });
    risk.getState().setCustomMove('BTC', '-120');
    await risk.getState().run();
    expect(risk.getState().errors.map((e) => e.path)).toEqual(['risk.customScenario.moves.BTC', 'risk.customScenario.volatilityFactor']);
    expect(risk.getState().report).toBeNull();
  });

  it('reports problems of the imported CSV by row and column', async () => {
    const { risk } = setup();
    risk.getState().setForm({ scenarios: '1000' });
    risk.getState().setHistory({ fileName: 'prices.csv', text: 'date,ETH\n2024-01-01,3000\n2024-01-02,x' });
    await risk.getState().run();
    expect(risk.getState().errors.map((e) => e.path)).toEqual(['history row 3, column ETH']);
    risk.getState().setHistory(null);
    expect(risk.getState().errors).toEqual([]);
  });

  it('says the portfolio must be fixed first when it has problems', async () => {
    const { app, risk } = setup();
    app.getState().setPositionText(0, 'quantity', 'lots');
    await risk.getState().run();
    expect(risk.getState().message?.text).toMatch(/The portfolio has problems/);
  });

  it('reruns the stress table with a custom scenario, keeping the Monte Carlo figures of the same book', async () => {
    const { risk } = setup();
    risk.getState().setForm({ scenarios: '5000' });
    await risk.getState().run();
    const monteCarlo = risk.getState().report?.monteCarlo;
    risk.getState().setCustom({ name: 'ETH crash' });
    risk.getState().setCustomMove('ETH', '-60');
    await risk.getState().rerunStress();
    const report = risk.getState().report!;
    expect(report.monteCarlo).toBe(monteCarlo);
    expect(report.stress.find((s) => s.id === 'custom')).toMatchObject({ name: 'ETH crash', moves: expect.objectContaining({ ETH: -0.6 }) });
  });

  it('asks the engine for the health grid of the current portfolio', async () => {
    const { app } = setup('leveraged-long.json');
    const outcome = await requestHealthGrid(app, inProcessEngine(), 'ETH', 'BTC', [-0.1, 0, 0.1]);
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') expect(outcome.grid.healthFactor).toHaveLength(3);
    const bad = await requestHealthGrid(app, inProcessEngine(), 'ETH', 'ETH', [-0.1, 0]);
    expect(bad.status === 'invalid' && bad.errors.map((e) => e.path)).toEqual(['heatmap.second']);
  });
});
