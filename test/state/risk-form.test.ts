import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_FORM, EMPTY_CUSTOM_SCENARIO, inFormUnits, readNumber, riskOptionsFromForm } from '../../src/state/risk-form';

const ASSETS = ['BTC', 'ETH', 'USDC'];

describe('the risk settings form', () => {
  it('turns the defaults into the engine’s options: 99 % → 0.99', () => {
    expect(riskOptionsFromForm(DEFAULT_RISK_FORM, null, EMPTY_CUSTOM_SCENARIO, ASSETS)).toEqual({
      ok: true,
      options: { confidence: 0.99, horizonDays: 1, scenarios: 100_000, seed: 1, distribution: 'normal' },
    });
  });

  it('forgives thousands separators, spaces and a typed percent sign', () => {
    expect(readNumber(' 2,000,000 ')).toBe(2_000_000);
    expect(readNumber('97.5%', { percent: true })).toBe(97.5);
    expect(readNumber('−30', { percent: true })).toBe(-30);
    expect(readNumber('lots')).toBeNull();
    expect(readNumber('')).toBeNull();
    const result = riskOptionsFromForm({ ...DEFAULT_RISK_FORM, confidence: '97.5%', scenarios: '2,000,000' }, null, EMPTY_CUSTOM_SCENARIO, ASSETS);
    expect(result.ok && result.options).toMatchObject({ confidence: 0.975, scenarios: 2_000_000 });
  });

  it('names each setting that is not a number by the engine’s path for it', () => {
    const result = riskOptionsFromForm({ confidence: 'ninety', horizonDays: '', scenarios: 'lots', seed: '1.2.3', distribution: 't', dof: 'two' }, null, EMPTY_CUSTOM_SCENARIO, ASSETS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['risk.confidence', 'risk.horizonDays', 'risk.scenarios', 'risk.seed', 'risk.dof']);
  });

  it('leaves ranges to the engine: a number out of range goes through, in the engine’s units', () => {
    // 120 % → 1.2, which the engine refuses (risk-store.test.ts shows its message, in percent).
    const result = riskOptionsFromForm({ ...DEFAULT_RISK_FORM, confidence: '120', scenarios: '999' }, null, EMPTY_CUSTOM_SCENARIO, ASSETS);
    expect(result.ok && result.options).toMatchObject({ confidence: 1.2, scenarios: 999 });
  });

  it('says the engine’s confidence message in percent, and passes the others as they are', () => {
    expect(inFormUnits({ path: 'risk.confidence', message: 'must be at least 0.5 and below 1 (0.99 for 99 %)' }).message).toBe('must be a percentage of at least 50 and below 100 (99 for 99 %)');
    const seed = { path: 'risk.seed', message: 'must be a whole number from 0 to 4,294,967,295' };
    expect(inFormUnits(seed)).toBe(seed);
  });

  it('passes ν only for a Student-t, and the CSV text as it was read', () => {
    const t = riskOptionsFromForm({ ...DEFAULT_RISK_FORM, distribution: 't', dof: '5' }, { fileName: 'p.csv', text: 'date,BTC' }, EMPTY_CUSTOM_SCENARIO, ASSETS);
    expect(t.ok && t.options).toMatchObject({ distribution: 't', dof: 5, historyCsv: 'date,BTC' });
    const normal = riskOptionsFromForm({ ...DEFAULT_RISK_FORM, dof: 'junk' }, null, EMPTY_CUSTOM_SCENARIO, ASSETS);
    expect(normal.ok && 'dof' in normal.options).toBe(false);
  });

  it('builds the custom scenario from percent moves, leaving it out until something is filled in', () => {
    const none = riskOptionsFromForm(DEFAULT_RISK_FORM, null, { ...EMPTY_CUSTOM_SCENARIO, name: 'only a name' }, ASSETS);
    expect(none.ok && none.options.customScenario).toBeUndefined();
    const built = riskOptionsFromForm(DEFAULT_RISK_FORM, null, { name: '', movePercents: { BTC: '-30', ETH: ' ', GONE: '5' }, others: '-10', volatilityFactor: '1.5' }, ASSETS);
    expect(built.ok && built.options.customScenario).toEqual({ name: 'Custom scenario', moves: { BTC: -0.3 }, others: -0.1, volatilityFactor: 1.5 });
  });

  it('reads assets named like object keys as ordinary assets, blank until typed', () => {
    const odd = ['constructor', '__proto__', 'toString'];
    // Nothing typed: no scenario (a prototype's function must not read as a typed move).
    const none = riskOptionsFromForm(DEFAULT_RISK_FORM, null, EMPTY_CUSTOM_SCENARIO, odd);
    expect(none.ok && none.options.customScenario).toBeUndefined();
    const movePercents = Object.create(null) as Record<string, string>;
    movePercents.__proto__ = '-50';
    const built = riskOptionsFromForm(DEFAULT_RISK_FORM, null, { ...EMPTY_CUSTOM_SCENARIO, movePercents }, odd);
    // −50 percent points → the engine's fraction −0.5, an own key of the moves.
    expect(built.ok && Object.hasOwn(built.options.customScenario!.moves, '__proto__')).toBe(true);
    expect(built.ok && built.options.customScenario!.moves.__proto__).toBe(-0.5);
    expect(built.ok && Object.keys(built.options.customScenario!.moves)).toEqual(['__proto__']);
  });

  it('rejects custom moves that are not numbers with their paths', () => {
    const result = riskOptionsFromForm(DEFAULT_RISK_FORM, null, { name: 'x', movePercents: { BTC: 'down' }, others: 'a lot', volatilityFactor: 'x2' }, ASSETS);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['risk.customScenario.moves.BTC', 'risk.customScenario.others', 'risk.customScenario.volatilityFactor']);
  });
});
