import { describe, expect, it } from 'vitest';
import { exampleDocument as example } from '../fixtures/books';
import { computeRisk, parsePortfolio } from '../../src/engine/index';
import { healthGrid } from '../../src/worker/api';
import { createRiskApi, SLICE_SCENARIOS, yieldToEvents, type RiskProgress } from '../../src/worker/risk-api';


/** A pause that counts how often the run let other work in. */
function countingPause() {
  const pause = Object.assign(async () => {
    pause.calls += 1;
    await Promise.resolve();
  }, { calls: 0 });
  return pause;
}

describe('the risk worker API', () => {
  it('advances the Monte Carlo in slices, telling the progress after each, and yields between them', async () => {
    const pause = countingPause();
    const api = createRiskApi(pause);
    const seen: RiskProgress[] = [];
    const result = await api.run(example('hedged-options-book.json'), { scenarios: 12_000, seed: 7 }, (p) => seen.push(p), { sliceScenarios: 5_000 });
    expect(result.status).toBe('done');
    // 0 before the first slice, then 5,000, 10,000 and the last 2,000.
    expect(seen).toEqual([
      { done: 0, total: 12_000 },
      { done: 5_000, total: 12_000 },
      { done: 10_000, total: 12_000 },
      { done: 12_000, total: 12_000 },
    ]);
    // One pause before each of the 3 slices, and one before the report.
    expect(pause.calls).toBe(4);
  });

  it('slices by ~5,000 scenarios by default', async () => {
    const api = createRiskApi(countingPause());
    const seen: number[] = [];
    await api.run(example('btc-basis-trade.json'), { scenarios: 20_000 }, (p) => seen.push(p.done));
    expect(SLICE_SCENARIOS).toBe(5_000);
    expect(seen).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
  });

  it('gives the same figures as the one-shot computeRisk: slicing changes nothing', async () => {
    const doc = example('hedged-options-book.json');
    const options = { scenarios: 10_000, seed: 3, confidence: 0.975 };
    const sliced = await createRiskApi(countingPause()).run(doc, options, undefined, { sliceScenarios: 1_234 });
    const parsed = parsePortfolio(doc);
    if (!parsed.ok) throw new Error('example does not parse');
    const whole = computeRisk(parsed.value, options);
    expect(sliced.status === 'done' && whole.ok).toBe(true);
    if (sliced.status === 'done' && whole.ok) {
      expect(sliced.report.monteCarlo).toEqual(whole.value.monteCarlo);
      expect(sliced.report.stress).toEqual(whole.value.stress);
      expect(sliced.millis).toBeGreaterThanOrEqual(0);
    }
  });

  it('stops at the next slice when cancelled, and says how far it got', async () => {
    const api = createRiskApi(countingPause());
    const result = await api.run(example('altcoin-book.json'), { scenarios: 2_000_000 }, (p) => {
      if (p.done >= 10_000) api.cancel();
    });
    expect(result).toEqual({ status: 'cancelled', done: 10_000, total: 2_000_000 });
  });

  it('a newer run supersedes an older one, which ends as cancelled', async () => {
    const api = createRiskApi(yieldToEvents);
    const doc = example('btc-basis-trade.json');
    const older = api.run(doc, { scenarios: 1_000_000 });
    const newer = api.run(doc, { scenarios: 5_000 });
    const [a, b] = await Promise.all([older, newer]);
    expect(a.status).toBe('cancelled');
    expect(b.status).toBe('done');
  });

  it('runs the stress table alone when asked (no Monte Carlo, no progress)', async () => {
    const seen: RiskProgress[] = [];
    const result = await createRiskApi(countingPause()).run(
      example('covered-call.json'),
      { customScenario: { name: 'BTC halves', moves: { BTC: -0.5 } } },
      (p) => seen.push(p),
      { monteCarlo: false },
    );
    expect(seen).toEqual([]);
    expect(result.status).toBe('done');
    if (result.status === 'done') {
      expect(result.report.monteCarlo).toBeNull();
      expect(result.report.stress.map((s) => s.id)).toContain('custom');
      expect(result.report.stress.find((s) => s.id === 'custom')?.name).toBe('BTC halves');
    }
  });

  it('returns a broken portfolio or bad options as errors with paths, never throws', async () => {
    const api = createRiskApi(countingPause());
    const doc = example('btc-basis-trade.json') as { positions: { quantity: string }[] };
    doc.positions[0]!.quantity = 'lots';
    const broken = await api.run(doc, {});
    expect(broken.status === 'invalid' && broken.errors.map((e) => e.path)).toContain('positions[0].quantity');
    const badOptions = await api.run(example('btc-basis-trade.json'), { scenarios: 10, historyCsv: 'date,BTC\n2024-01-01,abc\n2024-01-02,2' });
    expect(badOptions.status === 'invalid' && badOptions.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['risk.scenarios', 'history row 2, column BTC']));
  });

  it('takes a price history and adds historical simulation', async () => {
    const csv = ['date,BTC', ...Array.from({ length: 30 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')},${90000 + ((i * 7919) % 5000) - 2500}`)].join('\n');
    const result = await createRiskApi(countingPause()).run(example('leveraged-long.json'), { scenarios: 1_000, historyCsv: csv });
    expect(result.status).toBe('done');
    if (result.status === 'done') {
      expect(result.report.historical?.observations).toBe(29);
      expect(result.report.historical?.missing).toContain('ETH');
    }
  });

  it('crosses the boundary with JSON only: the result survives a structured clone unchanged', async () => {
    const result = await createRiskApi(countingPause()).run(example('hedged-options-book.json'), { scenarios: 2_000 });
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('the engine worker’s health grid', () => {
  it('maps the health factor over two assets’ moves, today in the middle', () => {
    const moves = [-0.2, 0, 0.2];
    const { value, millis } = healthGrid(example('leveraged-long.json'), 'ETH', 'BTC', moves);
    expect(millis).toBeGreaterThanOrEqual(0);
    expect(value.ok).toBe(true);
    if (value.ok) {
      expect(value.value.assets).toEqual(['ETH', 'BTC']);
      expect(value.value.healthFactor).toHaveLength(3);
      // A long book: health falls as ETH falls (rows), with BTC held.
      const middle = value.value.healthFactor.map((row) => row[1]!);
      expect(middle[0]!).toBeLessThan(middle[1]!);
      expect(middle[1]!).toBeLessThan(middle[2]!);
    }
  });

  it('names unknown assets and bad portfolios as errors', () => {
    const unknown = healthGrid(example('leveraged-long.json'), 'ETH', 'DOGE', [0, 0.1]);
    expect(!unknown.value.ok && unknown.value.errors.map((e) => e.path)).toEqual(['heatmap.second']);
    const broken = healthGrid({ format: 'nope' }, 'ETH', 'BTC', [0, 0.1]);
    expect(broken.value.ok).toBe(false);
  });
});
