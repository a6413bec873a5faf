import { describe, expect, it } from 'vitest';
import { exampleDocument as example } from '../fixtures/books';
import { CASCADE_PRESETS, compareMargins, parseCascadeScenario, simulateCascade } from '../../src/engine/cascade/index';
import { createCascadeApi, type CascadeRunProgress } from '../../src/worker/cascade-api';

/** The thin-market preset at a unit-test size. */
function thin(count = 2000, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const s = structuredClone(CASCADE_PRESETS['thin-market'].scenario) as unknown as Record<string, unknown>;
  return { ...s, crowd: { ...(s.crowd as object), count }, ...extra };
}

describe('the cascade worker API', () => {
  it('lists the four classroom presets, the stress events and the critical shock definition, as plain data', () => {
    const catalogue = createCascadeApi().catalogue();
    expect(catalogue.presets.map((p) => p.id)).toEqual(['thin-market', 'deep-market', 'everyone-at-20x', 'lending-50-percent-close-factor']);
    expect(catalogue.events.map((e) => e.id)).toContain('aug-2024');
    expect(catalogue.criticalShockDefinition).toMatch(/^the smallest move/);
    // It crosses the worker boundary: a structured clone keeps it whole.
    expect(structuredClone(catalogue)).toEqual(catalogue);
  });

  it('runs the scenario document with the portfolio inline, as the engine does, in plain JSON', () => {
    // The preset's own crowd of 20,000: in it the thin books carry the cascade to the user's account.
    const doc = { ...thin(20_000, { criticalShock: { search: false } }), portfolio: example('leveraged-long.json') };
    const out = createCascadeApi().run(doc);
    expect(out.status).toBe('done');
    if (out.status !== 'done') return;
    const parsed = parseCascadeScenario(doc);
    if (!parsed.ok) throw new Error('the document must parse');
    expect(out.result).toEqual(simulateCascade(parsed.value));
    expect(out.result.user?.liquidatedAtStep).toBe(2);
    expect(out.comparison).toBeNull();
    expect(out.millis.cascade).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('answers a bad scenario with every problem and its path, and never throws', () => {
    const api = createCascadeApi();
    const out = api.run({ ...thin(), crowd: { count: -1, leverge: 5 }, portfolio: { format: 'margin-lab/portfolio' } });
    expect(out.status).toBe('invalid');
    if (out.status === 'invalid') {
      const paths = out.errors.map((e) => e.path);
      expect(paths).toContain('crowd.count');
      expect(paths).toContain('crowd.leverge');
    }
    expect(api.run('not a scenario').status).toBe('invalid');
    expect(api.validate(thin())).toEqual({ ok: true });
    expect(api.validate({ ...thin(), seed: 'x' })).toMatchObject({ ok: false, errors: [{ path: 'seed' }] });
  });

  it('tells its progress: the cascade, the critical-shock search, then the two margin runs', () => {
    const seen: CascadeRunProgress[] = [];
    const out = createCascadeApi().run(thin(), { compareMargin: true }, (p) => seen.push(p));
    expect(out.status).toBe('done');
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['cascade', 'critical-shock', 'isolated', 'cross']);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it('passes the margin comparison through from the engine and times it', () => {
    const doc = thin();
    const out = createCascadeApi().run(doc, { compareMargin: true });
    if (out.status !== 'done' || out.comparison?.status !== 'done') throw new Error('expected a comparison');
    const parsed = parseCascadeScenario(doc);
    if (!parsed.ok) throw new Error('the document must parse');
    expect(out.comparison).toEqual(compareMargins(parsed.value));
    // The preset is already all cross: its cross run is the main run's cascade.
    expect(out.comparison.cross.steps).toEqual(out.result.steps);
    expect(out.millis.comparison).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(out.comparison))).toEqual(out.comparison);
  });

  it('says there is nothing to compare when no account holds two assets, and spends no time on it', () => {
    const doc = structuredClone(CASCADE_PRESETS['everyone-at-20x'].scenario) as unknown as Record<string, unknown>;
    const out = createCascadeApi().run({ ...doc, crowd: { ...(doc.crowd as object), count: 500 }, criticalShock: { search: false } }, { compareMargin: true });
    expect(out.status === 'done' && out.comparison).toMatchObject({ status: 'same-accounts' });
    expect(out.status === 'done' && out.millis.comparison).toBe(0);
  });

  // Speed lives in bench/cascade.bench.ts (about 0.3 s) and the browser test: a time bound here
  // failed at 5.6 and 7.4 s on a loaded 2-core machine while the bench stood at its goal.
  it('runs 100,000 traders over all 1,000 steps', () => {
    const doc = thin(100_000, { steps: { limit: 1000, stopWhenQuiet: false }, criticalShock: { search: false } });
    const market = doc.market as Record<string, { impact: { depthPerPercent: number } }>;
    for (const m of Object.values(market)) m.impact.depthPerPercent *= 5;
    const out = createCascadeApi().run(doc);
    expect(out.status === 'done' && out.result.steps.length).toBe(1000);
    expect(out.status === 'done' && out.result.crowd.traders).toBe(100_000);
  });
});
