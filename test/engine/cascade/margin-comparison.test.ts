import { describe, expect, it } from 'vitest';
import { CASCADE_PRESETS, compareMargins, hasMultiAssetAccounts, simulateCascade, withMargin, type MarginComparisonProgress } from '../../../src/engine/cascade/index';
import { cohort, linearBook, parsed } from './fixtures';

/** The thin-market preset (two assets, some traders in both) at a unit-test size. */
function thin(count = 2000, extra: Record<string, unknown> = {}) {
  const s = structuredClone(CASCADE_PRESETS['thin-market'].scenario) as unknown as Record<string, unknown>;
  return parsed({ ...s, crowd: { ...(s.crowd as object), count }, ...extra } as never);
}

const twoAssets = { ...linearBook, ETH: { price: 10, impact: { model: 'linear-depth' as const, depthPerPercent: 10000 } } };
const rules = { kind: 'exchange' as const, maintenanceRate: 0.05 };

describe('the margin comparison (isolated against cross, same crowd)', () => {
  it('margins every multi-asset trader and cohort one way and turns the search off, as a hand-edited file would', () => {
    const input = {
      format: 'margin-lab/cascade-scenario' as const, version: 1 as const, name: 'two cohorts', market: twoAssets,
      crowd: { count: 10, multiAssetShare: 0.5, crossShare: 0.3, cohorts: [cohort([{ asset: 'BTC', side: 'long', notional: 1000 }, { asset: 'ETH', side: 'short', notional: 500 }], 200)] },
      rules,
      shock: { moves: { BTC: -0.05 } },
      criticalShock: { search: true, maxMove: 0.5 },
    };
    const scenario = parsed(input);
    // What a user would write to get each variant, parsed: the engine's variant must be exactly that.
    for (const margin of ['isolated', 'cross'] as const) {
      const edited = parsed({
        ...input,
        crowd: { ...input.crowd, crossShare: margin === 'cross' ? 1 : 0, cohorts: input.crowd.cohorts.map((c) => ({ ...c, margin })) },
        criticalShock: { ...input.criticalShock, search: false },
      });
      expect(withMargin(scenario, margin)).toEqual(edited);
    }
    // A copy: the scenario it was given is left as it was.
    expect(scenario.crowd.crossShare).toBe(0.3);
    expect(scenario.criticalShock.search).toBe(true);
    expect(withMargin(scenario, 'isolated').market).toBe(scenario.market);
  });

  it('finds multi-asset accounts in a two-asset crowd with a multi-asset share, or in a cohort holding two assets, and nowhere else', () => {
    const base = { format: 'margin-lab/cascade-scenario' as const, version: 1 as const, name: 'x', rules, shock: { moves: { BTC: -0.05 } } };
    const crowd = (extra: Record<string, unknown>) => ({ count: 100, ...extra });
    expect(hasMultiAssetAccounts(parsed({ ...base, market: twoAssets, crowd: crowd({ multiAssetShare: 0.2 }) } as never))).toBe(true);
    expect(hasMultiAssetAccounts(parsed({ ...base, market: twoAssets, crowd: crowd({ multiAssetShare: 0 }) } as never))).toBe(false);
    // One market: a multi-asset share has nothing to spread over.
    expect(hasMultiAssetAccounts(parsed({ ...base, market: linearBook, crowd: crowd({ multiAssetShare: 0.5 }) } as never))).toBe(false);
    const pair = cohort([{ asset: 'BTC', side: 'long', notional: 1000 }, { asset: 'ETH', side: 'long', notional: 1000 }], 400);
    expect(hasMultiAssetAccounts(parsed({ ...base, market: twoAssets, crowd: { count: 0, multiAssetShare: 0, cohorts: [pair] } } as never))).toBe(true);
  });

  it('runs the same traders isolated and cross-margined, neither searching for a critical shock', () => {
    const scenario = thin();
    const out = compareMargins(scenario);
    if (out.status !== 'done') throw new Error('expected a comparison');
    const { isolated, cross } = out;
    expect(isolated.criticalShock).toBeNull();
    expect(cross.criticalShock).toBeNull();
    // The same traders: as many, with the same notional; isolated margin splits the two-asset ones into more accounts.
    expect(isolated.crowd.traders).toBe(cross.crowd.traders);
    expect(isolated.crowd.longNotional).toBeCloseTo(cross.crowd.longNotional, 6);
    expect(isolated.crowd.accounts).toBeGreaterThan(cross.crowd.accounts);
    expect(cross.crowd.multiAssetAccounts).toBeGreaterThan(0);
    expect(isolated.crowd.multiAssetAccounts).toBe(0);
    // The preset is already all cross: its cross run is the scenario's own cascade.
    expect(cross.steps).toEqual(simulateCascade(scenario).steps);
  });

  it('tells its progress: the isolated run, then the cross run, each counting up to its total', () => {
    const seen: MarginComparisonProgress[] = [];
    compareMargins(thin(), { onProgress: (p) => seen.push(p) });
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['isolated', 'cross']);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it('says there is nothing to compare when no account holds two assets, and runs nothing', () => {
    const s = structuredClone(CASCADE_PRESETS['everyone-at-20x'].scenario) as unknown as Record<string, unknown>;
    const seen: MarginComparisonProgress[] = [];
    const out = compareMargins(parsed({ ...s, crowd: { ...(s.crowd as object), count: 500 } } as never), { onProgress: (p) => seen.push(p) });
    expect(out).toMatchObject({ status: 'same-accounts', reason: expect.stringMatching(/^no trader in this crowd holds more than one asset/) });
    expect(seen).toEqual([]);
  });
});
