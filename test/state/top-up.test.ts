import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine';
import { connectEvaluation } from '../../src/state/evaluation';
import { draftFromJson } from '../../src/state/json-form';
import { createAppStore } from '../../src/state/store';
import { healthTargetForDistance } from '../../src/state/top-up';
import { checkTopUpForm } from '../../src/state/top-up-form';
import { example, inProcessEngine, settle } from './helpers';

/** A report stub holding only what the conversion reads: a straight joint curve h(m) = 1.2 + 4m. */
function stubReport(kind: 'exchange' | 'lending'): Report {
  const moves = [-0.2, -0.1, 0, 0.1];
  return {
    rules: { kind },
    account: {
      healthFactor: '1.2',
      assets: [
        { asset: 'USDC', stable: true },
        { asset: 'BTC', stable: false },
      ],
    },
    healthCurves: { moves, curves: [{ name: 'joint', healthFactor: moves.map((m) => 1.2 + 4 * m) }] },
  } as unknown as Report;
}

describe('a distance target becomes a health factor', () => {
  it('on an exchange, with a stablecoin: H = h(0) + (1 − fall)(1 − h(−fall))', () => {
    // h(−0.1) = 1.2 − 0.4 = 0.8; H = 1.2 + 0.9 × 0.2 ÷ 1 = 1.38
    const out = healthTargetForDistance(stubReport('exchange'), 'USDC', 0.1);
    expect(out.ok && out.healthFactor).toBeCloseTo(1.38, 12);
  });

  it('with an asset that falls too, more of it is needed: H = h(0) + (1 − fall)(1 − h(−fall)) ÷ (1 − fall)', () => {
    // 1.2 + 0.9 × 0.2 ÷ 0.9 = 1.4
    const out = healthTargetForDistance(stubReport('exchange'), 'BTC', 0.1);
    expect(out.ok && out.healthFactor).toBeCloseTo(1.4, 12);
  });

  it('on a lending pool the debt stays put: H = h(0) + (1 − h(−fall))', () => {
    // 1.2 + 1 × 0.2 = 1.4
    const out = healthTargetForDistance(stubReport('lending'), 'USDC', 0.1);
    expect(out.ok && out.healthFactor).toBeCloseTo(1.4, 12);
  });

  it('a book that already survives the fall needs nothing more than its health now', () => {
    // h(−0.04) = 1.04 ≥ 1
    const out = healthTargetForDistance(stubReport('exchange'), 'USDC', 0.04);
    expect(out).toEqual({ ok: true, healthFactor: 1.2, extrapolated: false });
  });

  it('beyond the drawn curve, the collateral ratio is extended along the last segment', () => {
    // Lending: n(m) = h(m) = 1.2 + 4m, so n(−0.5) = −0.8 and H = 1.2 + (1 − (−0.8)) = 3.0.
    const out = healthTargetForDistance(stubReport('lending'), 'USDC', 0.5);
    expect(out.ok && out.healthFactor).toBeCloseTo(3, 12);
    expect(out.ok && out.extrapolated).toBe(true);
  });
});

describe('the top-up form is checked as typed, with the field named as on screen', () => {
  const report = stubReport('exchange');
  it('refuses a health factor at or below 1, and text', () => {
    expect(checkTopUpForm({ asset: 'USDC', kind: 'health', value: '1' }, report)).toEqual({ ok: false, message: 'Target health factor: must be above 1 (1 is liquidation) and at most 1,000.' });
    expect(checkTopUpForm({ asset: 'USDC', kind: 'health', value: 'abc' }, report)).toEqual({ ok: false, message: 'Target health factor: type a number such as 1.5.' });
    expect(checkTopUpForm({ asset: 'USDC', kind: 'distance', value: '100' }, report)).toEqual({ ok: false, message: 'Distance to liquidation: must be between 0 and 100 %.' });
    expect(checkTopUpForm({ asset: 'constructor', kind: 'health', value: '2' }, report)).toEqual({ ok: false, message: 'Asset: pick an asset of the book.' });
  });

  it('notes a distance target in the rule set\'s own measure: a margin ratio on an exchange, a health factor on lending', () => {
    // Exchange, USDC, 10 %: H = 1.38 (above), so the margin ratio is 1 ÷ 1.38 = 72.46 %.
    const exchange = checkTopUpForm({ asset: 'USDC', kind: 'distance', value: '10' }, report);
    expect(exchange.ok && exchange.note).toContain('is taken as a margin ratio of 72.46% now');
    expect(exchange.ok && exchange.note).not.toContain('health factor');
    // Lending, USDC, 10 %: H = 1.2 + 1 × 0.2 = 1.40.
    const lending = checkTopUpForm({ asset: 'USDC', kind: 'distance', value: '10' }, stubReport('lending'));
    expect(lending.ok && lending.note).toContain('is taken as a health factor of 1.40 now');
  });
});

describe('topping up the book', () => {
  it('reaches the target health factor, as one undoable edit with a notice', async () => {
    const store = createAppStore(draftFromJson(example('classroom-overleveraged.json')));
    connectEvaluation(store, inProcessEngine());
    await settle();
    const before = store.getState().draft;
    const healthBefore = Number(store.getState().main.report!.account.healthFactor);
    expect(healthBefore).toBeLessThan(1.5);
    const check = checkTopUpForm({ asset: 'USDC', kind: 'health', value: '1.5' }, store.getState().main.report);
    if (!check.ok) throw new Error(check.message);
    store.getState().setTopUpRequest(check.request);
    await settle();
    const answer = store.getState().main.report!.topUps[0]!;
    expect(Number(answer.quantity)).toBeGreaterThan(0);
    expect(store.getState().applyTopUp()).toBe(true);
    await settle();
    // Rounded up to the cent: at or above the target, and above it by less than a cent's worth.
    const after = Number(store.getState().main.report!.account.healthFactor);
    expect(after).toBeGreaterThanOrEqual(1.5);
    expect(after).toBeLessThan(1.5001);
    expect(store.getState().notices.at(-1)?.title).toMatch(/^Added [\d,.]+ USDC to the balance \([\d,.]+ → [\d,.]+ USDC\)\. Undo brings back the balance of [\d,.]+ USDC\.$/);
    store.getState().undo();
    expect(store.getState().draft).toBe(before);
  });

  it('a distance target lands near that distance (approximate in general; on this linear book within half a point)', async () => {
    const store = createAppStore(draftFromJson(example('classroom-overleveraged.json')));
    connectEvaluation(store, inProcessEngine());
    await settle();
    await settle();
    const check = checkTopUpForm({ asset: 'USDC', kind: 'distance', value: '5' }, store.getState().main.report);
    if (!check.ok) throw new Error(check.message);
    store.getState().setTopUpRequest(check.request);
    await settle();
    expect(store.getState().applyTopUp()).toBe(true);
    await settle();
    await settle();
    const distance = store.getState().main.report!.account.distanceToLiquidation!;
    expect(Math.abs(distance - -0.05)).toBeLessThan(0.005);
  });
});
